package org.zhiben.hazard.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.directory.Enterprises;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ManageType;
import org.zhiben.hazard.statistics.HazardStatistics;
import org.zhiben.hazard.statistics.StatisticsPeriod;
import org.zhiben.hazard.workflow.Assignment;
import org.zhiben.hazard.workflow.HazardAction;
import org.zhiben.hazard.workflow.HazardWorkflow;
import org.zhiben.hazard.workflow.MajorPlan;
import org.zhiben.hazard.workflow.PhotoKind;
import org.zhiben.hazard.workflow.RejectionKind;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.risk.AccidentType;

/**
 * Hazard pages: the report form (camera capture at phone width), the detail page with photos, timeline and the
 * caller's allowed actions as forms carrying the version, and the enterprise tab. A rule broken shows its message
 * beside the field; a stale version a conflict message on top.
 */
@Controller
class HazardPageController {

    private final HazardWorkflow workflow;
    private final Enterprises enterprises;
    private final HazardStatistics statistics;

    HazardPageController(HazardWorkflow workflow, Enterprises enterprises, HazardStatistics statistics) {
        this.workflow = workflow;
        this.enterprises = enterprises;
        this.statistics = statistics;
    }

    @GetMapping("/hazards/new")
    String newForm(@RequestParam(required = false) UUID enterpriseId, Model model) {
        CurrentUser me = DataScopes.currentUser().orElseThrow();
        UUID enterprise = enterpriseId != null ? enterpriseId : me.enterpriseId();
        if (enterprise == null) {
            throw new NotFoundException("企业");
        }
        var summary = enterprises.find(enterprise).orElseThrow(() -> new NotFoundException("企业"));
        model.addAttribute("enterpriseId", enterprise);
        model.addAttribute("enterpriseName", summary.name());
        model.addAttribute("sources", java.util.Arrays.stream(HazardSource.values())
                .filter(s -> s.government() == me.isOfficialOrAdmin()).toList());
        model.addAttribute("types", HazardType.values());
        model.addAttribute("accidentTypes", AccidentType.values());
        model.addAttribute("factorCategories", org.zhiben.risk.HazardFactor.categories());
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        model.addAttribute("canBackdate", me.role() == org.zhiben.identity.Role.ENTERPRISE_PRINCIPAL
                || me.role() == org.zhiben.identity.Role.ENTERPRISE_SAFETY_MANAGER
                || me.role() == org.zhiben.identity.Role.OFFICIAL);
        model.addAttribute("today", workflow.today());
        model.addAttribute("earliestFoundOn", org.zhiben.hazard.workflow.NewReport.EARLIEST_FOUND_ON);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
        return "hazard/new";
    }

    @PostMapping("/hazards")
    String report(@RequestParam UUID enterpriseId, @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<MultipartFile> beforePhotos,
            @RequestParam(required = false) List<MultipartFile> afterPhotos, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            List<String> before = upload(beforePhotos, "beforePhotos");
            List<String> after = upload(afterPhotos, "afterPhotos");
            ManageType manage = "IMMEDIATE".equals(form.get("manageType")) ? ManageType.IMMEDIATE : ManageType.DEADLINE;
            LocalDate foundOn = date(form.get("foundOn"), "foundOn");
            UUID id = workflow.report(new org.zhiben.hazard.workflow.NewReport(enterpriseId,
                    parse(HazardSource.class, form.get("source")), parse(HazardLevel.class, form.get("proposedLevel")),
                    parse(HazardType.class, form.get("type")), form.get("factorCode"), form.get("accidentType"),
                    form.get("description"), form.get("cause"), form.get("location"), null, null, null, manage, before,
                    manage == ManageType.IMMEDIATE ? after : List.of(), form.get("rectification"),
                    money(form.get("cost"), "cost"), foundOn), form.get("idempotencyKey"));
            redirect.addFlashAttribute("notice", manage == ManageType.IMMEDIATE ? "已记录即查即改并销号" : "已上报隐患");
            // a 补录 can change tables the principal has already signed: say which, while the reporter is here
            List<StatisticsPeriod> resign = foundOn == null ? List.of()
                    : statistics.changedSinceSigned(enterpriseId, foundOn);
            if (!resign.isEmpty()) {
                redirect.addFlashAttribute("caution", "本次补录改变了已签字的" + StatisticsPeriod.labels(resign)
                        + "隐患排查治理统计分析表,需企业主要负责人重新签字");
            }
            return "redirect:/hazards/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("fieldErrors", errors(e));
            model.addAttribute("error", e.getMessage());
            return newForm(enterpriseId, model);
        }
    }

    @GetMapping("/hazards/{id}")
    String detail(@PathVariable UUID id, Model model) {
        HazardWorkflow.Detail d = workflow.detail(id);
        model.addAttribute("h", d.hazard());
        model.addAttribute("allowed", d.allowedActions());
        model.addAttribute("missing", d.hazard().getLevel() == HazardLevel.MAJOR
                ? d.hazard().plan().violations().stream().map(FieldViolation::field).toList() : List.of());
        model.addAttribute("assignable", d.allowedActions().contains(HazardAction.CONFIRM)
                ? workflow.assignableUsers(id) : List.of());
        model.addAttribute("today", workflow.today());
        model.addAttribute("earliestDeadline", d.hazard().earliestDeadline(workflow.today()));
        model.addAttribute("rejectionKinds", RejectionKind.values());
        if (!model.containsAttribute("refused")) {
            model.addAttribute("refused", RefusedForm.NONE);
        }
        return "hazard/detail";
    }

    @GetMapping("/hazards/{id}/photos/{photoId}")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId) throws IOException {
        return HazardPhotos.serve(workflow.photo(id, photoId), photoId);
    }

    /** Every action form posts here: {@code version} plus the action's fields (and photos for SUBMIT). */
    @PostMapping("/hazards/{id}/actions/{action}")
    String act(@PathVariable UUID id, @PathVariable HazardAction action, @RequestParam Map<String, String> f,
            @RequestParam(required = false) List<MultipartFile> photos, RedirectAttributes redirect)
            throws IOException {
        workflow.detail(id); // 404 before anything else for hazards out of scope
        try {
            long version = Long.parseLong(f.getOrDefault("version", "-1"));
            switch (action) {
                case CONFIRM -> workflow.transition(id, version, command(action, f, List.of()));
                case REJECT, START, ACCEPT, FAIL -> workflow.transition(id, version, command(action, f, List.of()));
                case SUBMIT -> workflow.transition(id, version, command(action, f, upload(photos, "afterPhotos")));
                case ADD_PHOTO -> workflow.addPhotos(id, version, parse(PhotoKind.class, f.get("kind")),
                        upload(photos, "file"));
                case EDIT_PLAN -> workflow.editPlan(id, version, new MajorPlan(f.get("situation"),
                        f.get("harmAnalysis"), f.get("goal"), f.get("methods"), f.get("resources"),
                        f.get("organisation"), f.get("schedule"), f.get("safety")));
                case REQUEST_EXTENSION -> workflow.requestExtension(id, version, date(f.get("deadline"), "deadline"),
                        f.get("reason"));
                case DECIDE_EXTENSION -> workflow.decideExtension(id, version, "true".equals(f.get("approve")),
                        f.get("note"));
                case SIGN -> workflow.sign(id, version);
                case SUPERVISE -> workflow.supervise(id, version, f.get("department"), f.get("requirements"),
                        date(f.get("deadline"), "deadline"));
                case RECORD_ASSESSMENT -> workflow.recordAssessment(id, version, f.get("assessmentBy"),
                        f.get("assessmentSummary"));
                case APPLY_CLOSURE -> workflow.applyForClosure(id, version, f.get("applicationText"));
                case REVIEW -> workflow.review(id, version, f.get("opinion"));
                case CONFIRM_ESCALATION -> workflow.confirmEscalation(id, version, f.get("note"));
                case DECLINE_ESCALATION -> workflow.declineEscalation(id, version, f.get("note"));
            }
            redirect.addFlashAttribute("notice", "已" + action.label());
        } catch (InvalidInputException e) {
            // what the user typed, back in that form after the redirect
            Map<String, String> typed = new LinkedHashMap<>(f);
            typed.remove("version");
            typed.remove("_csrf");
            redirect.addFlashAttribute("refused", new RefusedForm(action.name(), typed, errors(e)));
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/hazards/" + id;
    }

    private static HazardWorkflow.Command command(HazardAction action, Map<String, String> f, List<String> after) {
        Assignment as = new Assignment(parse(HazardLevel.class, f.get("level")), date(f.get("deadline"), "deadline"),
                blank(f.get("responsibleUserId")) ? null : uuid(f.get("responsibleUserId"), "responsibleUserId"),
                f.get("responsibleName"), f.get("responsiblePhone"), f.get("measures"), money(f.get("funds"), "funds"),
                f.get("contingency"));
        return new HazardWorkflow.Command(action, as, parse(RejectionKind.class, f.get("rejectionKind")),
                f.get("reason"), null, f.get("rectification"), money(f.get("cost"), "cost"), after, f.get("note"));
    }

    private List<String> upload(List<MultipartFile> files, String field) throws IOException {
        List<String> keys = new ArrayList<>();
        if (files == null) {
            return keys;
        }
        for (MultipartFile file : files) {
            if (file == null || file.isEmpty()) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                keys.add(workflow.uploadPhoto(in).key());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(field, e.getMessage());
            }
        }
        return keys;
    }

    private static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> m = new LinkedHashMap<>();
        e.violations().forEach(v -> m.merge(v.field(), v.message(), (x, y) -> x + ";" + y));
        return m;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "日期格式应为 yyyy-MM-dd");
        }
    }

    private static BigDecimal money(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "金额应为数字");
        }
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "请选择本企业的用户");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
