package org.zhiben.common.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhiben.common.FileStore;
import org.zhiben.common.FileType;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StoredFile;

/** Files on local disk under {@code zhiben.files.root}, named by a fresh id (never by the user's file name). */
@Component
class LocalFileStore implements FileStore {

    private static final int HEAD_BYTES = 64 * 1024;

    private final Path root;

    LocalFileStore(@Value("${zhiben.files.root}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public StoredFile store(InputStream content, Set<FileType> allowed, long maxBytes) throws IOException {
        Files.createDirectories(root);
        Path tmp = Files.createTempFile(root, "upload", ".part");
        try {
            MessageDigest sha = sha256();
            long size;
            byte[] head;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                head = content.readNBytes(HEAD_BYTES);
                out.write(head);
                size = head.length + copyCapped(content, out, maxBytes - head.length);
            }
            if (size > maxBytes) {
                throw new InvalidInputException("file", "文件过大,最大允许 " + maxBytes / (1024 * 1024) + " MB");
            }
            FileType type = FileType.detect(head);
            if (type == null || !allowed.contains(type)) {
                throw new InvalidInputException("file", "文件类型不允许,仅支持:" + describe(allowed));
            }
            String key = Ids.newId() + "." + type.extension();
            Files.move(tmp, resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(key, type, size, HexFormat.of().formatHex(sha.digest()));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || key.contains("/") || key.contains("\\")) {
            throw new IllegalArgumentException("bad file key");
        }
        return path;
    }

    /** Copies until {@code budget} is exceeded by one byte, so an oversized stream is never read in full. */
    private static long copyCapped(InputStream in, OutputStream out, long budget) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > budget) {
                return total;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static String describe(Set<FileType> allowed) {
        return String.join("、", allowed.stream().map(t -> t.extension().toUpperCase()).sorted().toList());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
