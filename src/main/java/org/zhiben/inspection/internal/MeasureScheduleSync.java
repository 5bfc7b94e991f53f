package org.zhiben.inspection.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.common.Ids;
import org.zhiben.inspection.InspectionSchedules;
import org.zhiben.inspection.TaskType;
import org.zhiben.risk.CheckCycleUnit;
import org.zhiben.risk.ControlMeasureChanged;

/**
 * Keeps one schedule per control measure in step with the risk inventory. A synchronous listener on purpose: it runs
 * in the transaction of the measure's change, so the measure and its schedule are committed together and never drift
 * (an asynchronous copy would need a catch-up pass over two million rows). New measures get a 日常, 每天, unassigned
 * schedule that the enterprise then sets; a changed measure keeps those settings and takes the new text and cycle; a
 * removed one deactivates its schedule (its tasks and records stay).
 */
@Component
class MeasureScheduleSync {

    private final JdbcTemplate jdbc;
    private final InspectionAccess access;
    private final Clock clock;

    MeasureScheduleSync(JdbcTemplate jdbc, InspectionAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @EventListener
    void on(ControlMeasureChanged m) {
        Timestamp now = Timestamp.from(clock.instant());
        if (m.removed()) {
            jdbc.update("update inspection_schedule set active = false, version = version + 1, updated_at = ?"
                    + " where measure_id = ? and active = true", now, m.measureId());
            return;
        }
        String title = title(m);
        List<String> existing = jdbc.queryForList("select task_type from inspection_schedule where measure_id = ?",
                String.class, m.measureId());
        if (existing.isEmpty()) {
            String sectors = access.find(m.enterpriseId()).map(t -> t.sectorSet().encode()).orElse("");
            jdbc.update("insert into inspection_schedule (id, enterprise_id, region_code, sectors, kind, measure_id,"
                    + " unit_id, title, task_type, cycle, cycle_unit, source_cycle, source_cycle_unit, workday_type,"
                    + " active, version, created_at, updated_at)"
                    + " values (?, ?, ?, ?, 'MEASURE', ?, ?, ?, 'DAILY', ?, ?, ?, ?, 'EVERY_DAY', true, 0, ?, ?)",
                    Ids.newId(), m.enterpriseId(), m.regionCode(), sectors, m.measureId(), m.unitId(), title,
                    m.checkCycle(), m.checkCycleUnit().name(), m.checkCycle(), m.checkCycleUnit().name(), now, now);
        } else {
            TaskType type = TaskType.valueOf(existing.get(0));
            int[] cycle = {m.checkCycle()};
            CheckCycleUnit[] unit = {m.checkCycleUnit()};
            InspectionSchedules.effectiveCycle(type, cycle, unit);
            jdbc.update("update inspection_schedule set title = ?, unit_id = ?, cycle = ?, cycle_unit = ?,"
                    + " source_cycle = ?, source_cycle_unit = ?, active = true, version = version + 1, updated_at = ?"
                    + " where measure_id = ?", title, m.unitId(), cycle[0], unit[0].name(), m.checkCycle(),
                    m.checkCycleUnit().name(), now, m.measureId());
        }
    }

    private static String title(ControlMeasureChanged m) {
        String t = m.unitName() + ":" + m.description();
        return t.length() > 500 ? t.substring(0, 500) : t;
    }

}
