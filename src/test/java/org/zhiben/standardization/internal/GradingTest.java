package org.zhiben.standardization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.standardization.GradingState;

/**
 * The grading's state machine: pass marks (一级 90, 二级 80, 三级 70) at their boundaries, the three-year certificate,
 * re-grading due three months before the last day, expiry the day after it, flags during validity only. Time comes
 * from a fixed clock moved by hand.
 */
class GradingTest {

    static final Map<String, Integer> MAX = new LinkedHashMap<>(Map.of("E1", 15, "E2", 10, "E3", 10, "E4", 25, "E5", 20,
            "E6", 10, "E7", 5, "E8", 5));
    static final Grading.Enterprise E = new Grading.Enterprise(UUID.randomUUID(), "测试企业", "990101100201",
            SectorSet.of("03"));
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static Map<String, Integer> scoring(int total) {
        Map<String, Integer> s = new LinkedHashMap<>();
        int left = total;
        for (Map.Entry<String, Integer> m : MAX.entrySet()) {
            int v = Math.min(m.getValue(), left);
            s.put(m.getKey(), v);
            left -= v;
        }
        return s;
    }

    Grading selfAssessed(StandardizationGrade level, int total) {
        return Grading.selfAssess(E, level, scoring(total), MAX, clock.instant());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void theSelfScoreMustReachTheLevelsPassMark() {
        Grading g89 = selfAssessed(StandardizationGrade.GRADE_1, 89);
        assertThat(g89.getSelfScore()).isEqualTo(89);
        assertThatThrownBy(() -> g89.apply(clock.instant())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("90");
        Grading g90 = selfAssessed(StandardizationGrade.GRADE_1, 90);
        g90.apply(clock.instant());
        assertThat(g90.getState()).isEqualTo(GradingState.APPLIED);
        Grading g79 = selfAssessed(StandardizationGrade.GRADE_2, 79);
        assertThatThrownBy(() -> g79.apply(clock.instant())).isInstanceOf(InvalidInputException.class);
        Grading g70 = selfAssessed(StandardizationGrade.GRADE_3, 70);
        g70.apply(clock.instant());
        assertThat(g70.getState()).isEqualTo(GradingState.APPLIED);
    }

    @Test
    void scoresAreCheckedPerElement() {
        Map<String, Integer> over = scoring(80);
        over.put("E7", 6);
        assertThatThrownBy(() -> Grading.selfAssess(E, StandardizationGrade.GRADE_3, over, MAX, clock.instant()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("0至5");
        Map<String, Integer> missing = scoring(80);
        missing.remove("E8");
        assertThatThrownBy(() -> Grading.selfAssess(E, StandardizationGrade.GRADE_3, missing, MAX, clock.instant()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Grading.selfAssess(E, StandardizationGrade.NONE, scoring(80), MAX, clock.instant()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Grading.selfAssess(E, null, scoring(80), MAX, clock.instant()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theWholeWayToACertificateThatExpiresAfterThreeYears() {
        Grading g = selfAssessed(StandardizationGrade.GRADE_2, 85);
        assertThatThrownBy(() -> g.accept(clock.instant())).isInstanceOf(InvalidInputException.class);
        g.apply(clock.instant());
        g.accept(clock.instant());
        assertThatThrownBy(() -> g.review(85, "好", true, clock.instant())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("抽取评审专家");
        g.reviewerAssigned(UUID.randomUUID(), false);
        assertThatThrownBy(() -> g.review(85, "好", false, clock.instant())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("尚未提交报告");
        assertThatThrownBy(() -> g.review(101, "好", true, clock.instant())).isInstanceOf(InvalidInputException.class);
        g.review(80, "达到二级", true, clock.instant());
        assertThat(g.getState()).isEqualTo(GradingState.REVIEWED);
        assertThatThrownBy(() -> g.announce(today(), clock.instant())).isInstanceOf(InvalidInputException.class);
        g.approve(clock.instant());
        setId(g);
        g.announce(today(), clock.instant());
        assertThat(g.getState()).isEqualTo(GradingState.CERTIFIED);
        assertThat(g.getValidFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(g.getValidUntil()).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(g.getCertificateNo()).startsWith("AQBZH2-2026-");

        Period notice = Period.ofMonths(3);
        move(LocalDate.of(2028, 11, 27));
        assertThat(g.regradingDue(today(), notice)).isFalse();
        move(LocalDate.of(2028, 11, 28));
        assertThat(g.regradingDue(today(), notice)).isTrue();
        move(LocalDate.of(2029, 2, 28));
        assertThat(g.expireIfDue(today(), clock.instant())).isFalse();
        move(LocalDate.of(2029, 3, 1));
        assertThat(g.expireIfDue(today(), clock.instant())).isTrue();
        assertThat(g.getState()).isEqualTo(GradingState.EXPIRED);
        assertThat(g.getClosedReason()).contains("2029-02-28");
        assertThat(g.regradingDue(today(), notice)).isFalse();
    }

    @Test
    void aReviewBelowThePassMarkFails() {
        Grading g = selfAssessed(StandardizationGrade.GRADE_1, 95);
        g.apply(clock.instant());
        g.accept(clock.instant());
        g.reviewerAssigned(UUID.randomUUID(), false);
        g.review(89, "现场与资料不符", true, clock.instant());
        assertThat(g.getState()).isEqualTo(GradingState.REJECTED);
        assertThat(g.getClosedReason()).contains("89").contains("90");
    }

    @Test
    void flagsCountOnlyDuringValidityAndRevocationNeedsAReason() {
        Grading g = Grading.registerIssued(E, StandardizationGrade.GRADE_3, "证书001", LocalDate.of(2025, 3, 1),
                today(), clock.instant());
        assertThat(g.getValidUntil()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(g.flagIfValidOn(LocalDate.of(2025, 2, 28), "事故")).isFalse();
        assertThat(g.isReviewFlagged()).isFalse();
        assertThat(g.flagIfValidOn(LocalDate.of(2025, 3, 1), "发现重大事故隐患")).isTrue();
        assertThat(g.isReviewFlagged()).isTrue();
        assertThat(g.getFlagReason()).contains("2025-03-01 发现重大事故隐患");
        assertThatThrownBy(() -> g.clearFlag(" ")).isInstanceOf(InvalidInputException.class);
        g.clearFlag("现场复核,已整改");
        assertThat(g.isReviewFlagged()).isFalse();
        assertThatThrownBy(() -> g.revoke("", clock.instant())).isInstanceOf(InvalidInputException.class);
        g.revoke("发生较大事故", clock.instant());
        assertThat(g.getState()).isEqualTo(GradingState.REVOKED);
        assertThat(g.flagIfValidOn(LocalDate.of(2026, 3, 1), "事故")).isFalse();
    }

    @Test
    void anOldCertificateIsEnteredOnlyWhileValid() {
        // issued 2023-03-02: valid to 2026-03-01, today — may be entered; one day earlier has expired
        assertThat(Grading.registerIssued(E, StandardizationGrade.GRADE_3, "证书002", LocalDate.of(2023, 3, 2), today(),
                clock.instant()).getValidUntil()).isEqualTo(today());
        assertThatThrownBy(() -> Grading.registerIssued(E, StandardizationGrade.GRADE_3, "证书003",
                LocalDate.of(2023, 3, 1), today(), clock.instant())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Grading.registerIssued(E, StandardizationGrade.GRADE_3, "证书004", today().plusDays(1),
                today(), clock.instant())).isInstanceOf(InvalidInputException.class);
    }

    private void move(LocalDate day) {
        clock = Clock.fixed(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    private static void setId(Grading g) {
        // the id is assigned on creation (ScopedRecord); nothing to do, kept for readability of the flow
        assertThat(g.getId()).isNotNull();
    }
}
