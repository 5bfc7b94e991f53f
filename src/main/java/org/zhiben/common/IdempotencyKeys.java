package org.zhiben.common;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers which resource a client's {@code Idempotency-Key} created, so a retried create answers with
 * the first result instead of a duplicate. Call {@link #remember} in the creating transaction.
 */
@Component
public class IdempotencyKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<UUID> find(String owner, String key) {
        return jdbc.query("select resource_id from common_idempotency_key where owner = ? and idem_key = ?",
                (rs, i) -> rs.getObject(1, UUID.class), owner, key).stream().findFirst();
    }

    /** Records the key; a concurrent twin loses on the primary key and its transaction rolls back. */
    public void remember(String owner, String key, UUID resourceId) {
        if (key.length() > 128) {
            throw new InvalidInputException("Idempotency-Key", "Idempotency-Key 不能超过128个字符");
        }
        try {
            jdbc.update("insert into common_idempotency_key (owner, idem_key, resource_id, created_at) values (?, ?, ?, ?)",
                    owner, key, resourceId, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new DuplicateRequestException();
        }
    }

    /** The same key was used by a concurrent request that won. */
    public static class DuplicateRequestException extends RuntimeException {
        DuplicateRequestException() {
            super("相同的 Idempotency-Key 请求正在处理或已处理");
        }
    }
}
