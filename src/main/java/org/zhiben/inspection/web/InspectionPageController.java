package org.zhiben.inspection.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.inspection.AnswerInput;
import org.zhiben.inspection.AnswerResult;
import org.zhiben.inspection.Checklists;
import org.zhiben.inspection.InspectionRecords;
import org.zhiben.inspection.InspectionTasks;
import org.zhiben.inspection.TaskDetail;
import org.zhiben.inspection.TaskItem;
import org.zhiben.inspection.WorkCalendar;
import java.util.Arrays;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.inspection.CheckData;
import org.zhiben.inspection.InspectionSchedules;
import org.zhiben.inspection.PlanData;
import org.zhiben.inspection.PlanKind;
import org.zhiben.inspection.ScheduleSettings;
import org.zhiben.inspection.TaskType;
import org.zhiben.inspection.WorkdayType;
import org.zhiben.risk.RiskPositions;
import org.zhiben.inspection.internal.InspectionAccess;

/** Phone pages: today's tasks, a unit's tasks by QR code, the checklist form, records, rates, library, calendar. */
@Controller
class InspectionPageController {

    private final InspectionTasks tasks;
    private final InspectionRecords records;
    private final Checklists checklists;
    private final WorkCalendar calendar;
    private final InspectionAccess access;
    private final InspectionSchedules schedules;
    private final RiskPositions positions;

    InspectionPageController(InspectionTasks tasks, InspectionRecords records, Checklists checklists,
            WorkCalendar calendar, InspectionAccess access, InspectionSchedules schedules, RiskPositions positions) {
        this.schedules = schedules;
        this.positions = positions;
        this.tasks = tasks;
        this.records = records;
        this.checklists = checklists;
        this.calendar = calendar;
        this.access = access;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("admin")
    boolean admin() {
        return org.zhiben.identity.DataScopes.currentUser().filter(u -> u.is(org.zhiben.identity.Role.ADMIN))
                .isPresent();
    }

    @GetMapping("/inspection/today")
    String today(Model model) {
        model.addAttribute("day", access.today());
        model.addAttribute("tasks", tasks.today(access.today()));
        return "inspection/today";
    }

    /** Where a unit's printed QR code leads: its tasks today. */
    @GetMapping("/inspection/units/{unitId}")
    String unit(@PathVariable UUID unitId, Model model) {
        model.addAttribute("unitName", tasks.unitHeading(unitId));
        model.addAttribute("unitId", unitId);
        model.addAttribute("tasks", tasks.ofUnit(unitId, access.today()));
        return "inspection/unit";
    }

    /** The printable QR code of a unit (absolute URL of its page, built from this request). */
    @GetMapping(value = "/inspection/units/{unitId}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable UUID unitId) throws IOException, WriterException {
        tasks.unitHeading(unitId);
        String target = ServletUriComponentsBuilder.fromCurrentContextPath().path("/inspection/units/{id}")
                .buildAndExpand(unitId).toUriString();
        BitMatrix m = new QRCodeWriter().encode(target, BarcodeFormat.QR_CODE, 240, 240,
                Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                image.setRGB(x, y, m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(out.toByteArray());
    }

    @GetMapping("/inspection/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        TaskDetail detail = tasks.detail(id);
        model.addAttribute("detail", detail);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("results", AnswerResult.values());
        if (detail.task().recordId() != null) {
            model.addAttribute("record", records.get(detail.task().recordId()));
        }
        return "inspection/task";
    }

    /**
     * The checklist form: per item {@code result_<itemId>}, {@code note_<itemId>}, {@code photo_<itemId>}; the hidden
     * idempotency key makes a resubmission after a dropped connection land on the first record.
     */
    @PostMapping("/inspection/tasks/{id}")
    String submit(@PathVariable UUID id, @RequestParam long version, @RequestParam String idempotencyKey,
            MultipartHttpServletRequest request, Model model, RedirectAttributes redirect) throws IOException {
        TaskDetail detail = tasks.detail(id);
        List<AnswerInput> answers = new ArrayList<>();
        for (TaskItem item : detail.items()) {
            String result = request.getParameter("result_" + item.id());
            MultipartFile photo = request.getFile("photo_" + item.id());
            AnswerResult r = null;
            try {
                r = result == null || result.isBlank() ? null : AnswerResult.valueOf(result);
            } catch (IllegalArgumentException ignored) {
                // reported as missing below
            }
            answers.add(new AnswerInput(item.id(), r, request.getParameter("note_" + item.id()),
                    photo == null || photo.isEmpty() ? null : photo.getBytes()));
        }
        try {
            UUID recordId = records.submit(id, version, answers, idempotencyKey);
            int findings = records.get(recordId).findings();
            redirect.addFlashAttribute("notice", findings == 0 ? "排查记录已保存,未发现隐患"
                    : "排查记录已保存,发现的 " + findings + " 项隐患已上报");
            redirect.addFlashAttribute("justSubmitted", true);
            return "redirect:/inspection/records/" + recordId;
        } catch (InvalidInputException e) {
            List<String> errors = new ArrayList<>(e.violations().stream().map(FieldViolation::message).distinct()
                    .toList());
            if (answers.stream().anyMatch(a -> a.photo() != null)) {
                errors.add("所选照片未保存,请重新选择"); // a browser cannot hand a chosen file back to the form
            }
            model.addAttribute("errors", errors);
        } catch (StaleVersionException e) {
            model.addAttribute("errors", List.of("该任务已完成、已逾期或已被他人更新,请刷新后查看"));
        }
        // what was entered stays on the form
        model.addAttribute("entered", answers.stream().collect(java.util.stream.Collectors.toMap(AnswerInput::itemId,
                a -> a)));
        model.addAttribute("detail", tasks.detail(id));
        model.addAttribute("idempotencyKey", idempotencyKey);
        model.addAttribute("results", AnswerResult.values());
        return "inspection/task";
    }

    @GetMapping("/inspection/records/{id}")
    String record(@PathVariable UUID id, Model model) {
        var record = records.get(id);
        model.addAttribute("record", record);
        model.addAttribute("task", tasks.get(record.taskId()));
        return "inspection/record";
    }

    @GetMapping("/inspection/records/{id}/photos/{position}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable int position) throws IOException {
        try (var in = records.photo(id, position)) {
            byte[] bytes = in.readAllBytes();
            MediaType type = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF ? MediaType.IMAGE_JPEG : MediaType.IMAGE_PNG;
            return ResponseEntity.ok().contentType(type).header("X-Content-Type-Options", "nosniff").body(bytes);
        }
    }

    /**
     * The closed inspection tasks behind the statistics' 排查任务完成率: {@code outcome=DONE} the numerator, no outcome
     * the denominator (done and missed), due in {@code from..to}.
     */
    @GetMapping("/inspection/tasks")
    String closedTasks(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) org.zhiben.inspection.TaskStatus outcome,
            @RequestParam(required = false) String region, @RequestParam(required = false) String sector,
            @RequestParam(required = false) UUID enterpriseId, @RequestParam(required = false) Boolean baobao,
            @RequestParam(defaultValue = "false") boolean direct,
            @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate t = to == null ? access.today() : to;
        LocalDate f = from == null ? t.withDayOfYear(1) : from;
        String r = region == null || region.isBlank() ? null : region.strip();
        String sec = sector == null || sector.isBlank() ? null : sector.strip();
        model.addAttribute("result", tasks.closed(f, t, outcome, r, sec, direct, enterpriseId, baobao, page, 20));
        org.springframework.web.util.UriComponentsBuilder base = org.springframework.web.util.UriComponentsBuilder
                .fromPath("/inspection/tasks").queryParam("from", f).queryParam("to", t);
        if (r != null) {
            base.queryParam("region", r);
            if (direct) {
                base.queryParam("direct", true);
            }
        }
        if (sec != null) {
            base.queryParam("sector", sec);
        }
        if (enterpriseId != null) {
            base.queryParam("enterpriseId", enterpriseId);
        }
        if (baobao != null) {
            base.queryParam("baobao", baobao);
        }
        String all = base.build().encode().toUriString();
        model.addAttribute("allLink", all);
        model.addAttribute("doneLink", all + "&outcome=DONE");
        model.addAttribute("missedLink", all + "&outcome=MISSED");
        model.addAttribute("pageLink", all + (outcome == null ? "" : "&outcome=" + outcome.name()) + "&page=");
        return "inspection/closed";
    }

    @GetMapping("/inspection/rates")
    String rates(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) UUID enterpriseId, Model model) {
        LocalDate t = to == null ? access.today() : to;
        LocalDate f = from == null ? t.withDayOfMonth(1) : from;
        model.addAttribute("rates", tasks.rates(f, t, enterpriseId));
        model.addAttribute("enterpriseId", enterpriseId);
        return "inspection/rates";
    }

    @GetMapping("/inspection/enterprises/{enterpriseId}/tab")
    String tab(@PathVariable UUID enterpriseId, Model model) {
        LocalDate today = access.today();
        model.addAttribute("rates", tasks.rates(today.minusDays(30), today, enterpriseId));
        model.addAttribute("enterpriseId", enterpriseId);
        String closed = "/inspection/tasks?enterpriseId=" + enterpriseId + "&from=" + today.minusDays(30) + "&to="
                + today;
        model.addAttribute("closedLink", closed + "&baobao=false");
        model.addAttribute("baobaoLink", closed + "&baobao=true");
        return "inspection/tab";
    }

    @GetMapping("/inspection/enterprises/{enterpriseId}/schedules")
    String schedules(@PathVariable UUID enterpriseId, Model model) {
        InspectionAccess.Target e = access.enterprise(enterpriseId);
        CurrentUser me = access.me();
        boolean canPlan = schedules.canPlan(enterpriseId);
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("enterpriseName", e.name());
        model.addAttribute("schedules", schedules.ofEnterprise(enterpriseId));
        model.addAttribute("canPlan", canPlan);
        model.addAttribute("measureTypes", Arrays.stream(TaskType.values()).filter(TaskType::forMeasures).toList());
        model.addAttribute("workdayTypes", WorkdayType.values());
        model.addAttribute("planKinds", PlanKind.values());
        model.addAttribute("templates", checklists.forSectors(e.sectors()));
        model.addAttribute("positions", canPlan ? positions.names(enterpriseId) : List.of());
        List<TaskType> checkTypes = canPlan ? Arrays.stream(TaskType.values()).filter(TaskType::oneOffByEnterprise)
                .toList() : me.is(Role.OFFICIAL) ? List.of(TaskType.SUPERVISION, TaskType.EXPERT_REVIEW)
                : me.is(Role.EXPERT) ? List.of(TaskType.EXPERT_REVIEW) : List.of();
        model.addAttribute("checkTypes", checkTypes);
        if (me.is(Role.OFFICIAL)) {
            model.addAttribute("experts", schedules.experts());
        }
        return "inspection/schedules";
    }

    @PostMapping("/inspection/schedules/{id}")
    String configure(@PathVariable UUID id, @RequestParam long version, @RequestParam(required = false) TaskType taskType,
            @RequestParam(required = false) WorkdayType workdayType,
            @RequestParam(required = false) String assigneePosition, Model model) {
        UUID enterpriseId = schedules.get(id).enterpriseId();
        try {
            schedules.configure(id, version, new ScheduleSettings(taskType, workdayType, assigneePosition, null));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations().stream().map(FieldViolation::message).toList());
            return schedules(enterpriseId, model);
        } catch (StaleVersionException e) {
            model.addAttribute("errors", List.of("该计划已被他人修改,请刷新后重试"));
            return schedules(enterpriseId, model);
        }
        return "redirect:/inspection/enterprises/" + enterpriseId + "/schedules";
    }

    @PostMapping("/inspection/enterprises/{enterpriseId}/plans")
    String addPlan(@PathVariable UUID enterpriseId, @RequestParam(required = false) PlanKind kind,
            @RequestParam(required = false) UUID templateId, @RequestParam(required = false) WorkdayType workdayType,
            @RequestParam(required = false) String assigneePosition, Model model) {
        try {
            schedules.addPlan(enterpriseId, new PlanData(kind, templateId, workdayType, assigneePosition, null), null);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations().stream().map(FieldViolation::message).toList());
            return schedules(enterpriseId, model);
        }
        return "redirect:/inspection/enterprises/" + enterpriseId + "/schedules";
    }

    @PostMapping("/inspection/enterprises/{enterpriseId}/checks")
    String addCheck(@PathVariable UUID enterpriseId, @RequestParam(required = false) TaskType taskType,
            @RequestParam(required = false) UUID templateId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) UUID assigneeUserId,
            Model model) {
        try {
            UUID task = schedules.addCheck(enterpriseId, new CheckData(taskType, templateId, null, from, to, null,
                    assigneeUserId), null);
            return "redirect:/inspection/tasks/" + task;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations().stream().map(FieldViolation::message).toList());
            return schedules(enterpriseId, model);
        }
    }

    @GetMapping("/inspection/checklists")
    String checklists(@RequestParam(required = false) String sector, Model model) {
        model.addAttribute("templates", checklists.list(sector));
        return "inspection/checklists";
    }

    /** The templates as YAML, for a signed-in page session (the API's export takes Basic or a token). */
    @GetMapping(value = "/inspection/checklists/export", produces = "application/yaml")
    ResponseEntity<String> export() {
        return InspectionApiController.yaml(checklists.exportYaml(null));
    }

    @PostMapping("/inspection/checklists/import")
    String importChecklists(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            if (file.getSize() > 1024 * 1024) {
                throw new InvalidInputException("file", "文件不能超过1 MB");
            }
            int n = checklists.importYaml(new String(file.getBytes(), StandardCharsets.UTF_8)).size();
            model.addAttribute("imported", n);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.violations().stream().map(v -> v.field() + ":" + v.message()).toList());
        }
        model.addAttribute("templates", checklists.list(null));
        return "inspection/checklists";
    }

    @GetMapping("/inspection/calendar")
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? access.today().getYear() : year;
        if (y < 1900 || y > 2999) {
            model.addAttribute("errors", List.of("年份应在1900至2999之间"));
            y = access.today().getYear();
        }
        model.addAttribute("year", y);
        model.addAttribute("days", calendar.exceptions(y));
        return "inspection/calendar";
    }

    /** A day of the calendar; a refused one comes back with its message beside the field and what was typed. */
    @PostMapping("/inspection/calendar")
    String putDay(@RequestParam(required = false) String day, @RequestParam(defaultValue = "false") boolean workday,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        try {
            LocalDate d = InputRules.date("day", day);
            calendar.put(d, workday, note);
            redirect.addFlashAttribute("notice", "已保存 " + d + (workday ? " 上班" : " 放假"));
            return "redirect:/inspection/calendar?year=" + d.getYear();
        } catch (InvalidInputException e) {
            Map<String, String> fieldErrors = new java.util.LinkedHashMap<>();
            e.violations().forEach(v -> fieldErrors.putIfAbsent(v.field(), v.message()));
            model.addAttribute("fieldErrors", fieldErrors);
            model.addAttribute("entered", Map.of("day", day == null ? "" : day, "workday", workday,
                    "note", note == null ? "" : note));
            return calendar(null, model);
        }
    }

    @PostMapping("/inspection/calendar/{day}/delete")
    String deleteDay(@PathVariable LocalDate day) {
        calendar.remove(day);
        return "redirect:/inspection/calendar?year=" + day.getYear();
    }
}
