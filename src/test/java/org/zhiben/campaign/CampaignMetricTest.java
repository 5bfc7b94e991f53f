package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Ids;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.LiveMetrics;
import org.zhiben.identity.CurrentUser;

/**
 * A milestone bound to hazard's live metric "open major hazards found before the stock baseline = 0 by 2024-12-31"
 * against hazard fixtures in a sector nobody else uses (rolled back after the test): 滞后 on 2025-01-01 while one is
 * open, 已完成 once the last one closes; the escalation ladder proposes 提示 a week later.
 */
@ZhibenTest
@Transactional
class CampaignMetricTest {

    @Autowired
    Campaigns campaigns;
    @Autowired
    LiveMetrics metrics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void as(String username) {
        CurrentUser u = (CurrentUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    private UUID hazard(String level, String state, LocalDate foundOn) {
        UUID id = Ids.newId();
        // a Timestamp, not an Instant: PostgreSQL's driver cannot infer a type for an Instant
        java.sql.Timestamp at = java.sql.Timestamp.from(foundOn.atStartOfDay(org.zhiben.common.Zones.CHINA).toInstant());
        jdbc.update("insert into hazard_hazard (id, enterprise_id, enterprise_name, region_code, sectors, source, level,"
                + " state, type, description, found_at, found_on, reported_by, reported_by_name, overdue, supervised,"
                + " version, created_at, updated_at) values (?, ?, '夹具企业', '990101200201', ',24,', 'DAILY', ?, ?,"
                + " 'SAFETY', '夹具隐患', ?, ?, ?, '夹具', false, false, 0, ?, ?)", id, UUID.randomUUID(), level, state,
                at, java.sql.Date.valueOf(foundOn), UUID.randomUUID(), at, at);
        return id;
    }

    @Test
    void stockTargetLagsWhileAStockHazardIsOpenAndCompletesWhenTheLastOneCloses() {
        UUID stock = hazard("MAJOR", "RECTIFYING", LocalDate.of(2023, 6, 1));
        hazard("MAJOR", "RECTIFYING", LocalDate.of(2024, 5, 1));
        hazard("GENERAL", "RECTIFYING", LocalDate.of(2023, 6, 1));
        hazard("MAJOR", "CLOSED", LocalDate.of(2023, 7, 1));
        LiveMetric.Area area = new LiveMetric.Area("990101200000", Set.of("24"));
        assertThat(metrics.find("hazard.major.stock.open").orElseThrow().measure(area)).isEqualByComparingTo("1");
        assertThat(metrics.find("hazard.major.open").orElseThrow().measure(area)).isEqualByComparingTo("2");
        assertThat(metrics.find("hazard.major.stock.open").orElseThrow()
                .measure(new LiveMetric.Area("990101100000", Set.of("24")))).as("another town").isZero();

        as("county.yjj");
        UUID plan = campaigns.createPlan(new NewPlan("990101200000", PlanLevel.TOWN, "南山乡实施方案(指标)", "南山乡安委办",
                null, null, LocalDate.of(2024, 3, 22), LocalDate.of(2026, 12, 31), null, List.of("动态清零行动")), null);
        UUID task = campaigns.addTask(plan, new NewTask(1, "8", "2024年底前基本消除2023年及以前排查发现的重大事故隐患",
                Set.of("24"), null, List.of(new NewTask.Unit(UnitRole.LEAD, UnitKind.OFFICE, null, "乡安监站")),
                List.of(new NewTask.Target(null, "2024年底前", TargetKind.METRIC, null, Comparison.AT_MOST,
                        BigDecimal.ZERO, null, null, "hazard.major.stock.open"))), null);

        campaigns.evaluate(List.of(task), LocalDate.of(2024, 12, 31));
        assertThat(campaigns.task(task).getState()).isEqualTo(TaskState.NOT_STARTED);
        assertThat(campaigns.task(task).getMilestones().get(0).getLastValue()).isEqualByComparingTo("1");
        campaigns.evaluate(List.of(task), LocalDate.of(2025, 1, 1));
        assertThat(campaigns.task(task).getState()).isEqualTo(TaskState.LAGGING);
        assertThat(campaigns.evaluate(List.of(task), LocalDate.of(2025, 1, 8)).escalationsProposed()).isEqualTo(1);
        assertThat(campaigns.task(task).pendingEscalation().orElseThrow().getStep().label()).isEqualTo("提示");

        long v = campaigns.version(task);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> campaigns.decideEscalation(task, v, false, " "))
                .isInstanceOf(org.zhiben.common.InvalidInputException.class).hasMessageContaining("理由");
        as("town.aj");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> campaigns.decideEscalation(task, v, false, "x"))
                .as("南山乡's plan is not 东关镇's").isInstanceOf(org.zhiben.common.NotFoundException.class);
        as("county.yjj");
        campaigns.decideEscalation(task, v, false, "已约谈企业负责人,整改方案已报");
        assertThat(campaigns.task(task).getEscalations().get(0).getDeclinedByName()).contains("孙监管");
        // decisions are taken now: a declined step comes back a week after today, the next one a week after a confirmation
        LocalDate today = campaigns.today();
        assertThat(campaigns.evaluate(List.of(task), today.plusDays(6)).escalationsProposed()).isZero();
        assertThat(campaigns.evaluate(List.of(task), today.plusDays(7)).escalationsProposed()).isEqualTo(1);
        campaigns.decideEscalation(task, campaigns.version(task), true, null);
        assertThat(campaigns.evaluate(List.of(task), today.plusDays(6)).escalationsProposed()).isZero();
        assertThat(campaigns.evaluate(List.of(task), today.plusDays(7)).escalationsProposed()).isEqualTo(1);
        assertThat(campaigns.task(task).pendingEscalation().orElseThrow().getStep().label()).isEqualTo("督办");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> campaigns.decideEscalation(task, v, true, null))
                .isInstanceOf(org.zhiben.common.StaleVersionException.class);

        assertThat(campaigns.snapshotMetrics(LocalDate.of(2025, 1, 8))).isPositive();
        assertThat(campaigns.snapshotMetrics(LocalDate.of(2025, 1, 8))).as("once a day").isZero();

        jdbc.update("update hazard_hazard set state = 'CLOSED' where id = ?", stock);
        campaigns.evaluate(List.of(task), LocalDate.of(2025, 1, 9));
        assertThat(campaigns.task(task).getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(campaigns.task(task).getCompletedBy()).isEqualTo("TARGETS");
    }

    @Test
    void everyContributedMetricCanBeBoundByKey() {
        assertThat(metrics.all()).extracting(LiveMetric::key).contains("hazard.major.open", "hazard.major.stock.open",
                "hazard.major.found.year");
    }
}
