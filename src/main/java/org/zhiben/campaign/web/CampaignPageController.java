package org.zhiben.campaign.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.ProgressData;
import org.zhiben.campaign.ReportClaim;
import org.zhiben.campaign.ReportReview;
import org.zhiben.campaign.TargetKind;
import org.zhiben.campaign.TaskState;
import org.zhiben.campaign.internal.CampaignTask;
import org.zhiben.campaign.internal.Evidence;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.campaign.internal.ProgressReport;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.web.Downloads;

/**
 * Campaign pages: the plans in scope, a plan's dashboard (actions, lower plans, 晾晒 ranking, the task ledger), a
 * task with its milestones, reports and evidence, the monthly report form (with photos or documents), the office's
 * review and escalation decisions. Forms go through {@link FormSubmission}: a rule's message beside its field.
 */
@Controller
class CampaignPageController {

    private final Campaigns campaigns;
    private final org.zhiben.common.FileStore files;
    private final org.zhiben.campaign.routine.Routines routines;

    private final org.zhiben.campaign.rectification.Rectifications rectifications;

    CampaignPageController(Campaigns campaigns, org.zhiben.common.FileStore files,
            org.zhiben.campaign.routine.Routines routines,
            org.zhiben.campaign.rectification.Rectifications rectifications) {
        this.rectifications = rectifications;
        this.campaigns = campaigns;
        this.files = files;
        this.routines = routines;
    }

    @GetMapping("/campaign")
    String plans(Model model) {
        List<Plan> plans = campaigns.plans();
        model.addAttribute("plans", plans);
        Map<UUID, Campaigns.Dashboard> boards = plans.stream()
                .collect(Collectors.toMap(Plan::getId, p -> campaigns.dashboard(p.getId())));
        model.addAttribute("boards", boards);
        model.addAttribute("expected", routines.expectedOfMe());
        model.addAttribute("campaigns", campaigns);
        return "campaign/plans";
    }

    @GetMapping("/campaign/plans/{id}")
    String plan(@PathVariable UUID id, @RequestParam(required = false) TaskState state,
            @RequestParam(defaultValue = "false") boolean all, Model model) {
        Campaigns.Dashboard d = campaigns.dashboard(id);
        List<CampaignTask> tasks = campaigns.tasksOf(id);
        if (state != null || all) {
            // the tasks a state count on this page counts: the plan's own tasks the caller may see, in that state
            model.addAttribute("shownState", state);
            model.addAttribute("shownTasks", tasks.stream().filter(t -> state == null || t.getState() == state)
                    .toList());
        }
        model.addAttribute("board", d);
        model.addAttribute("plan", d.plan());
        model.addAttribute("parent", d.plan().getParentId() == null ? null
                : campaigns.plans().stream().filter(p -> p.getId().equals(d.plan().getParentId())).findFirst()
                        .orElse(null));
        model.addAttribute("tasksByAction", tasks.stream().collect(Collectors.groupingBy(CampaignTask::getActionId)));
        model.addAttribute("states", TaskState.values());
        model.addAttribute("campaigns", campaigns);
        return "campaign/plan";
    }

    @GetMapping("/campaign/plans/{id}/ledger.xlsx")
    ResponseEntity<byte[]> ledgerXlsx(@PathVariable UUID id) throws IOException {
        Plan plan = campaigns.plan(id);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TaskLedger.xlsx(plan, campaigns.tasksOf(id), campaigns, out);
        return Downloads.document(TaskLedger.title(plan) + ".xlsx", org.zhiben.common.FileType.XLSX,
                out.toByteArray());
    }

    @GetMapping("/campaign/plans/{id}/ledger.docx")
    ResponseEntity<byte[]> ledgerDocx(@PathVariable UUID id) throws IOException {
        Plan plan = campaigns.plan(id);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TaskLedger.docx(plan, campaigns.tasksOf(id), campaigns, out);
        return Downloads.document(TaskLedger.title(plan) + ".docx", org.zhiben.common.FileType.DOCX,
                out.toByteArray());
    }

    @GetMapping("/campaign/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        CampaignTask t = campaigns.task(id);
        Plan plan = campaigns.plan(t.getPlanId());
        model.addAttribute("task", t);
        model.addAttribute("rectLedgers", rectifications.bindings(id));
        model.addAttribute("plan", plan);
        model.addAttribute("action", campaigns.actionTitle(plan, t.getActionId()).orElse(""));
        model.addAttribute("canReport", campaigns.canReport(t) && !(t.getState() == TaskState.COMPLETED
                && "OFFICE".equals(t.getCompletedBy())));
        model.addAttribute("canManage", campaigns.canManage(plan));
        model.addAttribute("rollUp", campaigns.rollUp(id));
        model.addAttribute("claims", ReportClaim.values());
        model.addAttribute("deliverables", t.getMilestones().stream()
                .filter(m -> m.getTargetKind() == TargetKind.DELIVERABLE && !m.met()).toList());
        model.addAttribute("pending", ReportReview.PENDING);
        model.addAttribute("campaigns", campaigns);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TaskForm());
        }
        return "campaign/task";
    }

    @PostMapping("/campaign/tasks/{id}/reports")
    String report(@PathVariable UUID id, @ModelAttribute("form") TaskForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        campaigns.task(id);
        return saved(id, binding, model, redirect, "已报送进展", () -> {
            Integer percent = integer("percent", form.getPercent());
            BigDecimal quantity = decimal("quantity", form.getQuantity());
            campaigns.report(id, version(form), new ProgressData(claim(form.getClaim()), percent, quantity,
                    form.getNarrative(), uuid("milestoneId", form.getMilestoneId()),
                    CampaignApiController.uploads(form.getEvidence())));
        });
    }

    @PostMapping("/campaign/tasks/{id}/reviews")
    String review(@PathVariable UUID id, @ModelAttribute("form") TaskForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        campaigns.task(id);
        boolean accept = "ACCEPT".equals(form.getDecision());
        return saved(id, binding, model, redirect, accept ? "已认可" : "已退回", () -> campaigns.review(id,
                version(form), uuid("reportId", form.getReportId()), accept, form.getNote()));
    }

    @PostMapping("/campaign/tasks/{id}/escalation")
    String escalation(@PathVariable UUID id, @ModelAttribute("form") TaskForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        campaigns.task(id);
        boolean confirm = "CONFIRM".equals(form.getDecision());
        return saved(id, binding, model, redirect, confirm ? "已确认督促" : "已暂不督促", () -> campaigns
                .decideEscalation(id, version(form), confirm, form.getNote()));
    }

    @GetMapping("/campaign/tasks/{id}/reports/{reportId}/evidence/{seq}")
    ResponseEntity<InputStreamResource> evidence(@PathVariable UUID id, @PathVariable UUID reportId,
            @PathVariable int seq) throws IOException {
        CampaignTask t = campaigns.task(id);
        ProgressReport r = t.getReports().stream().filter(x -> x.getId().equals(reportId)).findFirst()
                .orElseThrow(() -> new NotFoundException("进展报告"));
        Evidence e = r.getEvidence().stream().filter(x -> x.getSeq() == seq).findFirst()
                .orElseThrow(() -> new NotFoundException("佐证材料"));
        InputStream in = files.open(e.getFileKey());
        boolean image = e.getFileType() == org.zhiben.common.FileType.PNG
                || e.getFileType() == org.zhiben.common.FileType.JPEG;
        return Downloads.stored(e.getName(), e.getFileType().contentType(), e.getSize(), image, in);
    }

    private String saved(UUID id, BindingResult binding, Model model, RedirectAttributes redirect, String notice,
            Runnable change) {
        if (!FormSubmission.save(binding, change)) {
            model.addAttribute("error", binding.getGlobalErrors().isEmpty() ? null
                    : binding.getGlobalErrors().get(0).getDefaultMessage());
            return task(id, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/campaign/tasks/" + id;
    }

    private static long version(TaskForm form) {
        return InputRules.version(form.getVersion());
    }

    private static ReportClaim claim(String value) {
        ReportClaim claim = InputRules.choice(ReportClaim.class, "claim", value, "请选择报告类型");
        return claim == null ? ReportClaim.PROGRESS : claim;
    }

    private static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "请填写0到100的整数");
        }
    }

    private static BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value.strip());
            if (d.abs().compareTo(new BigDecimal("1000000000")) > 0) {
                throw new InvalidInputException(field, "数量过大");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "请填写数字");
        }
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "请选择");
        }
    }

}
