package org.zhiben.hazard.workflow;

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
    static final PhotoFile PHOTO = new PhotoFile("k.png", FileType.PNG, 10, "a".repeat(64));

    static Hazard reported(HazardSource source, Actor by) {
        return Hazard.report(new NewReport(ENTERPRISE, source, HazardLevel.GENERAL, HazardType.SAFETY, "2101", null,
                "护栏缺失", null, null, null, null, null, null, List.of(), List.of(), null, null), FACTS, by,
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
                List.of(), null, null), FACTS, WORKER, List.of(), NOW)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Hazard.report(new NewReport(ENTERPRISE, HazardSource.DAILY, null,
                HazardType.SAFETY, "1911", null, "坏代码", null, null, null, null, null, null, List.of(),
                List.of(), null, null), FACTS, WORKER, List.of(), NOW)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("GB/T 13861");
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
        assertThat(h.dueEscalation(TODAY.plusDays(17), 7)).isEmpty();
        assertThat(h.dueEscalation(TODAY.plusDays(18), 7)).contains(EscalationStep.LETTER);
        h.proposeEscalation(EscalationStep.LETTER, NOW);
        assertThat(h.dueEscalation(TODAY.plusDays(40), 7)).isEmpty();
        assertThatThrownBy(() -> h.confirmEscalation(SAFETY, null, NOW)).isInstanceOf(AccessDeniedException.class);
        h.confirmEscalation(OFFICIAL, "已发函", Instant.parse("2025-03-20T02:00:00Z"));
        assertThat(h.dueEscalation(LocalDate.of(2025, 3, 26), 7)).isEmpty();
        assertThat(h.dueEscalation(LocalDate.of(2025, 3, 27), 7)).contains(EscalationStep.CIRCULAR);
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
