package org.zhiben.hazard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.directory.Enterprises;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.ledger.HazardLedger;
import org.zhiben.hazard.ledger.HazardRow;
import org.zhiben.hazard.statistics.HazardStatistics;
import org.zhiben.hazard.statistics.StatisticsPeriod;
import org.zhiben.hazard.workflow.HazardAction;
import org.zhiben.hazard.workflow.HazardWorkflow;
import org.zhiben.hazard.workflow.NewReport;
import org.zhiben.hazard.workflow.RejectionKind;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.HazardFactor;

/**
 * Hazard pages: the report form (camera capture at phone width), the detail page with photos, timeline and the
 * caller's allowed actions as forms carrying the version. Forms bind to {@link ReportForm} and {@link ActionForm} and
 * save through {@link FormSubmission}: a rule broken shows its message beside the field, a stale version a conflict
 * message on top; a refused action form comes back after the redirect as a {@link RefusedForm}.
 */
@Controller
class HazardPageController {

    private final HazardWorkflow workflow;
    private final Enterprises enterprises;
    private final HazardStatistics statistics;
    private final HazardLedger ledger;

    HazardPageController(HazardWorkflow workflow, Enterprises enterprises, HazardStatistics statistics,
            HazardLedger ledger) {
        this.ledger = ledger;
        this.workflow = workflow;
        this.enterprises = enterprises;
        this.statistics = statistics;
    }

    @GetMapping("/hazards/new")
    String newForm(@RequestParam(required = false) UUID enterpriseId, Model model) {
        ReportForm form = new ReportForm();
        form.setEnterpriseId(enterpriseId != null ? enterpriseId : me().enterpriseId());
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return reportPage(form, model);
    }

    private String reportPage(ReportForm form, Model model) {
        CurrentUser me = me();
        if (form.getEnterpriseId() == null) {
            throw new NotFoundException("企业");
        }
        var summary = enterprises.find(form.getEnterpriseId()).orElseThrow(() -> new NotFoundException("企业"));
        model.addAttribute("form", form);
        model.addAttribute("enterpriseName", summary.name());
        model.addAttribute("sources", Arrays.stream(HazardSource.values())
                .filter(s -> s.government() == me.isOfficialOrAdmin()).toList());
        model.addAttribute("types", HazardType.values());
        model.addAttribute("accidentTypes", AccidentType.values());
        model.addAttribute("factorCategories", HazardFactor.categories());
        model.addAttribute("canBackdate", me.role() == Role.ENTERPRISE_PRINCIPAL
                || me.role() == Role.ENTERPRISE_SAFETY_MANAGER || me.role() == Role.OFFICIAL);
        model.addAttribute("today", workflow.today());
        model.addAttribute("earliestFoundOn", NewReport.EARLIEST_FOUND_ON);
        return "hazard/new";
    }

    @PostMapping("/hazards")
    String report(@ModelAttribute("form") ReportForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        // a form sent again (back, resubmit) or the same finding twice: ask before a second record
        var twin = form.isNotDuplicate() ? java.util.Optional.<HazardRow>empty()
                : ledger.recentTwin(form.getEnterpriseId(), form.getDescription());
        if (twin.isPresent()) {
            model.addAttribute("twin", twin.get());
            model.addAttribute("caution", "疑似重复:" + twin.get().foundOn() + " 已上报内容相同的隐患,请先查看;"
                    + "确认不是同一隐患,请勾选下方确认后重新选择照片再提交");
            return reportPage(form, model);
        }
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(workflow.report(form.toReport(
                upload(form.getBeforePhotos(), "beforePhotos"), upload(form.getAfterPhotos(), "afterPhotos")),
                form.getIdempotencyKey())))) {
            model.addAttribute("error", firstMessage(binding));
            return reportPage(form, model);
        }
        redirect.addFlashAttribute("notice", form.isImmediate() ? "已记录即查即改并销号" : "已上报隐患");
        // a 补录 can change tables the principal has already signed: say which, while the reporter is here
        LocalDate foundOn = form.foundOnDate();
        List<StatisticsPeriod> resign = foundOn == null ? List.of()
                : statistics.changedSinceSigned(form.getEnterpriseId(), foundOn);
        if (!resign.isEmpty()) {
            redirect.addFlashAttribute("caution", "本次补录改变了已签字的" + StatisticsPeriod.labels(resign)
                    + "隐患排查治理统计分析表,需企业主要负责人重新签字");
        }
        return "redirect:/hazards/" + id.get();
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
        if (d.allowedActions().contains(HazardAction.SIGN)) {
            model.addAttribute("signingHash", workflow.signingHash(d.hazard()));
        }
        if (!model.containsAttribute("refused")) {
            model.addAttribute("refused", RefusedForm.NONE);
        }
        return "hazard/detail";
    }

    @GetMapping("/hazards/{id}/photos/{photoId}")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId) throws IOException {
        return HazardPhotos.serve(workflow.photo(id, photoId), photoId);
    }

    /** Every action form posts here: {@code version} plus the action's fields (and photos for SUBMIT, ADD_PHOTO). */
    @PostMapping("/hazards/{id}/actions/{action}")
    String act(@PathVariable UUID id, @PathVariable HazardAction action, @ModelAttribute("actionForm") ActionForm form,
            BindingResult binding, RedirectAttributes redirect) {
        workflow.detail(id); // 404 before anything else for hazards out of scope
        if (FormSubmission.save(binding, () -> perform(id, action, form))) {
            redirect.addFlashAttribute("notice", "已" + action.label());
            return "redirect:/hazards/" + id;
        }
        redirect.addFlashAttribute("error", firstMessage(binding));
        // what the user typed, back in that form after the redirect; a stale form starts again from the new state
        if (binding.getGlobalErrors().stream().noneMatch(e -> "stale".equals(e.getCode()))) {
            redirect.addFlashAttribute("refused", RefusedForm.of(action.name(), form, binding));
        }
        return "redirect:/hazards/" + id;
    }

    private void perform(UUID id, HazardAction action, ActionForm f) {
        long version = f.seenVersion();
        switch (action) {
            case CONFIRM, REJECT, START, ACCEPT, FAIL -> workflow.transition(id, version, f.command(action, List.of()));
            case SUBMIT -> workflow.transition(id, version, f.command(action, upload(f.getPhotos(), "afterPhotos")));
            case ADD_PHOTO -> workflow.addPhotos(id, version, f.photoKind(), upload(f.getPhotos(), "file"));
            case EDIT_PLAN -> workflow.editPlan(id, version, f.plan());
            case REQUEST_EXTENSION -> workflow.requestExtension(id, version,
                    FormValues.date(f.getDeadline(), "deadline"), f.getReason());
            case DECIDE_EXTENSION -> workflow.decideExtension(id, version, f.approved(), f.getNote());
            case SIGN -> {
                if (!"true".equals(f.getConfirmed())) {
                    throw new InvalidInputException("confirmed", "请先核对隐患内容并勾选确认,再签字");
                }
                workflow.sign(id, version);
            }
            case SUPERVISE -> workflow.supervise(id, version, f.getDepartment(), f.getRequirements(),
                    FormValues.date(f.getDeadline(), "deadline"));
            case RECORD_ASSESSMENT -> workflow.recordAssessment(id, version, f.getAssessmentBy(),
                    f.getAssessmentSummary());
            case APPLY_CLOSURE -> workflow.applyForClosure(id, version, f.getApplicationText());
            case REVIEW -> workflow.review(id, version, f.getOpinion());
            case CONFIRM_ESCALATION -> workflow.confirmEscalation(id, version, f.getNote());
            case DECLINE_ESCALATION -> workflow.declineEscalation(id, version, f.getNote());
        }
    }

    /** Uploads the chosen photos; a refused one is a message beside {@code field}. */
    private List<String> upload(List<MultipartFile> files, String field) {
        List<String> keys = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file == null || file.isEmpty()) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                keys.add(workflow.uploadPhoto(in).key());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(field, e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    private static String firstMessage(BindingResult binding) {
        return binding.getAllErrors().isEmpty() ? null : binding.getAllErrors().get(0).getDefaultMessage();
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow();
    }
}
