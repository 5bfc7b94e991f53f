package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zhiben.training.TrainingRequirements.Facts;
import org.zhiben.training.TrainingRequirements.Gap;
import org.zhiben.training.TrainingRequirements.Hours;

/** DOMAIN §10 figures and boundaries: hours, induction levels, retraining, certificates, scoring, drill windows. */
class TrainingRulesTest {

    static final TrainingRules RULES = TrainingRules.defaults();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static Map<String, Gap> gaps(Facts f, Hours... h) {
        return TrainingRequirements.of(f, List.of(h), TODAY, RULES).stream()
                .collect(Collectors.toMap(Gap::code, g -> g));
    }

    static Hours h(HoursKind k, int hours, LocalDate on) {
        return new Hours(k, BigDecimal.valueOf(hours), on);
    }

    @Test
    void principalNeeds32InitialAnd12YearlyOr48And16InHighRisk() {
        Facts ordinary = new Facts(true, false, false, LocalDate.of(2020, 1, 1), null, null, null);
        Map<String, Gap> g = gaps(ordinary, h(HoursKind.INITIAL, 32, LocalDate.of(2020, 2, 1)),
                h(HoursKind.YEARLY, 11, LocalDate.of(2026, 3, 1)), h(HoursKind.YEARLY, 30, LocalDate.of(2025, 3, 1)));
        assertThat(g.get("INITIAL").met()).isTrue();
        assertThat(g.get("YEARLY").met()).isFalse(); // 11 this year; last year's 30 do not count
        assertThat(g.get("YEARLY").missing()).isEqualByComparingTo("1");
        Facts highRisk = new Facts(false, true, true, LocalDate.of(2020, 1, 1), null, null, null);
        Map<String, Gap> hr = gaps(highRisk, h(HoursKind.INITIAL, 47, LocalDate.of(2020, 2, 1)),
                h(HoursKind.YEARLY, 16, LocalDate.of(2026, 1, 1)));
        assertThat(hr.get("INITIAL").met()).isFalse();
        assertThat(hr.get("INITIAL").required()).isEqualByComparingTo("48");
        assertThat(hr.get("YEARLY").met()).isTrue(); // exactly 16 meets "不少于16"
    }

    @Test
    void aPrincipalStartedThisYearOwesOnlyTheInitialTraining() {
        Facts f = new Facts(true, false, false, LocalDate.of(2026, 1, 1), null, null, null);
        assertThat(gaps(f)).containsOnlyKeys("INITIAL");
    }

    @Test
    void newWorkers24Or72HoursOverThreeLevelsAnd20YearlyInHighRisk() {
        Facts worker = new Facts(false, false, false, LocalDate.of(2026, 5, 1), null, null, null);
        Map<String, Gap> g = gaps(worker, h(HoursKind.FACTORY, 8, LocalDate.of(2026, 5, 1)),
                h(HoursKind.WORKSHOP, 8, LocalDate.of(2026, 5, 2)), h(HoursKind.TEAM, 8, LocalDate.of(2026, 5, 3)));
        assertThat(g.get("PRE_WORK").met()).isTrue();
        assertThat(g).doesNotContainKey("YEARLY");
        Map<String, Gap> missingTeam = gaps(worker, h(HoursKind.FACTORY, 16, LocalDate.of(2026, 5, 1)),
                h(HoursKind.WORKSHOP, 8, LocalDate.of(2026, 5, 2)));
        assertThat(missingTeam.get("PRE_WORK").met()).isTrue();
        assertThat(missingTeam.get("LEVEL_TEAM").met()).isFalse();
        Facts hr = new Facts(false, false, true, LocalDate.of(2024, 5, 1), null, null, null);
        Map<String, Gap> h = gaps(hr, h(HoursKind.FACTORY, 24, LocalDate.of(2024, 5, 1)),
                h(HoursKind.WORKSHOP, 24, LocalDate.of(2024, 5, 2)), h(HoursKind.TEAM, 23, LocalDate.of(2024, 5, 3)),
                h(HoursKind.YEARLY, 20, LocalDate.of(2026, 1, 1)));
        assertThat(h.get("PRE_WORK").met()).isFalse(); // 71 < 72
        assertThat(h.get("PRE_WORK").missing()).isEqualByComparingTo("1");
        assertThat(h.get("YEARLY").met()).isTrue();
    }

    @Test
    void retrainingAfterAChangeOfPostOrAYearAway() {
        Facts changed = new Facts(false, false, false, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 1), null, null);
        Map<String, Gap> g = gaps(changed, h(HoursKind.WORKSHOP, 4, LocalDate.of(2026, 5, 31)),
                h(HoursKind.TEAM, 4, LocalDate.of(2026, 6, 1)));
        assertThat(g.get("RETRAIN_WORKSHOP").met()).isFalse(); // the day before does not count
        assertThat(g.get("RETRAIN_TEAM").met()).isTrue(); // the day itself does
        Facts exactlyAYear = new Facts(false, false, false, LocalDate.of(2020, 1, 1), null, LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 3, 1));
        assertThat(TrainingRequirements.retrainingTrigger(exactlyAYear)).isEqualTo(LocalDate.of(2026, 3, 1));
        Facts aDayShort = new Facts(false, false, false, LocalDate.of(2020, 1, 1), null, LocalDate.of(2025, 3, 2),
                LocalDate.of(2026, 3, 1));
        assertThat(TrainingRequirements.retrainingTrigger(aDayShort)).isNull();
        assertThat(gaps(aDayShort)).doesNotContainKey("RETRAIN_TEAM");
    }

    @Test
    void highRiskNeedsTheSectorAndTheDirectoryFlag() {
        assertThat(RULES.highRisk(Set.of("02"), true)).isTrue();
        assertThat(RULES.highRisk(Set.of("02"), false)).isFalse();
        assertThat(RULES.highRisk(Set.of("04"), true)).isFalse();
        assertThat(RULES.metalSmelting(Set.of("03"), true)).isTrue();
    }

    @Test
    void specialOperationCertificateValidSixYearsReviewedEveryThree() {
        LocalDate issued = LocalDate.of(2023, 3, 1);
        CertificateTerms t = new CertificateTerms(issued, CertificateTerms.defaultValidUntil(issued, 6), null, 3);
        assertThat(t.validUntil()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(t.nextReview()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(t.validOn(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(t.validOn(LocalDate.of(2026, 3, 2))).isFalse(); // review missed
        CertificateTerms reviewed = new CertificateTerms(issued, t.validUntil(), LocalDate.of(2026, 2, 1), 3);
        assertThat(reviewed.nextReview()).isEqualTo(LocalDate.of(2029, 2, 1));
    }

    @Test
    void reviewAfterTheLastReviewAndDueIsTheEarlierDate() {
        LocalDate issued = LocalDate.of(2020, 3, 1);
        CertificateTerms reviewed = new CertificateTerms(issued, LocalDate.of(2026, 3, 1), LocalDate.of(2023, 2, 1), 3);
        assertThat(reviewed.nextReview()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(reviewed.due()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void remindersAt90_60_30_7AndOnTheDayOnceEach() {
        LocalDate due = LocalDate.of(2027, 3, 1);
        CertificateTerms t = new CertificateTerms(LocalDate.of(2021, 3, 1), due, null, 0);
        List<Integer> steps = RULES.reminderDays();
        assertThat(t.reminderStep(due.minusDays(91), steps, null, null)).isNull();
        assertThat(t.reminderStep(due.minusDays(90), steps, null, null)).isEqualTo(90);
        assertThat(t.reminderStep(due.minusDays(89), steps, due, 90)).isNull(); // sent already
        assertThat(t.reminderStep(due.minusDays(60), steps, due, 90)).isEqualTo(60);
        assertThat(t.reminderStep(due.minusDays(20), steps, due, 60)).isEqualTo(30); // a missed day caught up
        assertThat(t.reminderStep(due.minusDays(7), steps, due, 30)).isEqualTo(7);
        assertThat(t.reminderStep(due, steps, due, 7)).isEqualTo(0);
        assertThat(t.reminderStep(due, steps, due, 0)).isNull();
        assertThat(t.reminderStep(due.plusDays(1), steps, due, 0)).isNull();
        assertThat(t.reminderStep(due.minusDays(90), steps, due.minusYears(3), 0)).isEqualTo(90); // a new due date
    }

    @Test
    void scoringPerTypeMultipleAllOrNothingUnlessConfigured() {
        assertThat(Scoring.points(QuestionType.SINGLE, "B", "B", 2, false)).isEqualTo(2);
        assertThat(Scoring.points(QuestionType.SINGLE, "B", "C", 2, false)).isZero();
        assertThat(Scoring.points(QuestionType.JUDGE, "T", "T", 2, false)).isEqualTo(2);
        assertThat(Scoring.points(QuestionType.JUDGE, "T", "F", 2, false)).isZero();
        assertThat(Scoring.points(QuestionType.MULTIPLE, "ACD", "DCA", 4, false)).isEqualTo(4);
        assertThat(Scoring.points(QuestionType.MULTIPLE, "ACD", "AC", 4, false)).isZero();
        assertThat(Scoring.points(QuestionType.MULTIPLE, "ACD", "AC", 4, true)).isEqualTo(2);
        assertThat(Scoring.points(QuestionType.MULTIPLE, "ACD", "AB", 4, true)).isZero();
        assertThat(Scoring.points(QuestionType.MULTIPLE, "ACD", "", 4, true)).isZero();
    }

    @Test
    void drillWindowsAtHalfYearAndYearEnds() {
        List<DrillCompliance.Held> held = List.of(
                new DrillCompliance.Held(DrillKind.EVACUATION, AreaType.OFFICE, LocalDate.of(2026, 6, 30)),
                new DrillCompliance.Held(DrillKind.ONSITE, AreaType.PRODUCTION, LocalDate.of(2026, 7, 1)),
                new DrillCompliance.Held(DrillKind.SPECIAL, AreaType.PRODUCTION, LocalDate.of(2026, 12, 31)));
        List<DrillCompliance.Window> w = DrillCompliance.of(2026, true, held, LocalDate.of(2026, 7, 1), 30);
        DrillCompliance.Window officeH1 = w.stream().filter(x -> x.area() == AreaType.OFFICE
                && x.to().getMonthValue() == 6).findFirst().orElseThrow();
        assertThat(officeH1.status()).isEqualTo(DrillCompliance.Status.DONE); // held on the last day
        DrillCompliance.Window livingH1 = w.stream().filter(x -> x.area() == AreaType.LIVING
                && x.to().getMonthValue() == 6).findFirst().orElseThrow();
        assertThat(livingH1.status()).isEqualTo(DrillCompliance.Status.MISSED); // missed the day after
        DrillCompliance.Window onsiteH1 = w.stream().filter(x -> x.duty().startsWith("现场")
                && x.to().getMonthValue() == 6).findFirst().orElseThrow();
        assertThat(onsiteH1.status()).isEqualTo(DrillCompliance.Status.MISSED); // 07-01 belongs to H2
        List<DrillCompliance.Window> ordinary = DrillCompliance.of(2026, false, held, LocalDate.of(2026, 12, 31), 30);
        assertThat(ordinary.stream().filter(x -> x.area() == AreaType.OFFICE)).hasSize(1)
                .allMatch(x -> x.status() == DrillCompliance.Status.DONE);
        assertThat(ordinary.stream().filter(x -> x.area() == AreaType.LIVING))
                .allMatch(x -> x.status() == DrillCompliance.Status.DUE_SOON);
        assertThat(ordinary.stream().filter(x -> x.duty().startsWith("综合")))
                .allMatch(x -> x.status() == DrillCompliance.Status.DONE);
        assertThat(DrillCompliance.of(2026, false, held, LocalDate.of(2027, 1, 1), 30).stream()
                .filter(x -> x.area() == AreaType.LIVING)).allMatch(x -> x.status() == DrillCompliance.Status.MISSED);
    }
}
