package org.zhiben.campaign.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.ZhibenTest;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.NewPlan;
import org.zhiben.campaign.NewTask;
import org.zhiben.campaign.PlanLevel;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.UnitRole;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.LiveMetrics;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.identity.CurrentUser;
import org.zhiben.inspection.Checklists;
import org.zhiben.inspection.InspectionTasks;

/**
 * 领导包联 / 三三查 on plans of their own (rolled back after each test): a quarter's check recorded on 03-31 counts
 * for Q1, one on 07-01 for Q3; a quarter ends short (未完成) the day after its last day, not on it; a month owing two
 * checks is met only by the second; the check runs through the inspection engine (a 监管检查 whose finding becomes a
 * hazard, {@link DutyApiTest}) and its record marks the visit; scope, bad input, stale version, the live metric.
 */
@ZhibenTest
@Transactional
class LeaderDutiesTest {

    static final String TOWN = "990101100000";
    static final String COUNTY = "990101000000";

    @Autowired
    LeaderDuties duties;
    @Autowired
    Campaigns campaigns;
    @Autowired
    UserDetailsService users;
    @Autowired
    Checklists checklists;
    @Autowired
    InspectionTasks inspectionTasks;
    @Autowired
    LiveMetrics metrics;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CurrentUser as(String username) {
        CurrentUser u = (CurrentUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return u;
    }

    record Fixture(UUID plan, UUID task, UUID leader, UUID enterprise) {
    }

    private Fixture town() {
        UUID enterpriseA = as("ent.a.boss").enterpriseId();
        UUID leader = as("town.aj").id();
        UUID plan = campaigns.createPlan(new NewPlan(TOWN, PlanLevel.TOWN, "东关镇实施方案(包联测试)", "东关镇人民政府",
                "东政发〔2024〕7号", null, LocalDate.of(2024, 3, 22), LocalDate.of(2030, 12, 31), null,
                List.of("开展党政领导干部安全生产履职能力提升行动")), null);
        UUID task = campaigns.addTask(plan, new NewTask(1, "17", "党政领导干部包联企业,三三查", Set.of(), null,
                List.of(new NewTask.Unit(UnitRole.LEAD, UnitKind.OFFICE, null, "镇党政办")), List.of()), null);
        return new Fixture(plan, task, leader, enterpriseA);
    }

    private UUID duty(Fixture f, DutyKind kind, DutyFrequency frequency, int visits, LocalDate start) {
        return duties.create(f.plan(), new DutyData.NewDuty(kind, f.task(), f.leader(), "镇长", f.enterprise(),
                frequency, visits, start, null), null);
    }

    /** A visit arranged through the engine, then recorded on {@code day} (as the engine's record event does). */
    private void recordedOn(UUID dutyId, LocalDate day) {
        UUID template = checklists.forSectors(Set.of("03")).get(0).id();
        LocalDate today = campaigns.today();
        UUID task = duties.arrangeVisit(dutyId, new DutyData.NewVisit(template, today, today.plusDays(3)), null);
        duties.recorded(task, UUID.randomUUID(), day, 0);
    }

    private static Map<String, PeriodStatus> statuses(LeaderDuties.DutyRow row) {
        Map<String, PeriodStatus> out = new java.util.LinkedHashMap<>();
        row.periods().forEach(p -> out.put(p.label(), p.status()));
        return out;
    }

    @Test
    void aQuarterIsMetByACheckOnItsLastDayAndMissedFromTheDayAfter() {
        Fixture f = town();
        UUID d = duty(f, DutyKind.PAIRING, DutyFrequency.QUARTER, 1, LocalDate.of(2025, 1, 1));
        recordedOn(d, LocalDate.of(2025, 3, 31));
        recordedOn(d, LocalDate.of(2025, 7, 1));

        LeaderDuties.DutyRow june30 = duties.compliance(f.plan(), 2025, LocalDate.of(2025, 6, 30)).duties().get(0);
        assertThat(statuses(june30)).containsExactly(Map.entry("2025年第1季度", PeriodStatus.MET),
                Map.entry("2025年第2季度", PeriodStatus.OPEN));
        assertThat(june30.judged()).isEqualTo(1);
        assertThat(june30.rate()).isEqualTo(100);

        LeaderDuties.Compliance july1 = duties.compliance(f.plan(), 2025, LocalDate.of(2025, 7, 1));
        assertThat(statuses(july1.duties().get(0))).containsExactly(Map.entry("2025年第1季度", PeriodStatus.MET),
                Map.entry("2025年第2季度", PeriodStatus.MISSED), Map.entry("2025年第3季度", PeriodStatus.MET));
        assertThat(july1.rate()).isEqualTo(66);
        assertThat(july1.leaders()).singleElement().satisfies(l -> {
            assertThat(l.leaderPost()).isEqualTo("镇长");
            assertThat(l.judged()).isEqualTo(3);
            assertThat(l.met()).isEqualTo(2);
            assertThat(l.recorded()).isEqualTo(2);
        });
        // the visits of another year do not count for 2024: the duty started in 2025
        assertThat(duties.compliance(f.plan(), 2024, LocalDate.of(2025, 7, 1)).duties().get(0).periods()).isEmpty();
    }

    @Test
    void aMonthOwingTwoChecksIsMetByTheSecondAndPeriodsGroupPerLeader() {
        Fixture f = town();
        UUID monthly = duty(f, DutyKind.THREE_CHECKS, DutyFrequency.MONTH, 2, LocalDate.of(2025, 2, 15));
        UUID quarterly = duty(f, DutyKind.PAIRING, DutyFrequency.QUARTER, 1, LocalDate.of(2025, 2, 15));
        recordedOn(monthly, LocalDate.of(2025, 2, 28));
        recordedOn(monthly, LocalDate.of(2025, 3, 1));
        recordedOn(monthly, LocalDate.of(2025, 3, 31));
        // before the duty's start: not counted
        recordedOn(quarterly, LocalDate.of(2025, 2, 14));

        LeaderDuties.Compliance c = duties.compliance(f.plan(), 2025, LocalDate.of(2025, 4, 1));
        LeaderDuties.DutyRow m = c.duties().stream().filter(r -> r.duty().getId().equals(monthly)).findFirst()
                .orElseThrow();
        assertThat(statuses(m)).containsExactly(Map.entry("2025-02", PeriodStatus.MISSED),
                Map.entry("2025-03", PeriodStatus.MET), Map.entry("2025-04", PeriodStatus.OPEN));
        LeaderDuties.DutyRow q = c.duties().stream().filter(r -> r.duty().getId().equals(quarterly)).findFirst()
                .orElseThrow();
        assertThat(statuses(q)).containsExactly(Map.entry("2025年第1季度", PeriodStatus.MISSED),
                Map.entry("2025年第2季度", PeriodStatus.OPEN));
        assertThat(q.recorded()).isZero();
        assertThat(c.leaders()).singleElement().satisfies(l -> {
            assertThat(l.duties()).isEqualTo(2);
            assertThat(l.judged()).isEqualTo(3);
            assertThat(l.met()).isEqualTo(1);
        });
    }

    @Test
    void periodsFollowTheCalendar() {
        List<LeaderDuties.PeriodRow> rows = LeaderDuties.periods(DutyFrequency.QUARTER, 1, LocalDate.of(2024, 11, 5),
                LocalDate.of(2025, 5, 10), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2025, 12, 31), Map.of(YearMonth.of(2025, 6), 1));
        assertThat(rows).extracting(LeaderDuties.PeriodRow::label).containsExactly("2025年第1季度", "2025年第2季度");
        assertThat(rows.get(1).status()).as("the quarter holding the duty's end is owed in full").isEqualTo(
                PeriodStatus.MET);
        assertThat(LeaderDuties.defaultFrequency(true)).isEqualTo(DutyFrequency.MONTH);
        assertThat(LeaderDuties.defaultFrequency(false)).isEqualTo(DutyFrequency.QUARTER);
    }

    @Test
    void badInputIsABadRequestBesideTheField() {
        Fixture f = town();
        UUID other = campaigns.createPlan(new NewPlan(TOWN, PlanLevel.TOWN, "东关镇另一方案", "东关镇人民政府", null, null,
                LocalDate.of(2024, 3, 22), LocalDate.of(2026, 12, 31), null, List.of("行动")), null);
        UUID otherTask = campaigns.addTask(other, new NewTask(1, "1", "任务", Set.of(), null,
                List.of(new NewTask.Unit(UnitRole.LEAD, UnitKind.OFFICE, null, "镇党政办")), List.of()), null);
        UUID enterpriseB = as("ent.b.boss").enterpriseId();
        UUID county = as("county.yjj").id();
        as("town.aj");
        assertField(() -> duties.create(f.plan(), new DutyData.NewDuty(DutyKind.PAIRING, otherTask, f.leader(), "镇长",
                f.enterprise(), null, 1, null, null), null), "taskId");
        assertField(() -> duties.create(f.plan(), new DutyData.NewDuty(DutyKind.PAIRING, f.task(), f.leader(), " ",
                f.enterprise(), null, 1, null, null), null), "leaderPost");
        assertField(() -> duties.create(f.plan(), new DutyData.NewDuty(DutyKind.PAIRING, f.task(), county, "镇长",
                f.enterprise(), null, 1, null, null), null), "leaderUserId");
        assertField(() -> duties.create(f.plan(), new DutyData.NewDuty(DutyKind.PAIRING, f.task(), f.leader(), "镇长",
                enterpriseB, null, 1, null, null), null), "enterpriseId");
        assertField(() -> duties.create(f.plan(), new DutyData.NewDuty(DutyKind.PAIRING, f.task(), f.leader(), "镇长",
                f.enterprise(), null, 0, null, null), null), "visitsRequired");
        assertField(() -> duties.create(f.plan(), new DutyData.NewDuty(DutyKind.PAIRING, f.task(), f.leader(), "镇长",
                f.enterprise(), null, 1, LocalDate.of(2024, 3, 21), null), null), "startDate");
        assertField(() -> duties.create(f.plan(), new DutyData.NewDuty(null, f.task(), f.leader(), "镇长",
                f.enterprise(), null, 1, null, null), null), "kind");
        UUID d = duty(f, DutyKind.PAIRING, DutyFrequency.QUARTER, 1, LocalDate.of(2025, 1, 1));
        assertField(() -> duty(f, DutyKind.PAIRING, DutyFrequency.MONTH, 1, LocalDate.of(2025, 1, 1)),
                "enterpriseId");
        assertThat(jdbc.queryForObject("select count(*) from campaign_duty where plan_id = ?", Integer.class,
                f.plan())).as("nothing half-written").isEqualTo(1);
        UUID template = checklists.forSectors(Set.of("03")).get(0).id();
        assertField(() -> duties.arrangeVisit(d, new DutyData.NewVisit(template, LocalDate.of(2031, 1, 1),
                LocalDate.of(2031, 1, 2)), null), "from");
        assertField(() -> duties.arrangeVisit(d, new DutyData.NewVisit(null, campaigns.today(),
                campaigns.today()), null), "templateId");

        long version = duties.duty(d).getVersion();
        duties.end(d, new DutyData.EndDuty(version, LocalDate.of(2025, 6, 30)));
        assertThatThrownBy(() -> duties.end(d, new DutyData.EndDuty(version, LocalDate.of(2025, 5, 31))))
                .isInstanceOf(StaleVersionException.class);
        assertField(() -> duties.end(d, new DutyData.EndDuty(version + 1, LocalDate.of(2024, 12, 31))), "endDate");
        assertThat(statuses(duties.compliance(f.plan(), 2025, LocalDate.of(2025, 12, 31)).duties().get(0)))
                .containsOnlyKeys("2025年第1季度", "2025年第2季度");
    }

    @Test
    void outsideTheScopeIsNotFoundAndOnlyTheLeaderArrangesChecks() {
        Fixture f = town();
        UUID d = duty(f, DutyKind.PAIRING, DutyFrequency.QUARTER, 1, LocalDate.of(2025, 1, 1));
        as("county.yjj");
        assertThat(duties.ofPlan(f.plan())).hasSize(1);
        UUID template = checklists.forSectors(Set.of("03")).get(0).id();
        assertThatThrownBy(() -> duties.arrangeVisit(d, new DutyData.NewVisit(template, campaigns.today(),
                campaigns.today()), null)).isInstanceOf(AccessDeniedException.class);
        UUID xihe = campaigns.createPlan(new NewPlan("990101101000", PlanLevel.TOWN, "西河镇实施方案(包联测试)",
                "西河镇人民政府", null, null, LocalDate.of(2024, 3, 22), LocalDate.of(2026, 12, 31), null,
                List.of("行动")), null);
        as("town.aj");
        assertThatThrownBy(() -> duties.ofPlan(xihe)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> duties.compliance(xihe, 2025, LocalDate.of(2025, 7, 1)))
                .isInstanceOf(NotFoundException.class);
        as("ent.a.boss");
        assertThatThrownBy(() -> duties.duty(d)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> duties.ofPlan(f.plan())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCompletionRateIsALiveMetricOverTheArea() {
        UUID enterpriseB = as("ent.b.boss").enterpriseId();
        UUID leader = as("county.yjj").id();
        UUID plan = campaigns.createPlan(new NewPlan(COUNTY, PlanLevel.COUNTY, "示范县实施方案(包联测试)", "示范县人民政府",
                null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31), null, List.of("行动")), null);
        UUID task = campaigns.addTask(plan, new NewTask(1, "1", "县领导包联重点企业", Set.of(), null,
                List.of(new NewTask.Unit(UnitRole.LEAD, UnitKind.OFFICE, null, "县安委办")), List.of()), null);
        UUID d = duties.create(plan, new DutyData.NewDuty(DutyKind.PAIRING, task, leader, "县长", enterpriseB,
                DutyFrequency.QUARTER, 1, LocalDate.of(2025, 1, 1), null), null);
        recordedOn(d, LocalDate.of(2025, 2, 3));
        LiveMetric.Area river = LiveMetric.Area.region("990101101202");
        assertThat(metrics.find(LeaderDuties.METRIC)).hasValueSatisfying(m -> assertThat(m.label())
                .isEqualTo("领导包联检查完成率"));
        assertThat(duties.rate(river, LocalDate.of(2025, 3, 31))).isEqualByComparingTo("100");
        assertThat(duties.rate(river, LocalDate.of(2025, 7, 1))).as("Q1 met, Q2 missed, Q3 running")
                .isEqualByComparingTo("50.0");
        assertThat(duties.rate(LiveMetric.Area.region("990101101201"), LocalDate.of(2025, 7, 1)))
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(
                ((InvalidInputException) e).violations()).extracting(v -> v.field()).contains(field));
    }
}
