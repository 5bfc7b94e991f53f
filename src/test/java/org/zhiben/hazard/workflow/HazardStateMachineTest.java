package org.zhiben.hazard.workflow;

import org.zhiben.common.EscalationStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StoredFile;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ManageType;
import org.zhiben.identity.Role;

/** The state machine without Spring: transitions, role guards, plan, signatures and escalation at fixed instants. */
class HazardStateMachineTest {

    static final UUID ENTERPRISE = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    static final Actor WORKER = new Actor(UUID.randomUUID(), "职工", Role.ENTERPRISE_WORKER, ENTERPRISE);
    static final Actor SAFETY = new Actor(UUID.randomUUID(), "安全员", Role.ENTERPRISE_SAFETY_MANAGER, ENTERPRISE);
    static final Actor BOSS = new Actor(UUID.randomUUID(), "负责人", Role.ENTERPRISE_PRINCIPAL, ENTERPRISE);
    static final Actor OTHER = new Actor(UUID.randomUUID(), "外企", Role.ENTERPRISE_PRINCIPAL, UUID.randomUUID());
    static final Actor OFFICIAL = new Actor(UUID.randomUUID(), "审核人", Role.OFFICIAL, null);
    static final Actor HEAD = new Actor(UUID.randomUUID(), "负责人", Role.OFFICIAL, null);
    static final Hazard.EnterpriseFacts FACTS = new Hazard.EnterpriseFacts(ENTERPRISE, "示范", "990101100000",
            Set.of("04", "03"));
    static final StoredFile PHOTO = new StoredFile("k.png", FileType.PNG, 10, "a".repeat(64));

    static Hazard reported(HazardSource source, Actor by) {
        return Hazard.report(new NewReport(ENTERPRISE, source, HazardLevel.GENERAL, HazardType.SAFETY, "2101", null,
                "护栏缺失", null, null, null, null, null, null, List.of(), List.of(), null, null, null), FACTS, by,
                List.of(PHOTO), NOW);
    }

    static Assignment assignment(HazardLevel level, LocalDate deadline) {
        return new Assignment(level, deadline, WORKER.id(), null, null, "加装护栏", BigDecimal.TEN, null);
    }

    @Test
    void generalLoopWithGuards() {
        Hazard h = reported(HazardSource.DAILY, WORKER);
        assertThat(h.getState()).isEqualTo(HazardState.REPORTED);
        assertThat(h.facts().sectors()).isEqualTo(",03,04,");
        assertThat(h.allowedActions(WORKER)).doesNotContain(HazardAction.CONFIRM);
        assertThat(h.allowedActions(OFFICIAL)).doesNotContain(HazardAction.CONFIRM, HazardAction.REJECT);
        assertThat(h.allowedActions(OTHER)).isEmpty();
        assertThatThrownBy(() -> h.confirm(WORKER, assignment(HazardLevel.GENERAL, TODAY), "职工", TODAY, NOW))
                .isInstanceOf(AccessDeniedException.class);
        h.confirm(SAFETY, assignment(HazardLevel.GENERAL, TODAY), "职工", TODAY, NOW);
        assertThat(h.getState()).isEqualTo(HazardState.CONFIRMED);
        assertThat(h.allowedActions(WORKER)).contains(HazardAction.START, HazardAction.REQUEST_EXTENSION);
        h.start(WORKER, NOW);
        assertThatThrownBy(() -> h.submit(WORKER, "已装", null, List.of(), NOW))
                .isInstanceOf(InvalidInputException.class);
        h.submit(WORKER, "已装", BigDecimal.ONE, List.of(PHOTO), NOW);
        assertThatThrownBy(() -> h.accept(WORKER, null, "SM3", NOW)).isInstanceOf(AccessDeniedException.class);
        h.accept(SAFETY, null, "SM3", NOW);
        assertThat(h.getState()).isEqualTo(HazardState.CLOSED);
        assertThat(h.getClosedOn()).isEqualTo(TODAY);
        assertThat(h.getTransitions()).extracting(Transition::getAction)
                .containsExactly("REPORT", "CONFIRM", "START", "SUBMIT", "ACCEPT");
        assertThatThrownBy(() -> h.start(SAFETY, NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deadlineInThePastAndImmediateMajorAreRefused() {
        Hazard h = reported(HazardSource.DAILY, WORKER);
        assertThatThrownBy(() -> h.confirm(SAFETY, assignment(HazardLevel.GENERAL, TODAY.minusDays(1)), "职工",
                TODAY, NOW)).isInstanceOf(InvalidInputException.class).hasMessageContaining("时限");
        assertThatThrownBy(() -> Hazard.report(new NewReport(ENTERPRISE, HazardSource.DAILY, HazardLevel.MAJOR,
                HazardType.SAFETY, null, null, "重大", null, null, null, null, null, ManageType.IMMEDIATE, List.of(),
                List.of(), null, null, null), FACTS, WORKER, List.of(), NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Hazard.report(new NewReport(ENTERPRISE, HazardSource.DAILY, null,
                HazardType.SAFETY, "1911", null, "坏代码", null, null, null, null, null, null, List.of(),
                List.of(), null, null, null), FACTS, WORKER, List.of(), NOW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("GB/T 13861");
    }

    @Test
    void sourcesFollowWhoReports() {
        Actor expert = new Actor(UUID.randomUUID(), "专家", Role.EXPERT, null);
        assertThat(reported(HazardSource.EXPERT_REVIEW, expert).getSource()).isEqualTo(HazardSource.EXPERT_REVIEW);
        assertThat(refused(() -> reported(HazardSource.SUPERVISION, expert)).getMessage()).contains("专家精查");
        assertThat(refused(() -> reported(HazardSource.DAILY, OFFICIAL)).getMessage()).contains("监管人员");
        assertThat(refused(() -> reported(HazardSource.PUBLIC_TIP, WORKER)).getMessage()).contains("监管渠道");
        assertThat(reported(HazardSource.SUPERVISION, OFFICIAL).getSource()).isEqualTo(HazardSource.SUPERVISION);
    }

    static NewReport foundOn(LocalDate day, ManageType manage) {
        return new NewReport(ENTERPRISE, HazardSource.DAILY, HazardLevel.GENERAL, HazardType.SAFETY, null, null,
                "补录的护栏缺失", null, null, null, null, null, manage, List.of(), List.of(), null, null, day);
    }

    static InvalidInputException refused(Runnable r) {
        return org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, r::run);
    }

    @Test
    void foundDateIsTodayAtTheLatestAndNotBefore2000() {
        // 2025-02-28T16:30Z is already 2025-03-01 00:30 in Shanghai: that day is today, the next is tomorrow
        Instant justAfterMidnight = Instant.parse("2025-02-28T16:30:00Z");
        Hazard today = Hazard.report(foundOn(TODAY, null), FACTS, SAFETY, List.of(PHOTO), justAfterMidnight);
        assertThat(today.getFoundOn()).isEqualTo(TODAY);
        assertThat(today.isBackdated()).isFalse();
        assertThat(today.getFoundAt()).isEqualTo(justAfterMidnight);
        assertThat(refused(() -> Hazard.report(foundOn(TODAY.plusDays(1), null), FACTS, SAFETY, List.of(),
                justAfterMidnight)).violations()).extracting(f -> f.field()).containsExactly("foundOn");

        Hazard earliest = Hazard.report(foundOn(LocalDate.of(2000, 1, 1), null), FACTS, BOSS, List.of(), NOW);
        assertThat(earliest.isBackdated()).isTrue();
        assertThat(earliest.getFoundAt()).isEqualTo(Instant.parse("1999-12-31T16:00:00Z"));
        assertThat(refused(() -> Hazard.report(foundOn(LocalDate.of(1999, 12, 31), null), FACTS, BOSS, List.of(),
                NOW)).violations()).extracting(f -> f.field()).containsExactly("foundOn");
        // officials may back-date a government-channel finding; workers always report now
        Hazard byOfficial = Hazard.report(new NewReport(ENTERPRISE, HazardSource.SUPERVISION, null, HazardType.SAFETY,
                null, null, "检查发现", null, null, null, null, null, null, List.of(), List.of(), null, null,
                TODAY.minusDays(3)), FACTS, OFFICIAL, List.of(), NOW);
        assertThat(byOfficial.getFoundOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(refused(() -> Hazard.report(foundOn(TODAY.minusDays(3), null), FACTS, WORKER, List.of(), NOW))
                .violations()).extracting(f -> f.field()).containsExactly("foundOn");
        assertThat(refused(() -> Hazard.report(foundOn(TODAY, null), FACTS, WORKER, List.of(), NOW))
                .violations()).extracting(f -> f.field()).containsExactly("foundOn");
    }

    @Test
    void backdatedHazardIsMarkedAndMayBeConfirmedWithADeadlineFromItsFoundDate() {
        LocalDate found = LocalDate.of(2023, 5, 10);
        Hazard h = Hazard.report(foundOn(found, null), FACTS, SAFETY, List.of(PHOTO), NOW);
        assertThat(h.isBackdated()).isTrue();
        assertThat(h.facts().foundOn()).isEqualTo(found);
        assertThat(h.getTransitions().get(0).getNote()).startsWith("补录,发现于 2023-05-10");
        assertThat(h.earliestDeadline(TODAY)).isEqualTo(found);
        assertThat(refused(() -> h.confirm(SAFETY, assignment(HazardLevel.GENERAL, found.minusDays(1)), "职工", TODAY,
                NOW)).getMessage()).contains("发现日期");
        h.confirm(SAFETY, assignment(HazardLevel.GENERAL, found), "职工", TODAY, NOW);
        assertThat(h.getDeadline()).isEqualTo(found);
        assertThat(h.refreshOverdue(TODAY)).isTrue();
        assertThat(h.isOverdue()).isTrue();

        // a normal hazard still needs a deadline from today on
        Hazard normal = reported(HazardSource.DAILY, WORKER);
        assertThat(normal.isBackdated()).isFalse();
        assertThat(normal.earliestDeadline(TODAY)).isEqualTo(TODAY);
        assertThat(refused(() -> normal.confirm(SAFETY, assignment(HazardLevel.GENERAL, TODAY.minusDays(1)), "职工",
                TODAY, NOW)).getMessage()).contains("不能早于今天");
        normal.confirm(SAFETY, assignment(HazardLevel.GENERAL, TODAY), "职工", TODAY, NOW);
        assertThat(normal.getTransitions().get(0).getNote()).doesNotContain("补录");
    }

    @Test
    void backdatedImmediateFixIsClosedOnItsFoundDate() {
        LocalDate found = LocalDate.of(2023, 11, 2);
        Hazard h = Hazard.report(foundOn(found, ManageType.IMMEDIATE), FACTS, SAFETY, List.of(PHOTO), NOW);
        h.fixImmediately(SAFETY, "当场整改", null, List.of(PHOTO), NOW);
        assertThat(h.getState()).isEqualTo(HazardState.CLOSED);
        assertThat(h.getClosedOn()).isEqualTo(found);
        assertThat(h.getDeadline()).isEqualTo(found);
    }

    @Test
    void majorPlanSignaturesVoidingAndClosure() {
        Hazard h = reported(HazardSource.DAILY, SAFETY);
        h.confirm(SAFETY, assignment(HazardLevel.MAJOR, TODAY.plusDays(30)), "职工", TODAY, NOW);
        InvalidInputException missing = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> h.start(SAFETY, NOW));
        assertThat(missing.violations()).hasSize(8);
        h.editPlan(SAFETY, new MajorPlan("现状", "分析", "目标", "方法", "经费", "机构", "时限", "预案"), NOW);
        h.start(SAFETY, NOW);
        h.submit(SAFETY, "完成", null, List.of(PHOTO), NOW);
        assertThat(h.allowedActions(OFFICIAL)).doesNotContain(HazardAction.SIGN);
        h.sign(BOSS, "SM3", NOW);
        h.sign(OFFICIAL, "SM3", NOW);
        assertThat(h.allowedActions(OFFICIAL)).doesNotContain(HazardAction.SIGN);
        assertThatThrownBy(() -> h.sign(OFFICIAL, "SM3", NOW)).isInstanceOf(AccessDeniedException.class);
        h.editPlan(SAFETY, new MajorPlan("现状2", "分析", "目标", "方法", "经费", "机构", "时限", "预案"), NOW);
        assertThat(h.getSignatures()).allMatch(s -> s.getVoidedAt() != null);
        assertThat(h.nextSignature()).contains(SignatureRole.PRINCIPAL);
        h.sign(BOSS, "SHA-256", NOW);
        h.sign(OFFICIAL, "SM3", NOW);
        assertThatThrownBy(() -> h.accept(HEAD, null, "SM3", NOW)).isInstanceOf(InvalidInputException.class);
        h.sign(HEAD, "SM3", NOW);
        assertThat(h.getSignatures()).filteredOn(s -> s.getVoidedAt() == null).extracting(Signature::getRole)
                .containsExactly(SignatureRole.PRINCIPAL, SignatureRole.REVIEWER, SignatureRole.HEAD);
        assertThatThrownBy(() -> h.accept(SAFETY, null, "SM3", NOW)).isInstanceOf(AccessDeniedException.class);
        h.accept(HEAD, null, "SM3", NOW);
        assertThat(h.getState()).isEqualTo(HazardState.CLOSED);
    }

    @Test
    void overdueAndTheLadder() {
        Hazard h = reported(HazardSource.SUPERVISION, OFFICIAL);
        h.confirm(OFFICIAL, assignment(HazardLevel.MAJOR, TODAY.plusDays(10)), "职工", TODAY, NOW);
        assertThat(h.markOverdue(TODAY.plusDays(10), NOW)).isFalse();
        assertThat(h.markOverdue(TODAY.plusDays(11), NOW)).isTrue();
        assertThat(h.markOverdue(TODAY.plusDays(11), NOW)).isFalse();
        assertThat(h.facts().overdue()).isTrue();
        assertThat(new EscalationPolicy(7).due(h, TODAY.plusDays(17))).isEmpty();
        assertThat(new EscalationPolicy(7).due(h, TODAY.plusDays(18))).contains(EscalationStep.LETTER);
        h.proposeEscalation(EscalationStep.LETTER, NOW);
        assertThat(new EscalationPolicy(7).due(h, TODAY.plusDays(40))).isEmpty();
        assertThatThrownBy(() -> h.confirmEscalation(SAFETY, null, NOW)).isInstanceOf(AccessDeniedException.class);
        h.confirmEscalation(OFFICIAL, "已发函", Instant.parse("2025-03-20T02:00:00Z"));
        assertThat(new EscalationPolicy(7).due(h, LocalDate.of(2025, 3, 26))).isEmpty();
        assertThat(new EscalationPolicy(7).due(h, LocalDate.of(2025, 3, 27))).contains(EscalationStep.CIRCULAR);
        assertThat(EscalationStep.INTERVIEW.next()).isEqualTo(EscalationStep.EXPOSURE);
        assertThat(EscalationStep.EXPOSURE.next()).isNull();
    }

    @Test
    void governmentChannelRejectedOnlyByOfficials() {
        Hazard h = reported(HazardSource.PUBLIC_TIP, OFFICIAL);
        assertThatThrownBy(() -> h.reject(SAFETY, RejectionKind.NOT_A_HAZARD, "不是", null, NOW))
                .isInstanceOf(AccessDeniedException.class);
        h.reject(OFFICIAL, RejectionKind.NOT_A_HAZARD, "经核实不构成隐患", null, NOW);
        assertThat(h.getState()).isEqualTo(HazardState.REJECTED);
        assertThat(h.allowedActions(OFFICIAL)).isEmpty();
    }
}
