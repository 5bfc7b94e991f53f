package org.zhiben.common;

import java.nio.charset.StandardCharsets;

/** File types recognised by content (magic bytes), never by name or declared type. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** An MP4 video (ISO base media file with an MP4 brand: isom, iso2, mp41, mp42, avc1, M4V). */
    MP4("video/mp4", "mp4");

    private static final java.util.Set<String> MP4_BRANDS = java.util.Set.of("isom", "iso2", "mp41", "mp42", "avc1",
            "M4V ");

    private final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /**
     * Detects the type from the first bytes of the file (at least 8 KiB for office files, whose ZIP entry
     * names show the kind), or {@code null} when it is none of these.
     */
    public static FileType detect(byte[] head) {
        if (startsWith(head, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return PDF;
        }
        if (startsWith(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return officeKind(head);
        }
        if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p'
                && MP4_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1))) {
            return MP4;
        }
        return null;
    }

    /**
     * Reads the entry names from the ZIP local file headers in the head. Done by hand rather than with
     * {@code ZipInputStream}, which gives up on streamed (zip64, data-descriptor) entries such as POI's SXSSF output.
     */
    private static FileType officeKind(byte[] head) {
        int i = 0;
        while (i + 30 <= head.length) {
            if (head[i] == 'P' && head[i + 1] == 'K' && head[i + 2] == 3 && head[i + 3] == 4) {
                int nameLength = (head[i + 26] & 0xFF) | (head[i + 27] & 0xFF) << 8;
                if (i + 30 + nameLength > head.length) {
                    break;
                }
                String name = new String(head, i + 30, nameLength, StandardCharsets.UTF_8);
                if (name.startsWith("xl/")) {
                    return XLSX;
                }
                if (name.startsWith("word/")) {
                    return DOCX;
                }
                i += 30 + nameLength;
            } else {
                i++;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] data, int... magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
