package org.zhiben.insight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds the pending hazard, enterprise count and closed-task deltas into the summary counters, oldest first, in batches:
 * every second on one node, and before a consistency check. Deltas of one key are summed first, so a busy province
 * costs one counter update per key and batch instead of one per hazard (enterprise, task) transaction.
 */
@Component
public class SummaryFolding {

    private static final int BATCH = 5000;

    /** The summaries with their pending deltas, for readers: same columns as the counter tables. */
    public static final String FLOW = view("insight_hazard_flow", HazardSummary.FLOW_KEYS) + " hf";
    public static final String OPEN = view("insight_hazard_open", HazardSummary.OPEN_KEYS) + " ho";
    public static final String ENTERPRISES = view("insight_enterprise_count", EnterpriseStats.COUNT_KEYS) + " ec";
    /** Key columns of the closed-task counters ({@code insight_task_flow}). */
    public static final List<String> TASK_KEYS = List.of("area", "lvl", "grain", "period", "sectors", "done");
    public static final String TASKS = view("insight_task_flow", TASK_KEYS) + " tf";

    private final JdbcTemplate jdbc;
    private final Upserts upserts;
    private final TransactionTemplate tx;

    SummaryFolding(JdbcTemplate jdbc, Upserts upserts, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.upserts = upserts;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private static String view(String table, List<String> keys) {
        String cols = String.join(", ", keys) + ", parent, n";
        return "(select " + cols + " from " + table + " union all select " + cols + " from " + table + "_delta)";
    }

    @Scheduled(fixedDelayString = "${zhiben.insight.fold-interval:PT1S}")
    @SchedulerLock(name = "insight-fold", lockAtMostFor = "PT10M")
    void scheduled() {
        fold();
    }

    /** Folds every pending delta committed so far, each batch in its own transaction; answers how many. */
    public int fold() {
        int total = 0;
        while (true) {
            int[] moved = tx.execute(s -> {
                jdbc.queryForObject("select id from insight_fold_lock where id = 1 for update", Integer.class);
                return new int[] {fold("insight_hazard_flow", HazardSummary.FLOW_KEYS),
                        fold("insight_hazard_open", HazardSummary.OPEN_KEYS),
                        fold("insight_enterprise_count", EnterpriseStats.COUNT_KEYS),
                        fold("insight_task_flow", TASK_KEYS)};
            });
            total += moved[0] + moved[1] + moved[2] + moved[3];
            if (moved[0] < BATCH && moved[1] < BATCH && moved[2] < BATCH && moved[3] < BATCH) {
                return total;
            }
        }
    }

    private int fold(String table, List<String> keys) {
        List<String> cols = new ArrayList<>(keys);
        cols.add("parent");
        cols.add("n");
        List<Object> ids = new ArrayList<>();
        Map<String, Object[]> sums = new TreeMap<>();
        jdbc.query("select id, " + String.join(", ", cols) + " from " + table + "_delta order by id fetch first "
                + BATCH + " rows only", rs -> {
                    ids.add(rs.getLong(1));
                    Object[] row = new Object[cols.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 2);
                    }
                    row[row.length - 1] = 0L;
                    HazardSummary.merge(sums, row, keys.size(), rs.getLong(row.length + 1));
                });
        if (ids.isEmpty()) {
            return 0;
        }
        upserts.add(table, table + "_pk", keys, List.of("parent"), HazardSummary.nonZero(sums));
        jdbc.batchUpdate("delete from " + table + "_delta where id = ?", ids.stream().map(id -> new Object[] {id}).toList());
        return ids.size();
    }
}
