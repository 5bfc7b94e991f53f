package org.zhiben.expert.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.zhiben.common.SectorSet;
import org.zhiben.expert.AssignmentKind;
import org.zhiben.expert.ExpertKind;
import org.zhiben.expert.Speciality;
import org.zhiben.expert.TieKind;

/** Who may be sent: term, account, region, sector and conflicts of interest with their windows, boundaries included. */
class ExpertTest {

    static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 6, 10);
    static final Expert.Windows WINDOWS = new Expert.Windows(Period.ofYears(3), Period.ofYears(1));
    static final UUID ENTERPRISE = UUID.randomUUID();
    static final Expert.Target TARGET = new Expert.Target(ENTERPRISE, "测试企业", "990101100201", Set.of("03"));

    static Expert expert(String region, Set<String> sectors, UUID account, List<Expert.Tie> ties) {
        return Expert.create(new Expert.Facts(account, "测试专家", ExpertKind.EXPERT, null, region, SectorSet.of(sectors),
                Set.of(Speciality.DUST), List.of("注册安全工程师"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                new BigDecimal("1000"), null, ties), Instant.parse("2026-01-01T00:00:00Z"));
    }

    static Expert expert(List<Expert.Tie> ties) {
        return expert("990101000000", Set.of("02", "03"), UUID.randomUUID(), ties);
    }

    static java.util.Optional<String> why(Expert e, AssignmentKind kind, boolean identified) {
        return e.exclusion(TARGET, kind, FROM, UNTIL, WINDOWS, identified);
    }

    @Test
    void aQualifiedExpertWithoutTiesMayBeSent() {
        assertThat(why(expert(List.of()), AssignmentKind.DETAILED_CHECK, false)).isEmpty();
        // the whole-platform region of experts moved from before the pool
        assertThat(why(expert(Expert.WHOLE_PLATFORM, Set.of("03"), UUID.randomUUID(), List.of()),
                AssignmentKind.CONSULTATION, false)).isEmpty();
    }

    @Test
    void termAccountRegionSectorAndActivityAreRequired() {
        assertThat(why(expert("990101000000", Set.of("03"), null, List.of()), AssignmentKind.CONSULTATION, false))
                .contains("未关联登录账号");
        assertThat(why(expert("990102000000", Set.of("03"), UUID.randomUUID(), List.of()), AssignmentKind.CONSULTATION,
                false)).contains("不在专家服务区域内");
        assertThat(why(expert("990101000000", Set.of("04"), UUID.randomUUID(), List.of()), AssignmentKind.CONSULTATION,
                false)).contains("专业领域不符");
        Expert e = expert(List.of());
        // the term ends 2026-12-31: an assignment to that day fits, one day more does not
        assertThat(e.exclusion(TARGET, AssignmentKind.CONSULTATION, FROM, LocalDate.of(2026, 12, 31), WINDOWS, false))
                .isEmpty();
        assertThat(e.exclusion(TARGET, AssignmentKind.CONSULTATION, FROM, LocalDate.of(2027, 1, 1), WINDOWS, false))
                .get().asString().startsWith("聘期");
        e.setActive(false, Instant.now());
        assertThat(why(e, AssignmentKind.CONSULTATION, false)).contains("已停用");
    }

    @Test
    void aCurrentEmployerIsAlwaysAConflict() {
        Expert e = expert(List.of(new Expert.Tie(TieKind.CURRENT_EMPLOYER, ENTERPRISE, "测试企业", null)));
        assertThat(why(e, AssignmentKind.CONSULTATION, false)).contains("利益冲突:现任职于该企业");
        // another enterprise's employee is no conflict here
        Expert other = expert(List.of(new Expert.Tie(TieKind.CURRENT_EMPLOYER, UUID.randomUUID(), "别的企业", null)));
        assertThat(why(other, AssignmentKind.CONSULTATION, false)).isEmpty();
    }

    @Test
    void aPastEmployerIsAConflictForThreeYearsToTheDay() {
        // left 2023-06-01: 2023-06-01 + 3 years = 2026-06-01, the assignment's first day — still a conflict
        Expert within = expert(List.of(new Expert.Tie(TieKind.PAST_EMPLOYER, ENTERPRISE, "测试企业",
                LocalDate.of(2023, 6, 1))));
        assertThat(why(within, AssignmentKind.DETAILED_CHECK, false)).contains("利益冲突:3年内曾任职于该企业");
        Expert after = expert(List.of(new Expert.Tie(TieKind.PAST_EMPLOYER, ENTERPRISE, "测试企业",
                LocalDate.of(2023, 5, 31))));
        assertThat(why(after, AssignmentKind.DETAILED_CHECK, false)).isEmpty();
    }

    @Test
    void aServiceIsAConflictForTheServiceWindow() {
        Expert within = expert(List.of(new Expert.Tie(TieKind.SERVED, ENTERPRISE, "测试企业", LocalDate.of(2025, 6, 1))));
        assertThat(why(within, AssignmentKind.STANDARDIZATION_REVIEW, false)).contains("利益冲突:近期曾为该企业提供服务");
        Expert after = expert(List.of(new Expert.Tie(TieKind.SERVED, ENTERPRISE, "测试企业", LocalDate.of(2025, 5, 31))));
        assertThat(why(after, AssignmentKind.STANDARDIZATION_REVIEW, false)).isEmpty();
    }

    @Test
    void whoIdentifiedTheRisksMayNotReviewThem() {
        Expert e = expert(List.of());
        for (AssignmentKind k : AssignmentKind.values()) {
            assertThat(why(e, k, true)).as(k.name()).isEqualTo(k.reviews()
                    ? java.util.Optional.of("利益冲突:近期为该企业做过首次风险辨识") : java.util.Optional.empty());
        }
        assertThat(AssignmentKind.STANDARDIZATION_REVIEW.reviews()).isTrue();
        assertThat(AssignmentKind.MAJOR_CLOSURE.reviews()).isTrue();
        assertThat(AssignmentKind.CONSULTATION.reviews()).isFalse();
    }
}
