package org.zhiben.audit;

import java.time.Instant;

/** One stored audit entry, as read back; {@code seq}, algorithm and hashes are null until it is chained. */
public record AuditEntry(Long seq, Instant occurredAt, String actor, String action, String entityType,
        String entityId, String summary, String before, String after, String algorithm, String prevHash, String hash) {

    public boolean chained() {
        return seq != null;
    }
}
