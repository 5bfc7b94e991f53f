package org.zhiben.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.hazard.HazardSource;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.inspection.internal.InspectionAccess;
import org.zhiben.inspection.internal.InspectionRecord;
import org.zhiben.inspection.internal.InspectionTask;

/** The task's state machine without a database: who may complete it and when; the record it closes with. */
class InspectionTaskTest {

    static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    static final LocalDate TO = LocalDate.of(2026, 3, 4);
    // 2026-03-03 10:00 in Asia/Shanghai, inside the window
    static final Instant DURING = Instant.parse("2026-03-03T02:00:00Z");
    static final InspectionAccess.Target ENTERPRISE = new InspectionAccess.Target(UUID.randomUUID(), "甲公司",
            "140403001001", Set.of("03"), false, org.zhiben.directory.UnitType.FACTORY_MINE);

    static CurrentUser user(Role role, UUID enterpriseId) {
        return new CurrentUser(UUID.randomUUID(), role.name(), "测试" + role.name(), role, null, null, enterpriseId,
                true, false, false, "x");
    }

    static InspectionTask task(TaskType type, UUID assignee) {
        return InspectionTask.oneOffCheck(new CheckData(type, UUID.randomUUID(), type.label() + ":检查", FROM, TO,
                null, assignee), ENTERPRISE, UUID.randomUUID(), DURING);
    }

    @Test
    void theEnterprisesManagersAndAnUnassignedWorkerMayCompleteItOthersMayNot() {
        InspectionTask open = task(TaskType.COMPREHENSIVE, null);
        assertThat(open.refusalFor(user(Role.ENTERPRISE_PRINCIPAL, ENTERPRISE.id()))).isEmpty();
        assertThat(open.refusalFor(user(Role.ENTERPRISE_SAFETY_MANAGER, ENTERPRISE.id()))).isEmpty();
        assertThat(open.refusalFor(user(Role.ENTERPRISE_WORKER, ENTERPRISE.id()))).isEmpty();
        assertThat(open.refusalFor(user(Role.ENTERPRISE_PRINCIPAL, UUID.randomUUID()))).isPresent();
        assertThat(open.refusalFor(user(Role.OFFICIAL, null))).isPresent();

        CurrentUser principal = user(Role.ENTERPRISE_PRINCIPAL, ENTERPRISE.id());
        InspectionTask principals = task(TaskType.COMPREHENSIVE, principal.id());
        CurrentUser worker = user(Role.ENTERPRISE_WORKER, ENTERPRISE.id());
        assertThatThrownBy(() -> principals.complete(worker, UUID.randomUUID(), DURING))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(principals.view().status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void aGovernmentCheckIsCompletedOnlyByTheOfficialOrExpertAssigned() {
        CurrentUser expert = user(Role.EXPERT, null);
        InspectionTask review = task(TaskType.EXPERT_REVIEW, expert.id());
        assertThat(review.refusalFor(expert)).isEmpty();
        assertThat(review.refusalFor(user(Role.EXPERT, null))).isPresent();
        assertThat(review.refusalFor(user(Role.ENTERPRISE_PRINCIPAL, ENTERPRISE.id()))).isPresent();
    }

    @Test
    void thePrincipalsTasksAreDoneByThePrincipalAndBaobaoChecksByTheirHolder() {
        CurrentUser principal = user(Role.ENTERPRISE_PRINCIPAL, ENTERPRISE.id());
        CurrentUser safety = user(Role.ENTERPRISE_SAFETY_MANAGER, ENTERPRISE.id());
        CurrentUser worker = user(Role.ENTERPRISE_WORKER, ENTERPRISE.id());
        for (TaskType principals : new TaskType[] {TaskType.MAJOR_HAZARD, TaskType.BAOBAO_PRINCIPAL}) {
            InspectionTask t = task(principals, null);
            assertThat(t.refusalFor(principal)).isEmpty();
            assertThat(t.refusalFor(safety)).contains("该任务须由主要负责人本人完成");
            assertThat(t.refusalFor(worker)).contains("该任务须由主要负责人本人完成");
            assertThatThrownBy(() -> t.complete(worker, UUID.randomUUID(), DURING))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("该任务须由主要负责人本人完成");
            assertThat(t.view().status()).isEqualTo(TaskStatus.OPEN);
        }

        InspectionTask held = task(TaskType.BAOBAO_OPERATION, worker.id());
        assertThat(held.refusalFor(worker)).isEmpty();
        assertThat(held.refusalFor(principal)).contains("该包保任务须由包保责任人本人完成");
        assertThat(held.refusalFor(user(Role.ENTERPRISE_WORKER, ENTERPRISE.id()))).isPresent();

        InspectionTask unheld = task(TaskType.BAOBAO_TECHNICAL, null);
        assertThat(unheld.refusalFor(safety)).isEmpty();
        assertThat(unheld.refusalFor(worker)).get().asString().contains("尚未指定包保责任人");
    }

    @Test
    void itIsCompletedOnceInsideItsWindow() {
        CurrentUser safety = user(Role.ENTERPRISE_SAFETY_MANAGER, ENTERPRISE.id());
        InspectionTask t = task(TaskType.SEASONAL, null);
        UUID recordId = UUID.randomUUID();
        // before the first day: a field error; from the end of the last day on: as good as missed
        assertThatThrownBy(() -> t.complete(safety, recordId, Instant.parse("2026-03-01T15:59:59Z")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> t.complete(safety, recordId, Instant.parse("2026-03-04T16:00:00Z")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(t.view().status()).isEqualTo(TaskStatus.OPEN);
        assertThat(t.refusalFor(safety, Instant.parse("2026-03-01T16:00:00Z"))).isEmpty();
        assertThat(t.refusalFor(safety, DURING)).isEmpty();

        t.complete(safety, recordId, DURING);
        assertThat(t.view().status()).isEqualTo(TaskStatus.DONE);
        assertThat(t.view().recordId()).isEqualTo(recordId);
        assertThat(t.snapshot()).containsEntry("status", TaskStatus.DONE).containsEntry("closedAt", DURING);
        assertThat(t.refusalFor(safety, DURING)).isPresent();
        assertThatThrownBy(() -> t.complete(safety, UUID.randomUUID(), DURING))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void theRecordCountsFindingsAndTakesItsSourceFromTheTaskType() {
        CurrentUser safety = user(Role.ENTERPRISE_SAFETY_MANAGER, ENTERPRISE.id());
        InspectionRecord record = new InspectionRecord(task(TaskType.SEASONAL, null), ENTERPRISE, safety, DURING);
        record.answer(new TaskItem(UUID.randomUUID(), "1", "消防通道畅通", "", true, "FIRE"), true,
                AnswerResult.HAZARD, "堆放货物", null, UUID.randomUUID());
        record.answer(new TaskItem(UUID.randomUUID(), "2", "灭火器在有效期内", "", false, "FIRE"), true,
                AnswerResult.OK, null, null, null);
        assertThat(record.view().source()).isEqualTo(HazardSource.SEASONAL);
        assertThat(record.view().recordedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(record.view().findings()).isEqualTo(1);
        assertThat(record.view().hazardIds()).hasSize(1);
        assertThat(record.getSectors().codes()).containsExactly("03");
    }
}
