package org.zhiben.audit;

import java.time.Instant;

/** One stored audit entry, as read back. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String entityType,
        String entityId, String summary, String before, String after, String algorithm, String prevHash, String hash) {
}
