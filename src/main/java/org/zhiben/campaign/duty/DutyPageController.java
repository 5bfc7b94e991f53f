package org.zhiben.campaign.duty;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.internal.Plan;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.Enterprises;
import org.zhiben.identity.DataScopes;
import org.zhiben.inspection.Checklists;

/**
 * A plan's 领导包联 / 三三查 page: compliance per leader and per duty for a year, the office's form to pair a leader
 * with an enterprise, and for the leader the form that arranges a check (a 监管检查 they then carry out on the
 * inspection task page).
 */
@Controller
class DutyPageController {

    private final LeaderDuties duties;
    private final Campaigns campaigns;
    private final Enterprises enterprises;
    private final Checklists checklists;

    DutyPageController(LeaderDuties duties, Campaigns campaigns, Enterprises enterprises, Checklists checklists) {
        this.duties = duties;
        this.campaigns = campaigns;
        this.enterprises = enterprises;
        this.checklists = checklists;
    }

    @GetMapping("/campaign/plans/{id}/duties")
    String page(@PathVariable UUID id, @RequestParam(required = false) Integer year, Model model) {
        Plan plan = duties.plan(id);
        LocalDate today = campaigns.today();
        int y = year == null || year < plan.getStartDate().getYear() || year > plan.getEndDate().getYear()
                ? Math.max(plan.getStartDate().getYear(), Math.min(today.getYear(), plan.getEndDate().getYear()))
                : year;
        model.addAttribute("plan", plan);
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(plan.getStartDate().getYear(),
                plan.getEndDate().getYear()).boxed().toList());
        model.addAttribute("compliance", duties.compliance(id, y, today));
        boolean manage = campaigns.canManage(plan);
        model.addAttribute("canManage", manage);
        model.addAttribute("meId", DataScopes.currentUser().map(u -> u.id()).orElse(null));
        model.addAttribute("kinds", DutyKind.values());
        model.addAttribute("frequencies", DutyFrequency.values());
        model.addAttribute("templates", checklists.list(null));
        model.addAttribute("today", today);
        if (manage) {
            model.addAttribute("tasks", campaigns.tasksOf(id));
            model.addAttribute("leaders", duties.leaders(id));
        }
        if (!model.containsAttribute("form")) {
            DutyForm form = new DutyForm();
            form.setVisitsRequired(1);
            form.setFrom(today);
            form.setTo(today.plusDays(7));
            model.addAttribute("form", form);
        }
        return "campaign/duties";
    }

    @PostMapping("/campaign/plans/{id}/duties")
    String create(@PathVariable UUID id, @ModelAttribute("form") DutyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        duties.plan(id);
        if (!FormSubmission.save(binding, () -> duties.create(id, new DutyData.NewDuty(
                InputRules.choice(DutyKind.class, "kind", form.getKind(), "请选择类别"), uuid(form.getTaskId(), "taskId"),
                uuid(form.getLeaderUserId(), "leaderUserId"), form.getLeaderPost(),
                enterprise(form.getEnterpriseId()),
                InputRules.choice(DutyFrequency.class, "frequency", form.getFrequency(), "请选择频次"),
                form.getVisitsRequired(),
                form.getStartDate(), form.getEndDate()), (String) null))) {
            return failed(binding, model, () -> page(id, null, model));
        }
        redirect.addFlashAttribute("notice", "已设置包联责任");
        return "redirect:/campaign/plans/" + id + "/duties";
    }

    @PostMapping("/campaign/duties/{id}/visits")
    String arrange(@PathVariable UUID id, @ModelAttribute("form") DutyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        LeaderDuty d = duties.duty(id);
        UUID[] task = new UUID[1];
        if (!FormSubmission.save(binding, () -> task[0] = duties.arrangeVisit(id, new DutyData.NewVisit(
                uuid(form.getTemplateId(), "templateId"), form.getFrom(), form.getTo()), (String) null))) {
            model.addAttribute("visitDuty", id);
            return failed(binding, model, () -> page(d.getPlanId(), null, model));
        }
        redirect.addFlashAttribute("notice", "已安排检查,请按检查表逐项检查并提交");
        return "redirect:/inspection/tasks/" + task[0];
    }

    private static String failed(BindingResult binding, Model model, java.util.function.Supplier<String> page) {
        model.addAttribute("error", binding.getGlobalErrors().isEmpty() ? null
                : binding.getGlobalErrors().get(0).getDefaultMessage());
        return page.get();
    }

    /** The enterprise named by its 统一社会信用代码 (in the caller's scope). */
    private UUID enterprise(String uscc) {
        if (uscc == null || uscc.isBlank()) {
            return null;
        }
        String code = uscc.strip();
        return enterprises.searchSummaries(new EnterpriseFilter(null, null, null, null, null, code),
                org.springframework.data.domain.PageRequest.of(0, 5)).stream()
                .filter(e -> code.equalsIgnoreCase(e.uscc())).map(e -> e.id()).findFirst()
                .orElseThrow(() -> new InvalidInputException("enterpriseId", "辖区内没有统一社会信用代码为 " + code
                        + " 的企业"));
    }

    private static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "请从列表中选择");
        }
    }


}
