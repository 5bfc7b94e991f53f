package org.zhiben.hazard.workflow;

import org.zhiben.common.FileType;

/** An image already stored and checked: its key, detected type, size and SHA-256. */
public record PhotoFile(String key, FileType type, long size, String sha256) {
}
