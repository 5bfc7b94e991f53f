package org.zhiben.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FileStore;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.Photos;
import org.zhiben.common.StaleVersionException;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardReporting;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.NewHazard;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.inspection.internal.InspectionAccess;
import org.zhiben.inspection.internal.InspectionRecord;
import org.zhiben.inspection.internal.InspectionRecordRepository;
import org.zhiben.inspection.internal.InspectionTask;

/**
 * Inspection records: the answers to a task's items, submitted once. A finding (发现隐患) becomes a hazard through the
 * hazard module in the same transaction, carrying the record, unit and measure, the task's source and, for a failed
 * {@code major} item, a proposed 重大 level; the record keeps the hazard ids. The client's idempotency key makes a
 * retry answer the first record, never a second one.
 */
@Service
public class InspectionRecords {

    static final String ENTITY = "InspectionRecord";
    public static final int MAX_NOTE = 1000;

    private static final VersionedChanges.Subject<InspectionTask> TASK = new VersionedChanges.Subject<>(
            InspectionTasks.ENTITY, InspectionTask::getId, InspectionTask::getVersion, InspectionTask::snapshot);

    private final InspectionTasks tasks;
    private final InspectionRecordRepository recordRepository;
    private final VersionedChanges changes;
    private final InspectionAccess access;
    private final HazardReporting hazards;
    private final FileStore files;
    private final IdempotentCreates creates;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionRecords(InspectionTasks tasks, InspectionRecordRepository recordRepository, VersionedChanges changes,
            InspectionAccess access, HazardReporting hazards, FileStore files, IdempotentCreates creates,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.recordRepository = recordRepository;
        this.changes = changes;
        this.access = access;
        this.hazards = hazards;
        this.files = files;
        this.creates = creates;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits the record of a task. {@code expectedVersion} (optional) is the task version the form was built from;
     * {@code idempotencyKey} (optional but sent by every form and client) answers the first record on a retry. Of two
     * concurrent submissions one wins; the other gets a version conflict.
     */
    @Transactional
    public UUID submit(UUID taskId, Long expectedVersion, List<AnswerInput> answers, String idempotencyKey) {
        return creates.once("inspection.record", idempotencyKey, List.of(taskId, answers),
                () -> submit(taskId, expectedVersion, answers));
    }

    private UUID submit(UUID taskId, Long expectedVersion, List<AnswerInput> answers) {
        CurrentUser me = access.me();
        InspectionTask task = tasks.load(taskId);
        InspectionAccess.Target enterprise = access.enterprise(task.getEnterpriseId());
        List<TaskItem> items = tasks.items(task.view());
        validate(items, answers);
        Instant now = clock.instant();
        InspectionRecord record = new InspectionRecord(task, enterprise, me, now);
        // the task's new state is written first: a parallel submission waits for the row, then finds it changed
        changes.apply(TASK, task, expectedVersion == null ? task.getVersion() : expectedVersion, "COMPLETE",
                "完成排查任务 " + task.getTitle(), t -> t.complete(me, record.getId(), now));
        List<String> stored = new ArrayList<>();
        try {
            for (TaskItem item : items) {
                AnswerInput a = answers.stream().filter(x -> item.id().equals(x.itemId())).findFirst().orElseThrow();
                String photoKey = null;
                if (a.photo() != null && a.photo().length > 0) {
                    photoKey = files.store(new ByteArrayInputStream(a.photo()), Photos.TYPES, Photos.MAX_BYTES).key();
                    stored.add(photoKey);
                }
                String note = a.note() == null || a.note().isBlank() ? null : a.note().strip();
                UUID hazardId = a.result() == AnswerResult.HAZARD
                        ? report(task, record, enterprise, item, note, photoKey, me) : null;
                record.answer(item, task.getTemplateId() != null, a.result(), note, photoKey, hazardId);
            }
            recordRepository.saveAndFlush(record);
            auditAndPublish(task, record, enterprise);
            return record.getId();
        } catch (IOException e) {
            cleanUp(stored);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            cleanUp(stored);
            throw e;
        }
    }

    private void auditAndPublish(InspectionTask task, InspectionRecord record, InspectionAccess.Target enterprise) {
        RecordView view = record.view();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("taskId", task.getId());
        after.put("enterpriseId", task.getEnterpriseId());
        after.put("source", view.source());
        after.put("answers", view.answers().size());
        after.put("hazards", view.hazardIds());
        audit.record(AuditRecord.created(ENTITY, view.id(), "提交排查记录 " + task.getTitle(), after));
        events.publishEvent(new InspectionTaskClosed(task.getId(), task.getEnterpriseId(), enterprise.regionCode(),
                enterprise.sectors(), task.getTaskType(), task.isBaobao(), task.getDueDate(), TaskStatus.DONE,
                view.recordedAt()));
        events.publishEvent(new InspectionRecorded(view.id(), task.getId(), task.getEnterpriseId(),
                enterprise.regionCode(), enterprise.sectors(), view.source(), view.recordedOn(), view.findings()));
    }

    /** A finding becomes a hazard carrying the record, unit and measure; a failed major item proposes 重大. */
    private UUID report(InspectionTask task, InspectionRecord record, InspectionAccess.Target enterprise,
            TaskItem item, String note, String photoKey, CurrentUser me) {
        NewHazard finding = new NewHazard(task.getEnterpriseId(), record.getSource(),
                item.major() ? HazardLevel.MAJOR : HazardLevel.GENERAL, hazardType(item.hazardType()), null, null,
                truncate(item.content() + "——" + note, 2000), truncate(task.getTitle(), 200), task.getUnitId(),
                task.getMeasureId(), record.getId(), photoKey == null ? List.of() : List.of(photoKey));
        // an expert has no jurisdiction: the assignment checked by access.enterprise vouches for them
        return me.is(Role.EXPERT)
                ? hazards.reportForAssignedExpert(finding, new HazardReporting.AssignedEnterprise(enterprise.id(),
                        enterprise.name(), enterprise.regionCode(), enterprise.sectors()))
                : hazards.report(finding);
    }

    private static void validate(List<TaskItem> items, List<AnswerInput> answers) {
        List<FieldViolation> v = new ArrayList<>();
        if (answers == null || answers.isEmpty()) {
            throw new InvalidInputException("answers", "请逐项填写检查结果");
        }
        Set<UUID> known = items.stream().map(TaskItem::id).collect(Collectors.toSet());
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput a = answers.get(i);
            String p = "answers[" + i + "].";
            if (a == null || a.itemId() == null || !known.contains(a.itemId())) {
                v.add(new FieldViolation(p + "itemId", "该检查项不属于本任务的检查表"));
                continue;
            }
            if (!seen.add(a.itemId())) {
                v.add(new FieldViolation(p + "itemId", "同一检查项只能回答一次"));
            }
            if (a.result() == null) {
                v.add(new FieldViolation(p + "result", "请选择检查结果"));
            }
            if (a.note() != null && a.note().strip().length() > MAX_NOTE) {
                v.add(new FieldViolation(p + "note", "说明不能超过" + MAX_NOTE + "个字符"));
            }
            if (a.result() == AnswerResult.HAZARD && (a.note() == null || a.note().isBlank())) {
                v.add(new FieldViolation(p + "note", "发现隐患时请描述隐患情况"));
            }
            String photoProblem = a.photo() == null || a.photo().length == 0 ? null : Photos.problem(a.photo());
            if (photoProblem != null) {
                v.add(new FieldViolation(p + "photo", photoProblem));
            }
        }
        for (TaskItem item : items) {
            if (!seen.contains(item.id())) {
                v.add(new FieldViolation("answers", "还有检查项未填写:" + truncate(item.content(), 40)));
                break;
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    @Transactional(readOnly = true)
    public RecordView get(UUID id) {
        return recordRepository.findById(id).filter(r -> access.permits(r.getEnterpriseId(), r.getRegionCode(),
                r.getSectors())).orElseThrow(() -> new NotFoundException("排查记录")).view();
    }

    /** A photo of a record the caller may see (the key must belong to one of its answers). */
    @Transactional(readOnly = true)
    public java.io.InputStream photo(UUID recordId, int position) throws IOException {
        RecordView record = get(recordId);
        if (position < 0 || position >= record.answers().size() || record.answers().get(position).photoKey() == null) {
            throw new NotFoundException("照片");
        }
        return files.open(record.answers().get(position).photoKey());
    }

    private void cleanUp(List<String> keys) {
        for (String k : keys) {
            try {
                files.delete(k);
            } catch (IOException | RuntimeException ignored) {
                // best effort: an orphaned file is harmless
            }
        }
    }

    private static HazardType hazardType(String name) {
        try {
            return HazardType.valueOf(name);
        } catch (RuntimeException e) {
            return HazardType.OTHER;
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
