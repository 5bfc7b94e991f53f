package org.zhiben.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.internal.AuditHashing;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes audit entries in the caller's transaction (so a rolled-back change leaves no entry and a committed one
 * always has its entry) and links each to the previous by hash. Appends are serialised by locking the chain head.
 */
@Service
public class AuditTrail {

    private static final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(rs.getLong("seq"),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
            rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
            rs.getString("before_state"), rs.getString("after_state"), rs.getString("algorithm"),
            rs.getString("prev_hash"), rs.getString("hash"));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper json;
    private final AuditHashing hashing;

    AuditTrail(JdbcTemplate jdbc, Clock clock, ObjectMapper json, AuditHashing hashing) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.hashing = hashing;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        recordAll(List.of(record));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue();
        String prev = (String) head.get("last_hash");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = currentActor();
        String algorithm = hashing.defaultAlgorithm();
        List<Object[]> rows = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            seq++;
            AuditEntry entry = new AuditEntry(seq, now, actor, r.action(), r.entityType(), r.entityId(),
                    truncate(r.summary(), 500), toJson(r.before()), toJson(r.after()), algorithm, prev, null);
            String hash = hashing.hash(entry);
            rows.add(new Object[] {seq, Timestamp.from(now), actor, entry.action(), entry.entityType(),
                    entry.entityId(), entry.summary(), entry.before(), entry.after(), algorithm, prev, hash});
            prev = hash;
        }
        jdbc.batchUpdate("""
                insert into audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, summary,
                    before_state, after_state, algorithm, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows);
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, prev);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String entityType, String entityId) {
        return jdbc.query("select * from audit_entry where entity_type = ? and entity_id = ? order by seq desc",
                ENTRY, entityType, entityId);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int offset, int limit) {
        return jdbc.query("select * from audit_entry order by seq desc offset ? rows fetch next ? rows only", ENTRY,
                offset, limit);
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
    }

    /**
     * Re-walks the whole chain in sequence: each entry's hash must match its content, link to the previous
     * hash, and follow without gaps; the head must match the last entry. Edited or deleted rows break it.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        long expectedSeq = 0;
        String prev = AuditHashing.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = jdbc.query(
                    "select * from audit_entry where seq > ? order by seq fetch first 2000 rows only", ENTRY, expectedSeq);
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry e : page) {
                expectedSeq++;
                if (e.seq() != expectedSeq) {
                    return new ChainVerification(false, checked, expectedSeq, "缺少序号为 " + expectedSeq + " 的记录(已被删除)");
                }
                if (!e.prevHash().equals(prev)) {
                    return new ChainVerification(false, checked, e.seq(), "与前一条记录的哈希链接不一致");
                }
                if (!hashing.hash(e).equals(e.hash())) {
                    return new ChainVerification(false, checked, e.seq(), "记录内容与哈希不符(已被篡改)");
                }
                prev = e.hash();
                checked++;
            }
        }
        long lastSeq = ((Number) head.get("last_seq")).longValue();
        if (lastSeq != expectedSeq || !prev.equals(head.get("last_hash"))) {
            return new ChainVerification(false, checked, expectedSeq + 1, "链尾记录缺失(已被删除)");
        }
        return new ChainVerification(true, checked, null, null);
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
