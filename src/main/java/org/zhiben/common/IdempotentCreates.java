package org.zhiben.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.POJONode;

/**
 * Creates once per client-supplied {@code Idempotency-Key}: a retried request answers with what the first one
 * created. A key is namespaced by operation (module and action, e.g. {@code hazard.report}) and caller, so one key sent
 * to two endpoints, or by two users, creates two records. The request's fingerprint is kept with the key: the same
 * key with a different request is refused ({@link KeyReusedException}, 422). Keys are kept for
 * {@code zhiben.idempotency.retention} (default 7 days) and then removed by a daily job.
 */
@Service
public class IdempotentCreates {

    private static final int MAX_KEY = 128;

    /** The resource of a key whose create has not finished yet (visible only inside that create's transaction). */
    private static final UUID IN_FLIGHT = new UUID(0, 0);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper json;
    private final Duration retention;

    IdempotentCreates(JdbcTemplate jdbc, Clock clock, ObjectMapper json,
            @Value("${zhiben.idempotency.retention:P7D}") Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.retention = retention;
    }

    /**
     * Runs {@code create} unless this caller already sent {@code key} to {@code operation}; answers the id created.
     * Call inside the creating transaction, so the key is remembered exactly when the record is committed; a
     * concurrent twin with the same key loses on the key's primary key and its transaction rolls back
     * ({@link DuplicateRequestException}, 409). Without a key the create simply runs.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID once(String operation, String key, Object request, Supplier<UUID> create) {
        if (key == null || key.isBlank()) {
            return create.get();
        }
        if (key.length() > MAX_KEY || key.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("Idempotency-Key", "Idempotency-Key 应为不超过128个字符的可见字符");
        }
        String caller = caller();
        String fingerprint = fingerprint(request, true);
        List<Earlier> earlier = jdbc.query("select resource_id, fingerprint from common_idempotency_key"
                + " where operation = ? and caller = ? and idem_key = ?",
                (rs, i) -> new Earlier(rs.getObject(1, UUID.class), rs.getString(2)), operation, caller, key);
        if (!earlier.isEmpty()) {
            String kept = earlier.get(0).fingerprint();
            if (!kept.equals(fingerprint) && !kept.equals(fingerprint(request, false))) {
                throw new KeyReusedException();
            }
            return earlier.get(0).id();
        }
        // the key is claimed before the work: a concurrent twin waits on it and is refused without creating anything
        try {
            jdbc.update("insert into common_idempotency_key (operation, caller, idem_key, fingerprint, resource_id,"
                    + " created_at) values (?, ?, ?, ?, ?, ?)", operation, caller, key, fingerprint, IN_FLIGHT,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
            throw new DuplicateRequestException();
        }
        UUID id = create.get();
        jdbc.update("update common_idempotency_key set resource_id = ? where operation = ? and caller = ? and idem_key = ?",
                id, operation, caller, key);
        return id;
    }

    /** Forgets keys older than the retention; answers how many. */
    @Scheduled(cron = "${zhiben.idempotency.cleanup-cron:0 17 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "common.idempotency.cleanup", lockAtLeastFor = "PT20S")
    @Transactional
    public int forgetExpired() {
        return forgetBefore(clock.instant().minus(retention));
    }

    @Transactional
    public int forgetBefore(Instant cutoff) {
        return jdbc.update("delete from common_idempotency_key where created_at < ?", Timestamp.from(cutoff));
    }

    private static String caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }

    /**
     * SHA-256 of the request in a canonical JSON form: object fields sorted by name and array elements sorted, so the
     * same request fingerprints alike on every node and after a restart (a set's iteration order is not stable).
     * Binary values (a photo of an answer) stand in it as their own SHA-256 ({@code digestBinaries}): as base64 text
     * a 200 KB photo was copied a dozen times over, most of a completion's work. Keys claimed before that change
     * (2026-12) hold the base64 form, so a retry is also matched against it until they expire (the retention).
     */
    private String fingerprint(Object request, boolean digestBinaries) {
        StringBuilder canonical = new StringBuilder();
        if (request != null) {
            canonical(json.valueToTree(request), canonical, digestBinaries);
        }
        return sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void canonical(JsonNode node, StringBuilder out, boolean digestBinaries) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
            out.append('{');
            fields.forEach((name, value) -> {
                out.append(json.writeValueAsString(name)).append(':');
                canonical(value, out, digestBinaries);
                out.append(',');
            });
            out.append('}');
        } else if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            for (JsonNode element : node) {
                StringBuilder one = new StringBuilder();
                canonical(element, one, digestBinaries);
                elements.add(one.toString());
            }
            Collections.sort(elements);
            out.append('[').append(String.join(",", elements)).append(']');
        } else if (digestBinaries && binary(node) != null) {
            out.append("\"sha256:").append(sha256(binary(node))).append('"');
        } else {
            out.append(node);
        }
    }

    /** The bytes of a binary value: a {@code byte[]} of the request, kept as such by {@code valueToTree}. */
    private static byte[] binary(JsonNode node) {
        if (node.isBinary()) {
            return node.binaryValue();
        }
        return node instanceof POJONode pojo && pojo.getPojo() instanceof byte[] bytes ? bytes : null;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Earlier(UUID id, String fingerprint) {
    }

    /** The same key was used by a concurrent request that won. */
    public static class DuplicateRequestException extends RuntimeException {
        DuplicateRequestException() {
            super("相同的 Idempotency-Key 请求正在处理或已处理");
        }
    }

    /** The key was used before for a different request. */
    public static class KeyReusedException extends RuntimeException {
        KeyReusedException() {
            super("该 Idempotency-Key 已用于另一个不同的请求;请为新请求使用新的 Idempotency-Key");
        }
    }
}
