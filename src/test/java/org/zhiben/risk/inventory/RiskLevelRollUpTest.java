package org.zhiben.risk.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.AnalysisObjectData;
import org.zhiben.risk.AnalysisUnitData;
import org.zhiben.risk.AssessmentData;
import org.zhiben.risk.AssessmentKind;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.DirectBasis;
import org.zhiben.risk.ObjectKind;
import org.zhiben.risk.RiskEventData;
import org.zhiben.risk.assessment.RiskGrading;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.internal.TestGrading;

/** Domain rules of the inventory, without a database: levels, roll-up, direct judgment, reassessment dates. */
class RiskLevelRollUpTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private final RiskGrading grading = TestGrading.defaults();

    private static AnalysisObject object(boolean majorHazardSource) {
        return AnalysisObject.create(UUID.randomUUID(), "990101100201", new AnalysisObjectData(ObjectKind.EQUIPMENT,
                "储罐区", majorHazardSource, majorHazardSource ? "HS-001" : null), NOW);
    }

    private static AnalysisUnit unit(AnalysisObject object, String name) {
        return object.addUnit(new AnalysisUnitData(name, "生产部", "张三", ControlLevel.WORKSHOP), NOW);
    }

    private static RiskEvent event(AnalysisUnit unit) {
        return unit.addEvent(new RiskEventData("泄漏", "2101", Set.of(AccidentType.FIRE)), NOW);
    }

    /** LEC with D = l × e × c. */
    private Assessment lec(RiskEvent event, AssessmentKind kind, String l, String e, String c) {
        return event.assess(new AssessmentData(kind, AssessmentMethod.LEC, Map.of("l", new BigDecimal(l), "e",
                new BigDecimal(e), "c", new BigDecimal(c)), null, null), grading, "tester", "测试员", NOW, TODAY);
    }

    @Test
    void anEventIsAtItsInherentLevelUntilAResidualAssessmentReplacesIt() {
        RiskEvent event = event(unit(object(false), "装配线"));
        assertThat(event.currentLevel()).isNull();

        Assessment inherent = lec(event, AssessmentKind.INHERENT, "6", "6", "15");  // D = 540
        assertThat(inherent.getLevel()).isEqualTo(RiskLevel.MAJOR);
        assertThat(event.currentLevel()).isEqualTo(RiskLevel.MAJOR);

        lec(event, AssessmentKind.RESIDUAL, "1", "6", "7");  // D = 42
        assertThat(event.getInherentLevel()).isEqualTo(RiskLevel.MAJOR);
        assertThat(event.getResidualLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(event.currentLevel()).isEqualTo(RiskLevel.LOW);

        lec(event, AssessmentKind.INHERENT, "3", "6", "7");  // a new inherent score leaves the residual current
        assertThat(event.getInherentLevel()).isEqualTo(RiskLevel.GENERAL);
        assertThat(event.currentLevel()).isEqualTo(RiskLevel.LOW);
    }

    @Test
    void levelsRollUpFromEventsToUnitsToObjectsToTheEnterprise() {
        AnalysisObject press = object(false);
        AnalysisUnit feeding = unit(press, "送料");
        AnalysisUnit cleaning = unit(press, "清理");
        lec(event(feeding), AssessmentKind.INHERENT, "3", "6", "7");    // 126 一般
        RiskEvent pinch = event(feeding);
        lec(pinch, AssessmentKind.INHERENT, "3", "6", "15");            // 270 较大
        lec(pinch, AssessmentKind.RESIDUAL, "1", "6", "7");             // 42 低 — residual counts
        lec(event(cleaning), AssessmentKind.INHERENT, "6", "6", "7");   // 252 较大
        event(cleaning);                                                  // not assessed: no level, no effect

        assertThat(feeding.rollUp()).isEqualTo(RiskLevel.GENERAL);
        assertThat(cleaning.rollUp()).isEqualTo(RiskLevel.LARGE);
        assertThat(press.rollUp()).isEqualTo(RiskLevel.LARGE);

        AnalysisObject store = object(false);
        lec(event(unit(store, "仓库")), AssessmentKind.INHERENT, "1", "3", "3");  // 9 低
        assertThat(store.rollUp()).isEqualTo(RiskLevel.LOW);
        assertThat(object(false).rollUp()).as("nothing assessed").isNull();
        assertThat(Stream.of(store, press, object(false)).map(AnalysisObject::rollUp)
                .reduce(null, RiskLevel::highest)).isEqualTo(RiskLevel.LARGE);
    }

    @Test
    void underAMajorHazardSourceEverythingIsMajorWhateverTheScoreSays() {
        AnalysisObject tanks = object(true);
        assertThat(tanks.rollUp()).as("even with nothing assessed").isEqualTo(RiskLevel.MAJOR);
        AnalysisUnit unit = unit(tanks, "液氨储罐");
        RiskEvent leak = event(unit);
        assertThat(leak.directlyMajor()).isTrue();
        assertThat(leak.currentLevel()).isEqualTo(RiskLevel.MAJOR);

        Assessment scored = lec(leak, AssessmentKind.RESIDUAL, "1", "3", "7");  // 21 低: recorded as scored
        assertThat(scored.getLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(leak.getResidualLevel()).isEqualTo(RiskLevel.LOW);
        assertThat(leak.currentLevel()).isEqualTo(RiskLevel.MAJOR);
        assertThat(unit.rollUp()).isEqualTo(RiskLevel.MAJOR);

        Assessment direct = leak.assess(new AssessmentData(AssessmentKind.INHERENT, AssessmentMethod.DIRECT, Map.of(),
                DirectBasis.MAJOR_HAZARD_SOURCE, null), grading, "tester", "测试员", NOW, TODAY);
        assertThat(direct.getLevel()).isEqualTo(RiskLevel.MAJOR);
        assertThat(direct.getScore()).isNull();
        assertThat(direct.getDirectBasis()).isEqualTo(DirectBasis.MAJOR_HAZARD_SOURCE);
    }

    @Test
    void directJudgmentByMajorHazardSourceNeedsAMajorHazardSource() {
        RiskEvent event = event(unit(object(false), "装配线"));
        assertThatThrownBy(() -> event.assess(new AssessmentData(AssessmentKind.INHERENT, AssessmentMethod.DIRECT,
                Map.of(), DirectBasis.MAJOR_HAZARD_SOURCE, null), grading, "t", "t", NOW, TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("重大危险源");
        assertThatThrownBy(() -> event.assess(new AssessmentData(AssessmentKind.INHERENT, AssessmentMethod.DIRECT,
                Map.of(), DirectBasis.MAJOR_ACCIDENT_HAZARD_CRITERION, " "), grading, "t", "t", NOW, TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("判定标准");

        Assessment byCriterion = event.assess(new AssessmentData(AssessmentKind.INHERENT, AssessmentMethod.DIRECT,
                Map.of(), DirectBasis.MAJOR_ACCIDENT_HAZARD_CRITERION, "特种作业人员未持证上岗作业"), grading, "t", "t",
                NOW, TODAY);
        assertThat(byCriterion.getDirectCriterion()).isEqualTo("特种作业人员未持证上岗作业");
        assertThat(event.currentLevel()).isEqualTo(RiskLevel.MAJOR);
        assertThat(event.directlyMajor()).isFalse();
    }

    @Test
    void aUnitIsDueForReassessmentAYearAfterItsLastAssessmentOrWhenBroughtForward() {
        AnalysisUnit unit = unit(object(false), "装配线");
        assertThat(unit.getReassessmentDue()).isNull();
        assertThat(unit.isReassessmentDue(TODAY.plusYears(5))).isFalse();

        lec(event(unit), AssessmentKind.INHERENT, "3", "6", "7");
        assertThat(unit.getReassessmentDue()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(unit.isReassessmentDue(LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(unit.isReassessmentDue(LocalDate.of(2027, 3, 1))).isTrue();

        unit.bringForwardReassessment(LocalDate.of(2026, 6, 10), "发生机械伤害事故");
        assertThat(unit.getReassessmentDue()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(unit.getReassessmentReason()).isEqualTo("发生机械伤害事故");
        assertThat(unit.isReassessmentDue(LocalDate.of(2026, 6, 10))).isTrue();

        unit.bringForwardReassessment(LocalDate.of(2026, 7, 1), "发现重大事故隐患");
        assertThat(unit.getReassessmentDue()).as("an earlier due date stays").isEqualTo(LocalDate.of(2026, 6, 10));

        lec(event(unit), AssessmentKind.INHERENT, "1", "6", "7");
        assertThat(unit.getReassessmentDue()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(unit.getReassessmentReason()).isNull();
        assertThatThrownBy(() -> unit.bringForwardReassessment(TODAY, " ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void branchesWithChildrenAndAssessedEventsCannotBeRemoved() {
        AnalysisObject o = object(false);
        AnalysisUnit u = unit(o, "装配线");
        RiskEvent e = event(u);
        assertThatThrownBy(o::checkRemovable).hasMessageContaining("1个分析单元");
        assertThatThrownBy(u::checkRemovable).hasMessageContaining("1个风险事件");
        assertThatThrownBy(() -> e.checkRemovable(true)).hasMessageContaining("评估历史须保留");
        e.checkRemovable(false);
    }
}
