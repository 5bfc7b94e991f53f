package org.zhiben.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhiben.hazard.HazardChanged;
import org.zhiben.hazard.HazardFacts;
import org.zhiben.hazard.HazardState;

/**
 * Keeps the hazard summaries in step with the ledger: each {@link HazardChanged} subtracts what the facts before
 * contributed and adds what the facts after contribute, in the hazard's own transaction (so the figures are never
 * behind the ledger and a rolled-back change leaves no trace). The deltas of a transaction are summed and written
 * just before it commits, rows in key order so concurrent transactions do not deadlock.
 */
@Component
public class HazardSummary {

    static final List<String> FLOW_KEYS = List.of("area", "lvl", "grain", "kind", "period", "sectors", "level",
            "closed", "on_time");
    static final List<String> OPEN_KEYS = List.of("area", "lvl", "sectors", "level", "state", "overdue", "stock");

    private static final int APPEND_CHUNK = 500;

    /** The sector key of region rows summed over every sector set. */
    public static final String ALL_SECTORS = "*";

    private final JdbcTemplate jdbc;
    private final LocalDate baseline;

    HazardSummary(JdbcTemplate jdbc, @Value("${zhiben.hazard.baseline:2024-01-01}") LocalDate baseline) {
        this.jdbc = jdbc;
        this.baseline = baseline;
    }

    public LocalDate baseline() {
        return baseline;
    }

    /** The deltas of one transaction, written just before it commits (so many changes share each row update). */
    private record Pending(Map<String, Object[]> flow, Map<String, Object[]> open) {
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(HazardChanged change) {
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending fresh = new Pending(new TreeMap<>(), new TreeMap<>());
            pending = fresh;
            TransactionSynchronizationManager.bindResource(this, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HazardSummary.this);
                    write(fresh);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(HazardSummary.this);
                }
            });
        }
        contribute(change.before(), -1, pending.flow(), pending.open());
        contribute(change.after(), 1, pending.flow(), pending.open());
    }

    /** Appends the transaction's deltas; {@link SummaryFolding} adds them into the counters. */
    private void write(Pending p) {
        append("insight_hazard_flow_delta", FLOW_KEYS, nonZero(p.flow()));
        append("insight_hazard_open_delta", OPEN_KEYS, nonZero(p.open()));
    }

    /**
     * Multi-row inserts: one creation appends some thirty rows, which cost the database far less as one statement than
     * as thirty.
     */
    private void append(String table, List<String> keys, List<Object[]> rows) {
        String tuple = "(" + "?, ".repeat(keys.size() + 1) + "?)";
        for (int from = 0; from < rows.size(); from += APPEND_CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + APPEND_CHUNK));
            jdbc.update("insert into " + table + " (" + String.join(", ", keys) + ", parent, n) values "
                    + String.join(", ", Collections.nCopies(chunk.size(), tuple)),
                    chunk.stream().flatMap(Arrays::stream).toArray());
        }
    }

    static List<Object[]> nonZero(Map<String, Object[]> rows) {
        return new ArrayList<>(rows.values().stream().filter(r -> ((Long) r[r.length - 1]) != 0L).toList());
    }

    /** Whether the hazard counts as closed on time: closed on or before its deadline, or closed without one. */
    public static boolean onTime(HazardFacts f) {
        return f.state() == HazardState.CLOSED && f.closedOn() != null
                && (f.deadline() == null || !f.closedOn().isAfter(f.deadline()));
    }

    private void contribute(HazardFacts f, long sign, Map<String, Object[]> flow, Map<String, Object[]> open) {
        if (f == null) {
            return;
        }
        boolean closed = f.state() == HazardState.CLOSED && f.closedOn() != null;
        boolean onTime = onTime(f);
        for (Areas.Slot s : Areas.slots(f.regionCode(), f.enterpriseId())) {
            for (String sectors : s.sectorKeys(f.sectors())) {
                if (f.state() != HazardState.REJECTED) {
                    add(flow, sign, s, "D", "F", f.foundOn(), sectors, f, closed, onTime);
                    add(flow, sign, s, "M", "F", f.foundOn().withDayOfMonth(1), sectors, f, closed, onTime);
                }
                if (closed) {
                    add(flow, sign, s, "D", "C", f.closedOn(), sectors, f, true, onTime);
                    add(flow, sign, s, "M", "C", f.closedOn().withDayOfMonth(1), sectors, f, true, onTime);
                }
                if (f.state().open()) {
                    Object[] row = {s.area(), (short) s.lvl(), sectors, f.level().name(), f.state().name(),
                            f.overdue(), f.foundOn().isBefore(baseline), s.parent(), 0L};
                    merge(open, row, 7, sign);
                }
            }
        }
    }

    private static void add(Map<String, Object[]> flow, long sign, Areas.Slot s, String grain, String kind,
            LocalDate period, String sectors, HazardFacts f, boolean closed, boolean onTime) {
        Object[] row = {s.area(), (short) s.lvl(), grain, kind, period, sectors, f.level().name(), closed, onTime,
                s.parent(), 0L};
        merge(flow, row, 9, sign);
    }

    /** Adds {@code sign} to the counter (last value) of the row with the same first {@code keyColumns} values. */
    static void merge(Map<String, Object[]> rows, Object[] row, int keyColumns, long sign) {
        String key = Arrays.toString(Arrays.copyOf(row, keyColumns));
        Object[] existing = rows.computeIfAbsent(key, k -> row);
        existing[existing.length - 1] = (Long) existing[existing.length - 1] + sign;
    }
}
