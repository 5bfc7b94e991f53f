package org.zhiben.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.insight.internal.Areas;
import org.zhiben.insight.internal.SummaryFolding;
import org.zhiben.insight.internal.Upserts;

/**
 * The statistics' own inputs from inspection (排查): an adapter listening to the inspection module's events calls
 * these in the event's transaction. Kept apart from the inspection types so the metrics do not depend on them.
 */
@Service
public class InspectionInputs {

    /** A closed inspection task: due on {@code dueDate}, done or missed. */
    public record TaskClosed(UUID enterpriseId, String regionCode, String sectors, LocalDate dueDate, boolean done) {
    }

    /** An inspection record (online report) of an enterprise on a day. */
    public record Recorded(UUID enterpriseId, String regionCode, String sectors, LocalDate recordedOn) {
    }

    private final Upserts upserts;
    private final JdbcTemplate jdbc;

    InspectionInputs(Upserts upserts, JdbcTemplate jdbc) {
        this.upserts = upserts;
        this.jdbc = jdbc;
    }

    /**
     * Appends the closed task's counter deltas (day and month, at each region level and the enterprise) in one
     * statement, without touching the counter rows a whole province shares; {@link SummaryFolding} adds them up.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void taskClosed(TaskClosed t) {
        List<Object[]> rows = new ArrayList<>();
        for (Areas.Slot s : Areas.slots(t.regionCode(), t.enterpriseId())) {
            for (String sectors : s.sectorKeys(t.sectors())) {
                rows.add(new Object[] {s.area(), (short) s.lvl(), "D", t.dueDate(), sectors, t.done(), s.parent(), 1L});
                rows.add(new Object[] {s.area(), (short) s.lvl(), "M", t.dueDate().withDayOfMonth(1), sectors,
                        t.done(), s.parent(), 1L});
            }
        }
        String tuple = "(" + "?, ".repeat(SummaryFolding.TASK_KEYS.size() + 1) + "?)";
        jdbc.update("insert into insight_task_flow_delta (" + String.join(", ", SummaryFolding.TASK_KEYS)
                + ", parent, n) values " + String.join(", ", Collections.nCopies(rows.size(), tuple)),
                rows.stream().flatMap(Arrays::stream).toArray());
    }

    /**
     * Many closed tasks and records at once (the demo's bulk seeding): the same counters as one call each, merged
     * first, so each table takes one batch.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addAll(List<TaskClosed> tasks, List<Recorded> records) {
        Map<String, Object[]> flows = new TreeMap<>();
        for (TaskClosed t : tasks) {
            for (Areas.Slot s : Areas.slots(t.regionCode(), t.enterpriseId())) {
                for (String sectors : s.sectorKeys(t.sectors())) {
                    merge(flows, new Object[] {s.area(), (short) s.lvl(), "D", t.dueDate(), sectors,
                            t.done(), s.parent(), 0L}, 6, 1);
                    merge(flows, new Object[] {s.area(), (short) s.lvl(), "M",
                            t.dueDate().withDayOfMonth(1), sectors, t.done(), s.parent(), 0L}, 6, 1);
                }
            }
        }
        upserts.add("insight_task_flow", "insight_task_flow_pk", SummaryFolding.TASK_KEYS, List.of("parent"),
                new ArrayList<>(flows.values()));
        Map<String, Object[]> days = new TreeMap<>();
        for (Recorded r : records) {
            merge(days, new Object[] {r.enterpriseId(), r.recordedOn(), r.regionCode(), r.sectors(), 0L},
                    2, 1);
        }
        upserts.add("insight_inspection_day", "insight_inspection_day_pk", List.of("enterprise_id", "seen_on"),
                List.of("region_code", "sectors"), new ArrayList<>(days.values()), "records");
    }

    /** Adds one to the counter (last column) of the row whose first {@code keys} columns equal {@code row}'s. */
    private static void merge(Map<String, Object[]> rows, Object[] row, int keys, long n) {
        Object[] existing = rows.computeIfAbsent(Arrays.toString(Arrays.copyOf(row, keys)), k -> row);
        existing[existing.length - 1] = (Long) existing[existing.length - 1] + n;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recorded(Recorded r) {
        upserts.add("insight_inspection_day", "insight_inspection_day_pk", List.of("enterprise_id", "seen_on"),
                List.of("region_code", "sectors"), List.<Object[]>of(new Object[] {r.enterpriseId(), r.recordedOn(),
                        r.regionCode(), r.sectors(), 1L}), "records");
    }
}
