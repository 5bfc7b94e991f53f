package org.zhiben.campaign.routine;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.ProgressData;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;

/**
 * The office's routine on the API: the monthly meeting (agenda generated from the lagging and escalated tasks, edited,
 * then minuted with follow-ups onto the tasks) and the months without one; filing requirements with their received /
 * late / missing filers and the receipts (SHA-256); the yearly summary and the evaluation report (the platform's docx
 * draft, the office's signed final). In the caller's scope (outside: 404); stale versions 409.
 */
@RestController
@RequestMapping("/api/v1/campaign")
@Tag(name = "治本攻坚 Campaign")
class RoutineApiController {

    private final Routines routines;
    private final Campaigns campaigns;

    RoutineApiController(Routines routines, Campaigns campaigns) {
        this.routines = routines;
        this.campaigns = campaigns;
    }

    record ItemDto(int seq, UUID taskId, AgendaSource source, String sourceLabel, String topic, String decision,
            String followUpNote, LocalDate followUpDue) {
    }

    record MeetingDto(UUID id, UUID planId, String period, LocalDate heldOn, MeetingKind kind, String kindLabel,
            String title, String place, String chair, String attendees, LocalDate agendaAsOf, boolean minuted,
            Instant minutedAt, String minutedByName, long version, List<ItemDto> items) {

        static MeetingDto of(Meeting m) {
            return new MeetingDto(m.getId(), m.getPlanId(), m.getPeriod(), m.getHeldOn(), m.getKind(),
                    m.getKind().label(), m.getTitle(), m.getPlace(), m.getChair(), m.getAttendees(), m.getAgendaAsOf(),
                    m.minuted(), m.getMinutedAt(), m.getMinutedByName(), m.getVersion(), m.getItems().stream()
                            .map(i -> new ItemDto(i.getSeq(), i.getTaskId(), i.getSource(), i.getSource().label(),
                                    i.getTopic(), i.getDecision(), i.getFollowUpNote(), i.getFollowUpDue()))
                            .toList());
        }
    }

    record MonthDto(String month, MonthStatus status, String statusLabel, UUID meetingId) {
    }

    record FilerDto(int seq, UnitKind kind, String ref, String name, FilingStatus status, String statusLabel,
            LocalDate firstOn, int files, UUID latestId, String latestSha256) {
    }

    record RequirementDto(UUID id, UUID planId, String title, String filedWith, LocalDate dueDate, long version,
            int expected, int onTime, int late, int missing, List<FilerDto> filers) {
    }

    record ReceiptDto(UUID id, String filerRef, String name, FileType type, long size, String sha256,
            LocalDate submittedOn, boolean late) {
    }

    record PaperDto(PaperKind kind, String kindLabel, int year, LocalDate dueDate, UUID id, String name,
            String sha256, LocalDate submittedOn, String submittedByName, Boolean onTime, Long version) {
    }

    // ---------------------------------------------------------------- meetings

    @GetMapping("/plans/{id}/meetings")
    @Operation(summary = "方案的月度专题研究/调度会议(新月份在前)")
    List<MeetingDto> meetings(@PathVariable UUID id) {
        return routines.meetings(id).stream().map(MeetingDto::of).toList();
    }

    @GetMapping("/plans/{id}/meetings/calendar")
    @Operation(summary = "逐月召开情况:已形成纪要、已安排、本月待召开、未召开(从方案开始到本月)")
    List<MonthDto> calendar(@PathVariable UUID id) {
        return routines.calendar(id, campaigns.today()).stream().map(r -> new MonthDto(r.month().toString(),
                r.status(), r.status().label(), r.meeting() == null ? null : r.meeting().getId())).toList();
    }

    @PostMapping(path = "/plans/{id}/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "安排本月会议并生成议程", description = "period 为所属月份(yyyy-MM,每个方案每月一次,重复为400),"
            + "heldOn 须在该月内;议程按今天的评估自动列入滞后任务和督促中的任务,之后可增补、修改、删除")
    ResponseEntity<MeetingDto> createMeeting(@PathVariable UUID id, @RequestBody RoutineData.NewMeeting m,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID meetingId = routines.createMeeting(id, m, key);
        return ResponseEntity.created(URI.create("/api/v1/campaign/meetings/" + meetingId)).body(meeting(meetingId));
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "会议:议程与纪要")
    MeetingDto meeting(@PathVariable UUID id) {
        return MeetingDto.of(routines.meeting(id));
    }

    @PostMapping(path = "/meetings/{id}/agenda", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改议程", description = "action=ADD(增补 topic)、RETITLE(修改第 seq 项为 topic)、REMOVE(删除第 seq 项);"
            + "带所见的 version,过期为409;形成纪要后议程不能再改")
    MeetingDto agenda(@PathVariable UUID id, @RequestBody RoutineData.AgendaChange c) {
        routines.changeAgenda(id, c);
        return meeting(id);
    }

    @PostMapping(path = "/meetings/{id}/minutes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "会议纪要", description = "参会人员必填;每项议程的议定事项,及对该任务的督办要求(followUpNote)和限办日期"
            + "(followUpDue,不早于会议日期),写入任务并留痕;带所见的 version")
    MeetingDto minutes(@PathVariable UUID id, @RequestBody RoutineData.Minutes d) {
        routines.minute(id, d);
        return meeting(id);
    }

    // ---------------------------------------------------------------- filings

    @GetMapping("/plans/{id}/filings")
    @Operation(summary = "方案的报送要求及按时、逾期、未报送单位数")
    List<RequirementDto> requirements(@PathVariable UUID id) {
        Map<UUID, Routines.RequirementCounts> counts = routines.counts(id);
        return routines.requirements(id).stream().map(q -> dto(q, counts.get(q.getId()), null)).toList();
    }

    @PostMapping(path = "/plans/{id}/filings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "设置报送要求", description = "title 报送事项,filedWith 报送对象(如 镇工业办、区安委会办公室),dueDate 时限"
            + "(当天报送为按时,次日起为逾期),filers 为报送单位:kind=REGION(区划代码)或 ENTERPRISE(企业ID),须在方案辖区内")
    ResponseEntity<RequirementDto> createRequirement(@PathVariable UUID id,
            @RequestBody RoutineData.NewRequirement r,
            @Parameter(description = "客户端生成的幂等键") @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        UUID q = routines.createRequirement(id, r, key);
        return ResponseEntity.created(URI.create("/api/v1/campaign/filings/" + q)).body(requirement(q));
    }

    @GetMapping("/filings/expected")
    @Operation(summary = "本人(本辖区、本企业)须报送的事项")
    List<RequirementDto> expected() {
        return routines.expectedOfMe().stream().map(q -> dto(q, null, null)).toList();
    }

    @GetMapping("/filings/{id}")
    @Operation(summary = "报送要求及各单位报送情况(按时报送、逾期报送、未报送;以首次报送日期判定)")
    RequirementDto requirement(@PathVariable UUID id) {
        FilingRequirement q = routines.requirement(id);
        List<Routines.FilerStatus> statuses = routines.statuses(id);
        boolean all = routines.seesPlan(q.getPlanId());
        List<FilerDto> filers = new ArrayList<>();
        int[] c = new int[3];
        for (Routines.FilerStatus s : statuses) {
            c[s.status().ordinal()]++;
            if (all || q.filer(s.ref()).filter(routines::filesFor).isPresent()) {
                filers.add(new FilerDto(s.seq(), s.kind(), s.ref(), s.name(), s.status(), s.status().label(),
                        s.firstOn(), s.files(), s.latestId(), s.latestSha256()));
            }
        }
        return dto(q, all ? new Routines.RequirementCounts(id, statuses.size(), c[0], c[1], c[2]) : null, filers);
    }

    private static RequirementDto dto(FilingRequirement q, Routines.RequirementCounts c, List<FilerDto> filers) {
        return new RequirementDto(q.getId(), q.getPlanId(), q.getTitle(), q.getFiledWith(), q.getDueDate(),
                q.getVersion(), c == null ? q.getFilers().size() : c.expected(), c == null ? 0 : c.onTime(),
                c == null ? 0 : c.late(), c == null ? 0 : c.missing(), filers);
    }

    @PostMapping(path = "/filings/{id}/receipts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "报送文件", description = "filerRef 为报送单位(区划代码或企业ID);文件按内容校验为 PDF、Word 或 Excel,"
            + "不超过20 MB;回执含 SHA-256 与是否逾期")
    ResponseEntity<ReceiptDto> submit(@PathVariable UUID id, @RequestParam("filerRef") String filerRef,
            @RequestParam("file") MultipartFile file) {
        UUID r = routines.submitFiling(id, filerRef, upload(file));
        Filing f = routines.filing(id, r);
        return ResponseEntity.created(URI.create("/api/v1/campaign/filings/" + id + "/receipts/" + r + "/file"))
                .body(new ReceiptDto(f.getId(), f.getFilerRef(), f.getName(), f.getFileType(), f.getSize(),
                        f.getSha256(), f.getSubmittedOn(), f.isLate()));
    }

    @GetMapping("/filings/{id}/receipts/{receiptId}/file")
    @Operation(summary = "下载报送的文件")
    ResponseEntity<InputStreamResource> receiptFile(@PathVariable UUID id, @PathVariable UUID receiptId)
            throws IOException {
        Filing f = routines.filing(id, receiptId);
        return Downloads.stored(f.getName(), f.getFileType().contentType(), f.getSize(), false,
                routines.open(f.getFileKey()));
    }

    // ---------------------------------------------------------------- papers

    @GetMapping("/plans/{id}/papers")
    @Operation(summary = "年度工作总结(每年12月1日前)与评估报告(方案最后一年11月20日前):时限与定稿")
    List<PaperDto> papers(@PathVariable UUID id) {
        Plan plan = campaigns.plan(id);
        List<Paper> done = routines.papers(id);
        List<PaperDto> out = new ArrayList<>();
        for (PaperKind kind : PaperKind.values()) {
            for (int year : routines.years(plan, kind)) {
                Paper p = done.stream().filter(x -> x.getKind() == kind && x.getYear() == year).findFirst()
                        .orElse(null);
                out.add(new PaperDto(kind, kind.label(), year, routines.dueDate(plan, kind, year),
                        p == null ? null : p.getId(), p == null ? null : p.getName(), p == null ? null : p.getSha256(),
                        p == null ? null : p.getSubmittedOn(), p == null ? null : p.getSubmittedByName(),
                        p == null ? null : p.isOnTime(), p == null ? null : p.getVersion()));
            }
        }
        return out;
    }

    @GetMapping("/plans/{id}/papers/{kind}/{year}/draft.docx")
    @Operation(summary = "平台起草的文稿(docx,A4):任务、状态与进度、实时指标值、佐证数")
    ResponseEntity<byte[]> draft(@PathVariable UUID id, @PathVariable PaperKind kind, @PathVariable int year)
            throws IOException {
        byte[] bytes = routines.draft(id, kind, year);
        return Downloads.document(PaperDraft.title(campaigns.plan(id), kind, year) + "(草稿).docx", FileType.DOCX,
                bytes);
    }

    @PostMapping(path = "/plans/{id}/papers/{kind}/{year}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "报送定稿", description = "办公室修改后的 docx(按内容校验);以 SHA-256 签记,按报送日期判定按时或逾期;"
            + "重新报送须带所见的 version(过期为409)")
    PaperDto submitPaper(@PathVariable UUID id, @PathVariable PaperKind kind, @PathVariable int year,
            @RequestParam("file") MultipartFile file, @RequestParam(value = "version", required = false) Long version) {
        routines.submitPaper(id, kind, year, version, upload(file));
        return papers(id).stream().filter(p -> p.kind() == kind && p.year() == year).findFirst().orElseThrow();
    }

    @GetMapping("/plans/{id}/papers/{paperId}/file")
    @Operation(summary = "下载报送的定稿")
    ResponseEntity<InputStreamResource> paperFile(@PathVariable UUID id, @PathVariable UUID paperId)
            throws IOException {
        Paper p = routines.paper(id, paperId);
        return Downloads.stored(p.getName(), FileType.DOCX.contentType(), p.getSize(), false,
                routines.open(p.getFileKey()));
    }


    static ProgressData.Upload upload(MultipartFile f) {
        if (f == null || f.isEmpty()) {
            throw new InvalidInputException("file", "请选择文件");
        }
        return new ProgressData.Upload() {
            @Override
            public String name() {
                return f.getOriginalFilename();
            }

            @Override
            public long size() {
                return f.getSize();
            }

            @Override
            public InputStream open() throws IOException {
                return f.getInputStream();
            }
        };
    }
}
