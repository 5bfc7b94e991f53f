package org.zhiben.inspection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FileStore;
import org.zhiben.common.FileType;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.common.Zones;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardReporting;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.NewHazard;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.inspection.internal.InspectionAccess;

/**
 * Inspection records: the answers to a task's items, submitted once. A finding (发现隐患) becomes a hazard through the
 * hazard module in the same transaction, carrying the record, unit and measure, the task's source and, for a failed
 * {@code major} item, a proposed 重大 level; the record keeps the hazard ids. The client's idempotency key makes a
 * retry answer the first record, never a second one.
 */
@Service
public class InspectionRecords {

    static final String ENTITY = "InspectionRecord";
    public static final long MAX_PHOTO_BYTES = 10L * 1024 * 1024;
    public static final int MAX_NOTE = 1000;

    private final JdbcTemplate jdbc;
    private final InspectionTasks tasks;
    private final InspectionAccess access;
    private final HazardReporting hazards;
    private final FileStore files;
    private final IdempotentCreates creates;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionRecords(JdbcTemplate jdbc, InspectionTasks tasks, InspectionAccess access,
            HazardReporting hazards, FileStore files, IdempotentCreates creates, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
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
     * {@code idempotencyKey} (optional but sent by every form and client) answers the first record on a retry.
     */
    @Transactional
    public UUID submit(UUID taskId, Long expectedVersion, List<AnswerInput> answers, String idempotencyKey) {
        return creates.once("inspection.record", idempotencyKey, List.of(taskId, answers),
                () -> submit(taskId, expectedVersion, answers));
    }

    private UUID submit(UUID taskId, Long expectedVersion, List<AnswerInput> answers) {
        CurrentUser me = access.me();
        TaskView task = tasks.get(taskId);
        if (!InspectionTasks.mayExecute(task, me)) {
            throw new AccessDeniedException("该排查任务不是指派给您的");
        }
        Instant now = clock.instant();
        if (task.status() != TaskStatus.OPEN || (expectedVersion != null && expectedVersion != task.version())) {
            throw new StaleVersionException();
        }
        if (now.isBefore(task.windowStart())) {
            throw new InvalidInputException("task", "该任务尚未开始(" + task.windowStart().atZone(Zones.CHINA)
                    .toLocalDate() + " 起)");
        }
        if (!now.isBefore(task.windowEnd())) {
            throw new StaleVersionException();
        }
        List<TaskItem> items = tasks.items(task);
        validate(items, answers);
        Map<UUID, TaskItem> byId = items.stream().collect(Collectors.toMap(TaskItem::id, Function.identity()));
        List<String> stored = new ArrayList<>();
        try {
            UUID recordId = Ids.newId();
            InspectionAccess.Target enterprise = access.enterprise(task.enterpriseId());
            HazardSource source = task.taskType().hazardSource();
            LocalDate on = LocalDate.ofInstant(now, Zones.CHINA);
            List<Object[]> rows = new ArrayList<>();
            List<UUID> hazardIds = new ArrayList<>();
            // the record first: hazards point to it
            jdbc.update("insert into inspection_record (id, task_id, enterprise_id, region_code, sectors, source,"
                    + " recorded_by, recorded_by_name, recorded_at, recorded_on, findings)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", recordId, taskId, task.enterpriseId(),
                    enterprise.regionCode(), enterprise.sectorsCsv(), source.name(), me.id(), me.displayName(),
                    Timestamp.from(now), Date.valueOf(on),
                    (int) answers.stream().filter(a -> a.result() == AnswerResult.HAZARD).count());
            int position = 0;
            for (TaskItem item : items) {
                AnswerInput a = answers.stream().filter(x -> item.id().equals(x.itemId())).findFirst().orElseThrow();
                String photoKey = null;
                if (a.photo() != null && a.photo().length > 0) {
                    photoKey = files.store(new ByteArrayInputStream(a.photo()), Set.of(FileType.JPEG, FileType.PNG),
                            MAX_PHOTO_BYTES).key();
                    stored.add(photoKey);
                }
                String note = a.note() == null || a.note().isBlank() ? null : a.note().strip();
                UUID hazardId = null;
                if (a.result() == AnswerResult.HAZARD) {
                    NewHazard finding = new NewHazard(task.enterpriseId(), source,
                            item.major() ? HazardLevel.MAJOR : HazardLevel.GENERAL, hazardType(item.hazardType()),
                            null, null, truncate(item.content() + "——" + note, 2000), truncate(task.title(), 200),
                            task.unitId(), task.measureId(), recordId,
                            photoKey == null ? List.of() : List.of(photoKey));
                    // an expert has no jurisdiction: the assignment checked by access.enterprise vouches for them
                    hazardId = me.is(Role.EXPERT)
                            ? hazards.reportForAssignedExpert(finding, new HazardReporting.AssignedEnterprise(
                                    enterprise.id(), enterprise.name(), enterprise.regionCode(), enterprise.sectors()))
                            : hazards.report(finding);
                    hazardIds.add(hazardId);
                }
                rows.add(new Object[] {Ids.newId(), recordId, position++, task.templateId() == null ? null : item.id(),
                        truncate(item.content(), 1000), item.major(), a.result().name(), note, photoKey, hazardId});
            }
            jdbc.batchUpdate("insert into inspection_answer (id, record_id, position, item_id, item_content, major,"
                    + " result, note, photo_key, hazard_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            if (jdbc.update("update inspection_task set status = 'DONE', record_id = ?, closed_at = ?,"
                    + " version = version + 1 where id = ? and version = ? and status = 'OPEN'", recordId,
                    Timestamp.from(now), taskId, task.version()) != 1) {
                throw new StaleVersionException();
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("taskId", taskId);
            after.put("enterpriseId", task.enterpriseId());
            after.put("source", source);
            after.put("answers", answers.size());
            after.put("hazards", hazardIds);
            audit.record(AuditRecord.created(ENTITY, recordId, "提交排查记录 " + task.title(), after));
            events.publishEvent(new InspectionTaskClosed(taskId, task.enterpriseId(), enterprise.regionCode(),
                    enterprise.sectors(), task.taskType(), task.baobao(), task.dueDate(), TaskStatus.DONE, now));
            events.publishEvent(new InspectionRecorded(recordId, taskId, task.enterpriseId(), enterprise.regionCode(),
                    enterprise.sectors(), source, on, hazardIds.size()));
            return recordId;
        } catch (IOException e) {
            cleanUp(stored);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            cleanUp(stored);
            throw e;
        }
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
            if (a.photo() != null && a.photo().length > 0) {
                FileType type = FileType.detect(java.util.Arrays.copyOf(a.photo(), Math.min(a.photo().length, 16)));
                if (type != FileType.JPEG && type != FileType.PNG) {
                    v.add(new FieldViolation(p + "photo", "照片应为 JPEG 或 PNG 图片"));
                } else if (a.photo().length > MAX_PHOTO_BYTES) {
                    v.add(new FieldViolation(p + "photo", "照片不能超过10 MB"));
                }
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
        Map<String, Object> r = jdbc.queryForList("select * from inspection_record where id = ?", id).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("排查记录"));
        if (!access.permits((UUID) r.get("enterprise_id"), (String) r.get("region_code"), (String) r.get("sectors"))) {
            throw new NotFoundException("排查记录");
        }
        List<RecordView.Answer> answers = jdbc.query("select * from inspection_answer where record_id = ?"
                + " order by position", (rs, i) -> new RecordView.Answer(rs.getObject("item_id", UUID.class),
                        rs.getString("item_content"), rs.getBoolean("major"),
                        AnswerResult.valueOf(rs.getString("result")), rs.getString("note"),
                        rs.getString("photo_key"), rs.getObject("hazard_id", UUID.class)), id);
        return jdbc.queryForObject("select task_id, enterprise_id, source, recorded_by, recorded_by_name, recorded_at,"
                + " recorded_on, findings from inspection_record where id = ?", (rs, i) -> new RecordView(id,
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), HazardSource.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getDate(7).toLocalDate(), rs.getInt(8), answers), id);
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
