package org.zhiben.inspection.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.common.Database;
import org.zhiben.inspection.WorkCalendar;
import org.zhiben.inspection.WorkdayType;
import org.zhiben.risk.CheckCycleUnit;

/**
 * Set-based task generation: for each distinct (cycle unit, cycle, work-day type) among the active schedules, the
 * day's windows are computed once in Java ({@link CyclePeriods}) and all schedules of that kind get their task in one
 * {@code insert … select … where not exists} statement. No row passes through the JVM, so one day for 2,000,000
 * schedules is a few dozen statements. The unique key (source_id, period_key) makes a concurrent twin fail rather than
 * duplicate; the statement is then repeated and inserts nothing (the other run already did).
 */
@Component
public class TaskGenerator {

    private static final Logger log = LoggerFactory.getLogger(TaskGenerator.class);

    private final JdbcTemplate jdbc;
    private final WorkCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final boolean postgres;
    private final String uuidFunction;

    TaskGenerator(JdbcTemplate jdbc, WorkCalendar calendar, Clock clock, Database database, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.tx = tx;
        this.postgres = database.postgres();
        // PostgreSQL 13+ gen_random_uuid(), H2 random_uuid()
        this.uuidFunction = postgres ? "gen_random_uuid()" : "random_uuid()";
    }

    /** Inserts the tasks whose window opens on {@code day}; answers how many were new. */
    public int generate(LocalDate day) {
        record Kind(CheckCycleUnit unit, int cycle, WorkdayType type) {
        }
        List<Kind> kinds = jdbc.query(
                "select distinct cycle_unit, cycle, workday_type from inspection_schedule where active = true",
                (rs, i) -> new Kind(CheckCycleUnit.valueOf(rs.getString(1)), rs.getInt(2),
                        WorkdayType.valueOf(rs.getString(3))));
        // a year cycle may look back a whole year for the first matching day
        Predicate<LocalDate> workday = calendar.predicate(day.minusYears(1).withDayOfYear(1), day);
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = 0;
        for (Kind kind : kinds) {
            for (CyclePeriods.Slot slot : CyclePeriods.opening(kind.unit(), kind.cycle(), kind.type(), day, workday)) {
                inserted += insert(kind.unit(), kind.cycle(), kind.type(), slot, now);
            }
        }
        log.debug("Generated {} inspection tasks for {}", inserted, day);
        return inserted;
    }

    private int insert(CheckCycleUnit unit, int cycle, WorkdayType type, CyclePeriods.Slot slot, Timestamp now) {
        String sql = "insert into inspection_task (id, source_id, period_key, enterprise_id, region_code, sectors,"
                + " task_type, baobao, title, unit_id, measure_id, template_id, assignee_position, assignee_user_id,"
                + " window_start, window_end, due_date, status, version, created_at)"
                + " select " + uuidFunction + ", s.id, ?, s.enterprise_id, s.region_code, s.sectors, s.task_type,"
                + " case when s.task_type like 'BAOBAO%' then true else false end, s.title, s.unit_id, s.measure_id,"
                + " s.template_id, s.assignee_position, s.assignee_user_id, ?, ?, ?, 'OPEN', 0, ?"
                + " from inspection_schedule s"
                + " where s.active = true and s.cycle_unit = ? and s.cycle = ? and s.workday_type = ?"
                + " and not exists (select 1 from inspection_task t where t.source_id = s.id and t.period_key = ?)";
        Object[] args = {slot.periodKey(), Timestamp.from(slot.windowStart()), Timestamp.from(slot.windowEnd()),
                Date.valueOf(slot.dueDate()), now, unit.name(), cycle, type.name(), slot.periodKey()};
        try {
            return update(sql, args);
        } catch (DataIntegrityViolationException concurrentRun) {
            // another node inserted some of the same rows between our check and our insert: the rest only
            return update(sql, args);
        }
    }

    /**
     * On PostgreSQL without sequential scans for this one statement: when the task table is empty or nearly so (the
     * first day after schedules were imported in bulk), the planner takes it for ten pages and may check
     * {@code not exists} by scanning the table once per schedule, and the table grows under that scan with the rows
     * the statement itself inserts, so 2,000,000 schedules would take hours. Probing the unique key is linear whatever
     * the statistics say.
     */
    private int update(String sql, Object[] args) {
        if (!postgres) {
            return jdbc.update(sql, args);
        }
        return tx.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            int inserted = jdbc.update(sql, args);
            jdbc.execute("reset enable_seqscan"); // when the caller's transaction goes on
            return inserted;
        });
    }
}
