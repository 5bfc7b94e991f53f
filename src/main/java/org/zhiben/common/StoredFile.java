package org.zhiben.common;

/** A file kept by the {@link FileStore}: its key, detected type, size and SHA-256. */
public record StoredFile(String key, FileType type, long size, String sha256) {
}
