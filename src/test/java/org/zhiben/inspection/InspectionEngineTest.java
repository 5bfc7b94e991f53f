package org.zhiben.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Ids;
import org.zhiben.identity.CurrentUser;
import org.zhiben.risk.CheckCycleUnit;
import org.zhiben.risk.ControlMeasureData;
import org.zhiben.risk.ControlMeasureView;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.RiskInventory;

/** Generation against the database (calendar table, unique key, concurrency), schedule sync and missed marking. */
@ZhibenTest
class InspectionEngineTest {

    @Autowired
    InspectionTasks tasks;
    @Autowired
    WorkCalendar calendar;
    @Autowired
    RiskInventory inventory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    CurrentUser signIn(String username) {
        CurrentUser u = (CurrentUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return u;
    }

    /** A schedule of a made-up enterprise (no foreign keys across modules), active. */
    UUID schedule(CheckCycleUnit unit, int cycle, WorkdayType type, TaskType taskType) {
        UUID id = Ids.newId();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into inspection_schedule (id, enterprise_id, region_code, sectors, kind, title, task_type,"
                + " cycle, cycle_unit, workday_type, active, version, created_at, updated_at)"
                + " values (?, ?, '990101100000', ',03,', 'PLAN', ?, ?, ?, ?, ?, true, 0, ?, ?)", id, Ids.newId(),
                "测试计划 " + unit + cycle + type, taskType.name(), cycle, unit.name(), type.name(), now, now);
        return id;
    }

    long tasksOf(UUID source) {
        return jdbc.queryForObject("select count(*) from inspection_task where source_id = ?", Long.class, source);
    }

    @Test
    void theSeededCalendarKnowsHolidaysAndMakeUpWorkdays() {
        assertThat(calendar.isWorkday(LocalDate.of(2026, 1, 4))).isTrue();   // Sunday, 调休
        assertThat(calendar.isWorkday(LocalDate.of(2026, 10, 5))).isFalse(); // Monday, 国庆
        assertThat(calendar.isWorkday(LocalDate.of(2026, 10, 10))).isTrue(); // Saturday, 调休
        assertThat(calendar.isWorkday(LocalDate.of(2026, 10, 17))).isFalse(); // ordinary Saturday
        assertThat(calendar.isWorkday(LocalDate.of(2026, 10, 19))).isTrue();
    }

    @Test
    void generationFollowsTheCalendarTableAndRunsTwiceWithoutDuplicates() {
        UUID daily = schedule(CheckCycleUnit.DAY, 1, WorkdayType.WORKDAY, TaskType.TEAM_DAILY);
        UUID weekly = schedule(CheckCycleUnit.WEEK, 1, WorkdayType.WORKDAY, TaskType.DEPARTMENT_WEEKLY);
        UUID quarterly = schedule(CheckCycleUnit.MONTH, 3, WorkdayType.WORKDAY, TaskType.MAJOR_HAZARD);
        UUID shifts = schedule(CheckCycleUnit.HOUR, 8, WorkdayType.EVERY_DAY, TaskType.DAILY);
        for (LocalDate d = LocalDate.of(2026, 9, 28); !d.isAfter(LocalDate.of(2026, 10, 11)); d = d.plusDays(1)) {
            tasks.generate(d);
            tasks.generate(d);
        }
        // workdays 28–30 Sep, 8, 9 (Thu, Fri) and the make-up Saturday 10 Oct
        assertThat(jdbc.queryForList("select due_date from inspection_task where source_id = ? order by due_date",
                Date.class, daily)).extracting(Date::toLocalDate).containsExactly(LocalDate.of(2026, 9, 28),
                LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8),
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10));
        assertThat(jdbc.queryForList("select period_key from inspection_task where source_id = ? order by period_key",
                String.class, weekly)).containsExactly("2026-09-28", "2026-10-05");
        // a schedule added late in Q3 still gets Q3's task; Q4's opens on the first workday after 国庆, 8 Oct
        assertThat(jdbc.queryForList("select due_date from inspection_task where source_id = ? order by due_date",
                Date.class, quarterly)).extracting(Date::toLocalDate)
                .containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31));
        assertThat(jdbc.queryForObject("select window_start from inspection_task where source_id = ? and period_key ="
                + " '2026-10-01'", Timestamp.class, quarterly).toInstant())
                .isEqualTo(Instant.parse("2026-10-07T16:00:00Z"));
        assertThat(tasksOf(shifts)).isEqualTo(14 * 3);
        assertThat(jdbc.queryForObject("select count(*) from inspection_task where source_id = ? and baobao = false",
                Long.class, weekly)).isEqualTo(2);
    }

    @Test
    void concurrentRunsInsertEachTaskOnce() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(schedule(CheckCycleUnit.DAY, 1, WorkdayType.EVERY_DAY, TaskType.DAILY));
        }
        LocalDate day = LocalDate.of(2027, 3, 15);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<Integer>) () -> tasks.generate(day)));
            }
            for (Future<Integer> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (UUID id : ids) {
            assertThat(tasksOf(id)).isEqualTo(1);
        }
        assertThat(tasks.generate(day)).isZero();
    }

    @Test
    void aControlMeasureBringsItsScheduleAlongAndATechnicalHolderChecksAtLeastQuarterly() {
        CurrentUser safety = signIn("ent.a.safety");
        UUID event = inventory.tree(safety.enterpriseId()).objects().get(0).units().get(0).events().get(0).event().id();
        UUID measure = inventory.addMeasure(event, new ControlMeasureData("每半年检测防雷接地电阻",
                MeasureCategory.values()[0], null, null, 6, CheckCycleUnit.MONTH), null);
        var row = jdbc.queryForMap("select * from inspection_schedule where measure_id = ?", measure);
        assertThat(row.get("cycle")).isEqualTo(6);
        assertThat(row.get("cycle_unit")).isEqualTo("MONTH");
        assertThat(row.get("task_type")).isEqualTo("DAILY");
        assertThat((String) row.get("title")).contains("每半年检测防雷接地电阻");
        assertThat(row.get("sectors")).isEqualTo(",03,");

        // the technical holder's 包保 check is at least quarterly
        UUID schedule = (UUID) row.get("id");
        InspectionSchedules schedules = schedulesBean;
        schedules.configure(schedule, (Long) row.get("version"),
                new ScheduleSettings(TaskType.BAOBAO_TECHNICAL, WorkdayType.WORKDAY, "配电值班电工", null));
        var configured = jdbc.queryForMap("select * from inspection_schedule where id = ?", schedule);
        assertThat(configured.get("cycle")).isEqualTo(3);
        assertThat(configured.get("cycle_unit")).isEqualTo("MONTH");
        assertThatThrownBy(() -> schedules.configure(schedule, (Long) row.get("version"),
                new ScheduleSettings(TaskType.DAILY, WorkdayType.WORKDAY, null, null)))
                .isInstanceOf(org.zhiben.common.StaleVersionException.class);

        ControlMeasureView view = inventory.measure(measure);
        inventory.updateMeasure(measure, view.version(), new ControlMeasureData("每月检测防雷接地电阻",
                view.category(), null, null, 1, CheckCycleUnit.MONTH));
        var updated = jdbc.queryForMap("select * from inspection_schedule where id = ?", schedule);
        assertThat(updated.get("cycle")).isEqualTo(1);
        assertThat(updated.get("task_type")).isEqualTo("BAOBAO_TECHNICAL");
        assertThat(updated.get("assignee_position")).isEqualTo("配电值班电工");

        inventory.deleteMeasure(measure, inventory.measure(measure).version());
        assertThat(jdbc.queryForObject("select active from inspection_schedule where id = ?", Boolean.class, schedule))
                .isFalse();
    }

    @Autowired
    InspectionSchedules schedulesBean;

    @Test
    void missedTasksAreMarkedOnceWhenTheirWindowCloses() {
        UUID daily = schedule(CheckCycleUnit.DAY, 1, WorkdayType.EVERY_DAY, TaskType.DAILY);
        LocalDate day = LocalDate.of(2025, 3, 3);
        tasks.generate(day);
        UUID task = jdbc.queryForObject("select id from inspection_task where source_id = ?", UUID.class, daily);
        // 2025-03-03 ends at 16:00 UTC; the task is still open one second before
        tasks.markMissed(Instant.parse("2025-03-03T15:59:59Z"));
        assertThat(jdbc.queryForObject("select status from inspection_task where id = ?", String.class, task))
                .isEqualTo("OPEN");
        tasks.markMissed(Instant.parse("2025-03-03T16:00:00Z"));
        assertThat(jdbc.queryForObject("select status from inspection_task where id = ?", String.class, task))
                .isEqualTo("MISSED");
        long version = jdbc.queryForObject("select version from inspection_task where id = ?", Long.class, task);
        assertThat(tasks.markMissed(Instant.parse("2025-03-03T16:00:00Z"))).isZero();
        assertThat(jdbc.queryForObject("select version from inspection_task where id = ?", Long.class, task))
                .isEqualTo(version);
    }
}
