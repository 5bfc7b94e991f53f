package org.zhiben.common;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Photos taken on site (hazards, inspection answers): PNG or JPEG by content, at most 10 MB, kept in the
 * {@link FileStore}. One place for what a photo may be, so every module accepts the same files.
 */
@Component
public class Photos {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final Set<FileType> TYPES = Set.of(FileType.PNG, FileType.JPEG);

    private final FileStore files;

    Photos(FileStore files) {
        this.files = files;
    }

    /** Stores a photo; another type or a larger file is refused as invalid input. */
    public StoredFile store(InputStream content) throws IOException {
        return files.store(content, TYPES, MAX_BYTES);
    }

    public InputStream open(String key) throws IOException {
        return files.open(key);
    }

    /** Why {@code content} is not an acceptable photo, or null when it is: for checking before anything is stored. */
    public static String problem(byte[] content) {
        FileType type = FileType.detect(Arrays.copyOf(content, Math.min(content.length, 16)));
        if (!isPhoto(type)) {
            return "照片应为 JPEG 或 PNG 图片";
        }
        return content.length > MAX_BYTES ? "照片不能超过10 MB" : null;
    }

    /**
     * A photo already in the store, checked again by content (its type, size and SHA-256), for keys that come from
     * another module; a missing file or one that is no photo is a message on {@code field}.
     */
    public StoredFile reread(String key, String field) {
        try (InputStream in = files.open(key)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = in.readNBytes(16);
            FileType type = FileType.detect(head);
            if (!isPhoto(type)) {
                throw new InvalidInputException(field, "照片须为 PNG 或 JPEG 图片:" + key);
            }
            sha.update(head);
            long size = head.length;
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                size += n;
            }
            if (size > MAX_BYTES) {
                throw new InvalidInputException(field, "照片过大:" + key);
            }
            return new StoredFile(key, type, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(field, "照片不存在:" + key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPhoto(FileType type) {
        return type != null && TYPES.contains(type);
    }
}
