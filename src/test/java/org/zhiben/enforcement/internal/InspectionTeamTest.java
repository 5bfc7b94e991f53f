package org.zhiben.enforcement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.enforcement.InspectionMode;
import org.zhiben.enforcement.OnSiteMeasure;

/** The two-officer rule (行政处罚法 第42条) and the 执法证 validity, both ends of the period included. */
class InspectionTeamTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");

    static Officer officer(String cert, LocalDate from, LocalDate until) {
        return Officer.register(UUID.randomUUID(), "执法" + cert, cert, from, until, "990101000000", SectorSet.EMPTY,
                "示范县应急管理局", NOW);
    }

    static Inspection.Facts facts(Set<OnSiteMeasure> measures, LocalDate due) {
        return new Inspection.Facts(InspectionMode.FOUR_NOS, null, null, null, DAY, "车间", "检查情况", measures, null, due);
    }

    static final Inspection.Target TARGET = new Inspection.Target(UUID.randomUUID(), "测试公司", "990101100201",
            SectorSet.of("03"));

    @Test
    void twoOfficersWithCertificatesValidOnTheDayMayInspect() {
        Officer first = officer("ZB000001", DAY, DAY.plusYears(1)); // valid from the day itself
        Officer last = officer("ZB000002", DAY.minusYears(3), DAY); // valid until the day itself
        assertThat(Inspection.teamProblems(List.of(first, last), DAY)).isEmpty();
        Inspection i = Inspection.record(TARGET, "990101000000", "示范县应急管理局", facts(Set.of(), null),
                List.of(first, last), 0, "孙监管", DAY, NOW);
        assertThat(i.getOfficers()).extracting(Inspection.Member::certNo).containsExactly("ZB000001", "ZB000002");
    }

    @Test
    void oneOfficerIsNotEnough() {
        Officer one = officer("ZB000003", DAY.minusYears(1), DAY.plusYears(1));
        assertThat(Inspection.teamProblems(List.of(one), DAY)).extracting(FieldViolation::field)
                .containsExactly("officerIds");
        assertThat(Inspection.teamProblems(List.of(one, one), DAY)).extracting(FieldViolation::message)
                .anyMatch(m -> m.contains("重复")).anyMatch(m -> m.contains("两名以上"));
    }

    @Test
    void aCertificateExpiredTheDayBeforeOrNotYetValidCountsAgainst() {
        Officer ok = officer("ZB000004", DAY.minusYears(1), DAY.plusYears(1));
        Officer expired = officer("ZB000005", DAY.minusYears(3), DAY.minusDays(1));
        Officer future = officer("ZB000006", DAY.plusDays(1), DAY.plusYears(3));
        assertThat(Inspection.teamProblems(List.of(ok, expired), DAY)).extracting(FieldViolation::message)
                .containsExactly("执法ZB000005的执法证(ZB000005)在检查日不在有效期内");
        assertThat(Inspection.teamProblems(List.of(ok, future), DAY)).hasSize(1);
        assertThatThrownBy(() -> Inspection.record(TARGET, "990101000000", "示范县应急管理局", facts(Set.of(), null),
                List.of(ok, expired), 0, "孙监管", DAY, NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rectificationNeedsADueDateAfterTheInspectionAndFindingsNeedAMeasure() {
        List<Officer> team = List.of(officer("ZB000007", DAY.minusYears(1), DAY.plusYears(1)),
                officer("ZB000008", DAY.minusYears(1), DAY.plusYears(1)));
        assertThatThrownBy(() -> Inspection.record(TARGET, "990101000000", "局", facts(Set.of(OnSiteMeasure.RECTIFY),
                DAY), team, 1, "孙监管", DAY, NOW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("整改期限应晚于检查日期");
        assertThatThrownBy(() -> Inspection.record(TARGET, "990101000000", "局", facts(Set.of(), null), team, 1,
                "孙监管", DAY, NOW)).isInstanceOf(InvalidInputException.class).hasMessageContaining("现场处理措施");
        assertThatThrownBy(() -> Inspection.record(TARGET, "990101000000", "局", facts(Set.of(), null), team, 0,
                "孙监管", DAY.minusDays(1), NOW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("不能晚于今天");
        Inspection i = Inspection.record(TARGET, "990101000000", "局", facts(Set.of(OnSiteMeasure.RECTIFY),
                DAY.plusDays(1)), team, 1, "孙监管", DAY, NOW);
        assertThat(i.getRectifyDue()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void aDoubleRandomInspectionNamesItsDraw() {
        List<Officer> team = List.of(officer("ZB000009", DAY.minusYears(1), DAY.plusYears(1)),
                officer("ZB000010", DAY.minusYears(1), DAY.plusYears(1)));
        assertThatThrownBy(() -> Inspection.record(TARGET, "990101000000", "局", new Inspection.Facts(
                InspectionMode.DOUBLE_RANDOM, null, null, null, DAY, "车间", "情况", Set.of(), null, null), team, 0,
                "孙监管", DAY, NOW)).isInstanceOf(InvalidInputException.class).hasMessageContaining("抽取结果");
    }
}
