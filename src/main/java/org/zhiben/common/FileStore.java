package org.zhiben.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Where uploaded files live: local disk by default, S3-compatible storage on a cluster.
 * The type is checked by content against {@code allowed}; the size is capped while streaming.
 */
public interface FileStore {

    StoredFile store(InputStream content, Set<FileType> allowed, long maxBytes) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
