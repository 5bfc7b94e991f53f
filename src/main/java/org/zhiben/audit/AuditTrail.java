package org.zhiben.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.audit.internal.AuditHashing;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes audit entries in the caller's transaction (so a rolled-back change leaves no entry and a committed one
 * always has its entry) and links them by hash. Writers only append to a pending table, without any lock; the
 * chainer ({@link #chainPending()}, run every second by a scheduled job on one node, and before every verification)
 * moves committed entries into the chain in batches under the chain-head lock. Chain order is the order of chaining,
 * which may differ slightly from the order of the events.
 */
@Service
public class AuditTrail {

    private static final int CHAIN_BATCH = 1000;
    private static final String COLUMNS = "occurred_at, actor, action, entity_type, entity_id, summary, before_state, after_state";
    private static final RowMapper<AuditEntry> ENTRY = (rs, i) -> new AuditEntry(rs.getObject("seq", Long.class),
            rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
            rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
            rs.getString("before_state"), rs.getString("after_state"), rs.getString("algorithm"),
            rs.getString("prev_hash"), rs.getString("hash"));

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ObjectMapper json;
    private final AuditHashing hashing;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate reading;

    AuditTrail(JdbcTemplate jdbc, Clock clock, ObjectMapper json, AuditHashing hashing,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.hashing = hashing;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
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
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        String actor = currentActor();
        jdbc.batchUpdate("insert into audit_pending (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)",
                records.stream().map(r -> new Object[] {now, actor, r.action(), r.entityType(), r.entityId(),
                        truncate(r.summary(), 500), toJson(r.before()), toJson(r.after())}).toList());
    }

    /**
     * Moves the committed pending entries into the hash chain, oldest first, in its own transactions; answers how many
     * it chained. Safe to run on several nodes at once: the chain-head row lock serialises them.
     */
    public int chainPending() {
        int total = 0;
        while (true) {
            Integer moved = newTransaction.execute(status -> chainBatch());
            total += moved;
            if (moved < CHAIN_BATCH) {
                return total;
            }
        }
    }

    private int chainBatch() {
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1 for update");
        List<Object[]> pending = jdbc.query("select id, " + COLUMNS + " from audit_pending order by id fetch first "
                + CHAIN_BATCH + " rows only", (rs, i) -> new Object[] {rs.getLong("id"), rs.getTimestamp("occurred_at"),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("summary"), rs.getString("before_state"), rs.getString("after_state")});
        if (pending.isEmpty()) {
            return 0;
        }
        long seq = ((Number) head.get("last_seq")).longValue();
        String prev = (String) head.get("last_hash");
        String algorithm = hashing.defaultAlgorithm();
        List<Object[]> rows = new ArrayList<>(pending.size());
        for (Object[] p : pending) {
            seq++;
            Timestamp at = (Timestamp) p[1];
            AuditEntry entry = new AuditEntry(seq, at.toInstant(), (String) p[2], (String) p[3], (String) p[4],
                    (String) p[5], (String) p[6], (String) p[7], (String) p[8], algorithm, prev, null);
            String hash = hashing.hash(entry);
            rows.add(new Object[] {seq, at, p[2], p[3], p[4], p[5], p[6], p[7], p[8], algorithm, prev, hash});
            prev = hash;
        }
        jdbc.batchUpdate("insert into audit_entry (seq, " + COLUMNS + ", algorithm, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.batchUpdate("delete from audit_pending where id = ?", pending.stream().map(p -> new Object[] {p[0]}).toList());
        jdbc.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1", seq, prev);
        return pending.size();
    }

    /** A record's entries, newest first, including those not chained yet (without sequence number and hash). */
    @Transactional(readOnly = true)
    public List<AuditEntry> historyOf(String entityType, String entityId) {
        List<AuditEntry> entries = new ArrayList<>(jdbc.query("select cast(null as bigint) as seq, " + COLUMNS
                + ", null as algorithm, null as prev_hash, null as hash from audit_pending"
                + " where entity_type = ? and entity_id = ? order by id desc", ENTRY, entityType, entityId));
        entries.addAll(jdbc.query("select * from audit_entry where entity_type = ? and entity_id = ? order by seq desc",
                ENTRY, entityType, entityId));
        return entries;
    }

    /** The newest chained entries (the admin page chains the pending ones first). */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int offset, int limit) {
        return jdbc.query("select * from audit_entry order by seq desc offset ? rows fetch next ? rows only", ENTRY,
                offset, limit);
    }

    /** Entries in the chain. */
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.queryForObject("select last_seq from audit_chain_head where id = 1", Long.class);
    }

    /** Entries written and not chained yet. */
    @Transactional(readOnly = true)
    public long pending() {
        return jdbc.queryForObject("select count(*) from audit_pending", Long.class);
    }

    /**
     * Re-walks the whole chain in sequence: each entry's hash must match its content, link to the previous
     * hash, and follow without gaps; the head must match the last entry. Edited or deleted rows break it. Pending
     * entries are chained first.
     */
    public ChainVerification verify() {
        chainPending();
        return reading.execute(status -> walk());
    }

    private ChainVerification walk() {
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
