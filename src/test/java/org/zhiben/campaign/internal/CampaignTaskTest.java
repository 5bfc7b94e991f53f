package org.zhiben.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.campaign.Comparison;
import org.zhiben.campaign.ReportClaim;
import org.zhiben.campaign.TargetKind;
import org.zhiben.campaign.TaskState;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.UnitRole;
import org.zhiben.common.EscalationLadder;
import org.zhiben.common.EscalationStep;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;

/** The task's states under chosen dates: milestones, the straight line, metric targets, returns and escalation. */
class CampaignTaskTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 22);
    private static final Instant NOW = Instant.parse("2024-06-01T02:00:00Z");
    private static final UUID BY = UUID.randomUUID();

    private static List<TaskUnit> lead() {
        return List.of(new TaskUnit(1, UnitRole.LEAD, UnitKind.OFFICE, null, "镇工业办"));
    }

    private static CampaignTask task(Milestone... ms) {
        return new CampaignTask(UUID.randomUUID(), UUID.randomUUID(), "8", "基本消除存量重大事故隐患", SectorSet.EMPTY,
                null, lead(), List.of(ms), NOW);
    }

    private static Milestone stockZero() {
        return new Milestone(1, LocalDate.of(2024, 12, 31), "2024年底前", null, TargetKind.METRIC, Comparison.AT_MOST,
                BigDecimal.ZERO, "项", "hazard.major.stock.open");
    }

    private static Milestone deliverable(LocalDate due) {
        return new Milestone(1, due, null, "建立自查自改常态化机制", TargetKind.DELIVERABLE, null, null, null, null);
    }

    private boolean eval(CampaignTask t, LocalDate day, Map<UUID, BigDecimal> values) {
        return t.evaluate(day, START, values, 10, NOW);
    }

    @Test
    void aTaskWithoutLeadUnitIsRefused() {
        assertThatThrownBy(() -> new CampaignTask(UUID.randomUUID(), UUID.randomUUID(), "1", "x", SectorSet.EMPTY,
                null, List.of(new TaskUnit(1, UnitRole.ASSIST, UnitKind.OFFICE, null, "派出所")), List.of(), NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("责任单位");
    }

    @Test
    void metricBoundStockTargetCompletesWhenTheLastStockHazardClosesAndLagsOnTheFirstOfJanuaryIfOneIsOpen() {
        Milestone m = stockZero();
        CampaignTask t = task(m);
        eval(t, LocalDate.of(2024, 12, 30), Map.of(m.getId(), BigDecimal.ONE));
        assertThat(t.getState()).isEqualTo(TaskState.NOT_STARTED);
        eval(t, LocalDate.of(2024, 12, 31), Map.of(m.getId(), BigDecimal.ONE));
        assertThat(t.getState()).as("due day itself is still in time").isEqualTo(TaskState.NOT_STARTED);
        assertThat(eval(t, LocalDate.of(2025, 1, 1), Map.of(m.getId(), BigDecimal.ONE))).isTrue();
        assertThat(t.getState()).isEqualTo(TaskState.LAGGING);
        assertThat(t.getLaggingSince()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(t.getLagReason()).contains("2024-12-31");
        eval(t, LocalDate.of(2025, 1, 9), Map.of(m.getId(), BigDecimal.ZERO));
        assertThat(t.getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(t.getCompletedBy()).isEqualTo(CampaignTask.BY_TARGETS);
        assertThat(m.getLastValue()).isEqualByComparingTo("0");
        assertThat(t.getLaggingSince()).isNull();

        CampaignTask inTime = task(stockZero());
        Milestone m2 = inTime.getMilestones().get(0);
        eval(inTime, LocalDate.of(2024, 12, 31), Map.of(m2.getId(), BigDecimal.ZERO));
        assertThat(inTime.getState()).isEqualTo(TaskState.COMPLETED);
    }

    @Test
    void aMetricThatStopsHoldingReopensAnAutomaticallyCompletedTask() {
        Milestone m = new Milestone(1, LocalDate.of(2026, 12, 31), "2026年底前", null, TargetKind.METRIC,
                Comparison.AT_MOST, BigDecimal.ZERO, "项", "hazard.major.open");
        CampaignTask t = task(m);
        eval(t, LocalDate.of(2025, 3, 1), Map.of(m.getId(), BigDecimal.ZERO));
        assertThat(t.getState()).isEqualTo(TaskState.COMPLETED);
        eval(t, LocalDate.of(2025, 3, 2), Map.of(m.getId(), BigDecimal.valueOf(2)));
        assertThat(t.getState()).isEqualTo(TaskState.NOT_STARTED);
        eval(t, LocalDate.of(2027, 1, 1), Map.of(m.getId(), BigDecimal.valueOf(2)));
        assertThat(t.getState()).isEqualTo(TaskState.LAGGING);
    }

    @Test
    void behindTheStraightLineIsLaggingAndAReportThatCatchesUpIsInProgress() {
        // 2024-03-22 .. 2026-03-22 is 730 days; on 2025-03-22 (365 days) 50 % is expected
        CampaignTask t = task(deliverable(LocalDate.of(2026, 3, 22)));
        assertThat(t.expectedProgress(LocalDate.of(2025, 3, 22), START)).isEqualTo(50);
        assertThat(t.expectedProgress(START, START)).isZero();
        assertThat(t.expectedProgress(LocalDate.of(2030, 1, 1), START)).isEqualTo(100);
        t.report("2024-09", NOW, BY, "示范", "镇工业办", ReportClaim.PROGRESS, 40, null, "已部署", null, List.of());
        eval(t, LocalDate.of(2025, 3, 22), Map.of());
        assertThat(t.getState()).as("40 + 10 tolerance = 50: not behind").isEqualTo(TaskState.IN_PROGRESS);
        eval(t, LocalDate.of(2025, 4, 22), Map.of());
        assertThat(t.getState()).isEqualTo(TaskState.LAGGING);
        assertThat(t.getLagReason()).contains("40%").contains("54%");
        t.report("2025-03", NOW, BY, "示范", "镇工业办", ReportClaim.PROGRESS, 45, null, "推进中", null, List.of());
        eval(t, LocalDate.of(2025, 4, 22), Map.of());
        assertThat(t.getState()).isEqualTo(TaskState.IN_PROGRESS);
    }

    @Test
    void aMissedDeliverableLagsUntilTheOfficeAcceptsTheCompletionClaim() {
        CampaignTask t = task(deliverable(LocalDate.of(2024, 6, 30)));
        eval(t, LocalDate.of(2024, 7, 1), Map.of());
        assertThat(t.getState()).isEqualTo(TaskState.LAGGING);
        ProgressReport r = t.report("2024-07", NOW, BY, "示范", "镇工业办", ReportClaim.COMPLETED, 100, null,
                "机制已建立", null, List.of());
        eval(t, LocalDate.of(2024, 7, 2), Map.of());
        assertThat(t.getState()).as("a claim is not yet a result").isEqualTo(TaskState.LAGGING);
        t.returnReport(r.getId(), "吴站长", "缺少制度文件", NOW);
        assertThat(t.getState()).isEqualTo(TaskState.RETURNED);
        assertThat(t.getReturnReason()).isEqualTo("缺少制度文件");
        eval(t, LocalDate.of(2024, 7, 3), Map.of());
        assertThat(t.getState()).isEqualTo(TaskState.RETURNED);
        assertThatThrownBy(() -> t.accept(r.getId(), "吴站长", null, LocalDate.of(2024, 7, 3), NOW))
                .isInstanceOf(InvalidInputException.class);
        ProgressReport again = t.report("2024-07", NOW, BY, "示范", "镇工业办", ReportClaim.COMPLETED, 100, null,
                "补充制度文件", null, List.of());
        t.accept(again.getId(), "吴站长", "同意", LocalDate.of(2024, 7, 5), NOW);
        assertThat(t.getState()).isEqualTo(TaskState.COMPLETED);
        assertThat(t.getCompletedBy()).isEqualTo(CampaignTask.BY_OFFICE);
        assertThat(eval(t, LocalDate.of(2025, 1, 1), Map.of())).isFalse();
        assertThat(t.getState()).isEqualTo(TaskState.COMPLETED);
        assertThatThrownBy(() -> t.report("2025-01", NOW, BY, "示范", "镇工业办", ReportClaim.PROGRESS, 100, null,
                "x", null, List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void quantitiesAreSummedOverReportsNotReturned() {
        Milestone q = new Milestone(1, LocalDate.of(2025, 12, 31), null, null, TargetKind.QUANTITY,
                Comparison.AT_LEAST, BigDecimal.valueOf(50), "处", null);
        CampaignTask t = task(q);
        t.report("2024-05", NOW, BY, "示范", "镇工业办", ReportClaim.PROGRESS, 10, BigDecimal.valueOf(30), "改造30处",
                null, List.of());
        eval(t, LocalDate.of(2024, 6, 1), Map.of());
        assertThat(t.getProgress()).isEqualTo(60);
        assertThat(q.met()).isFalse();
        t.report("2024-06", NOW, BY, "示范", "镇工业办", ReportClaim.PROGRESS, 10, BigDecimal.valueOf(19), "再19处",
                null, List.of());
        eval(t, LocalDate.of(2024, 7, 1), Map.of());
        assertThat(q.met()).as("49 < 50").isFalse();
        t.report("2024-07", NOW, BY, "示范", "镇工业办", ReportClaim.PROGRESS, 10, BigDecimal.ONE, "再1处", null,
                List.of());
        eval(t, LocalDate.of(2024, 8, 1), Map.of());
        assertThat(q.met()).isTrue();
        assertThat(t.getState()).isEqualTo(TaskState.COMPLETED);
        assertThatThrownBy(() -> t.report("x", NOW, BY, "示范", "u", ReportClaim.PROGRESS, 101, null, "x", null,
                List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void lagsEscalateOnTheSharedLadderFromPromptAndADeclineNeedsAReason() {
        EscalationLadder ladder = new EscalationLadder(EscalationStep.PROMPT, 7);
        CampaignTask t = task(deliverable(LocalDate.of(2024, 6, 30)));
        eval(t, LocalDate.of(2024, 7, 1), Map.of());
        assertThat(t.escalationDue(ladder, LocalDate.of(2024, 7, 7))).isEmpty();
        assertThat(t.escalationDue(ladder, LocalDate.of(2024, 7, 8))).contains(EscalationStep.PROMPT);
        t.proposeEscalation(EscalationStep.PROMPT, Instant.parse("2024-07-08T01:00:00Z"));
        assertThat(t.escalationDue(ladder, LocalDate.of(2024, 9, 1))).as("one pending at a time").isEmpty();
        assertThatThrownBy(() -> t.decideEscalation(false, BY, "吴站长", " ", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("理由");
        t.decideEscalation(false, BY, "吴站长", "已电话提醒,下周报送", Instant.parse("2024-07-09T01:00:00Z"));
        assertThat(t.getEscalations().get(0).getDeclinedByName()).isEqualTo("吴站长");
        assertThat(t.escalationDue(ladder, LocalDate.of(2024, 7, 15))).isEmpty();
        assertThat(t.escalationDue(ladder, LocalDate.of(2024, 7, 16))).as("declined: same step again")
                .contains(EscalationStep.PROMPT);
        t.proposeEscalation(EscalationStep.PROMPT, Instant.parse("2024-07-16T01:00:00Z"));
        assertThat(t.getEscalations().get(1).getRound()).isEqualTo(2);
        t.decideEscalation(true, BY, "吴站长", null, Instant.parse("2024-07-16T02:00:00Z"));
        assertThat(t.escalationDue(ladder, LocalDate.of(2024, 7, 23))).contains(EscalationStep.SUPERVISE);
        assertThat(EscalationStep.SUPERVISE.next()).isEqualTo(EscalationStep.LETTER);
        assertThatThrownBy(() -> t.decideEscalation(true, BY, "吴站长", null, NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("没有待确认");
    }
}
