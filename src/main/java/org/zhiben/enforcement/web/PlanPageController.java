package org.zhiben.enforcement.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.enforcement.AnnualPlans;
import org.zhiben.common.FieldViolation;
import org.zhiben.enforcement.EnforcementDirectory;
import org.zhiben.enforcement.NewPlan;
import org.zhiben.enforcement.PlanDefaults;
import org.zhiben.enforcement.PlanView;
import org.zhiben.enforcement.SupervisionCategory;
import org.zhiben.identity.DataScopes;

/** The office's annual plan pages: the list and a draft form, a plan with its progress, filing and publishing. */
@Controller
class PlanPageController {

    private final AnnualPlans plans;
    private final PlanDefaults defaults;
    private final EnforcementDirectory directory;

    PlanPageController(AnnualPlans plans, PlanDefaults defaults, EnforcementDirectory directory) {
        this.plans = plans;
        this.defaults = defaults;
        this.directory = directory;
    }

    /** The draft form: year, title, note, share and rounds per category (prefilled with the defaults). */
    public static class PlanForm {
        private @Size(max = 64) String idempotencyKey;
        private Integer year;
        private @Size(max = 200) String title;
        private @Size(max = 2000) String note;
        private Integer keyShare;
        private Integer keyRounds;
        private Integer generalShare;
        private Integer generalRounds;
        private Integer incentiveShare;
        private Integer incentiveRounds;

        NewPlan toPlan() {
            return new NewPlan(year, title, note, List.of(
                    new NewPlan.CategoryShare(SupervisionCategory.KEY, keyShare, keyRounds),
                    new NewPlan.CategoryShare(SupervisionCategory.GENERAL, generalShare, generalRounds),
                    new NewPlan.CategoryShare(SupervisionCategory.INCENTIVE, incentiveShare, incentiveRounds)),
                    List.of());
        }

        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
        public Integer getYear() { return year; }
        public void setYear(Integer v) { year = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
        public Integer getKeyShare() { return keyShare; }
        public void setKeyShare(Integer v) { keyShare = v; }
        public Integer getKeyRounds() { return keyRounds; }
        public void setKeyRounds(Integer v) { keyRounds = v; }
        public Integer getGeneralShare() { return generalShare; }
        public void setGeneralShare(Integer v) { generalShare = v; }
        public Integer getGeneralRounds() { return generalRounds; }
        public void setGeneralRounds(Integer v) { generalRounds = v; }
        public Integer getIncentiveShare() { return incentiveShare; }
        public void setIncentiveShare(Integer v) { incentiveShare = v; }
        public Integer getIncentiveRounds() { return incentiveRounds; }
        public void setIncentiveRounds(Integer v) { incentiveRounds = v; }
    }

    /** One key inspection added to a draft on its page: the enterprise, the month planned and why. */
    public static class TargetForm {
        private Long version;
        private UUID enterpriseId;
        private Integer month;
        private @Size(max = 200) String reason;

        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
        public UUID getEnterpriseId() { return enterpriseId; }
        public void setEnterpriseId(UUID v) { enterpriseId = v; }
        public Integer getMonth() { return month; }
        public void setMonth(Integer v) { month = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    /** The plan as it stands, as a revision with {@code targets} in place of its key inspections. */
    private static NewPlan revision(PlanView p, List<NewPlan.KeyTarget> targets) {
        return new NewPlan(p.year(), p.title(), p.note(), p.categories().stream()
                .map(c -> new NewPlan.CategoryShare(c.category(), c.sharePercent(), c.rounds())).toList(), targets);
    }

    private static List<NewPlan.KeyTarget> current(PlanView p) {
        return new java.util.ArrayList<>(p.targets().stream()
                .map(t -> new NewPlan.KeyTarget(t.enterpriseId(), t.month(), t.reason())).toList());
    }

    /**
     * 重点检查 added on the draft's page: the plan is revised with the new target last; a violation of the new
     * target's fields is shown beside the field, anything else (a stale version) above the form.
     */
    @PostMapping("/enforcement/plans/{id}/targets")
    String addTarget(@PathVariable UUID id, @ModelAttribute("targetForm") TargetForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        PlanView p = plans.get(id);
        List<NewPlan.KeyTarget> targets = current(p);
        String prefix = "targets[" + targets.size() + "].";
        targets.add(new NewPlan.KeyTarget(form.getEnterpriseId(), form.getMonth(), form.getReason()));
        if (!FormSubmission.save(binding, () -> {
            try {
                plans.revise(id, form.getVersion() == null ? -1 : form.getVersion(), revision(p, targets));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.violations().stream().map(v -> new FieldViolation(
                        v.field().startsWith(prefix) ? v.field().substring(prefix.length()) : "-" + v.field(),
                        v.message())).toList());
            }
        })) {
            return detail(id, model);
        }
        redirect.addFlashAttribute("notice", "已添加重点检查对象");
        return "redirect:/enforcement/plans/" + id + "#plan-targets";
    }

    /** Takes the key inspection at {@code index} out of a draft. */
    @PostMapping("/enforcement/plans/{id}/targets/{index}/remove")
    String removeTarget(@PathVariable UUID id, @PathVariable int index, @RequestParam long version, Model model,
            RedirectAttributes redirect) {
        PlanView p = plans.get(id);
        List<NewPlan.KeyTarget> targets = current(p);
        if (index < 0 || index >= targets.size()) {
            throw new org.zhiben.common.NotFoundException("重点检查对象");
        }
        targets.remove(index);
        return act(id, model, redirect, "已移除重点检查对象", () -> plans.revise(id, version, revision(p, targets)));
    }

    @GetMapping("/enforcement/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.list());
        if (!model.containsAttribute("form")) {
            PlanForm f = new PlanForm();
            f.setIdempotencyKey(UUID.randomUUID().toString());
            f.setYear(directory.today().getYear());
            f.setKeyShare(defaults.of(SupervisionCategory.KEY).sharePercent());
            f.setKeyRounds(defaults.of(SupervisionCategory.KEY).rounds());
            f.setGeneralShare(defaults.of(SupervisionCategory.GENERAL).sharePercent());
            f.setGeneralRounds(defaults.of(SupervisionCategory.GENERAL).rounds());
            f.setIncentiveShare(defaults.of(SupervisionCategory.INCENTIVE).sharePercent());
            f.setIncentiveRounds(defaults.of(SupervisionCategory.INCENTIVE).rounds());
            model.addAttribute("form", f);
        }
        model.addAttribute("categories", SupervisionCategory.values());
        return "enforcement/plans";
    }

    @PostMapping("/enforcement/plans")
    String draft(@ModelAttribute("form") PlanForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        AtomicReference<UUID> id = new AtomicReference<>();
        // the aggregate names a category's fields categories[KEY].sharePercent; the form's are keyShare
        if (!FormSubmission.save(binding, () -> {
            try {
                id.set(plans.draft(form.toPlan(), form.getIdempotencyKey()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.violations().stream().map(v -> new org.zhiben.common.FieldViolation(
                        formField(v.field()), v.message())).toList());
            }
        })) {
            return list(model);
        }
        redirect.addFlashAttribute("notice", "已保存计划草稿");
        return "redirect:/enforcement/plans/" + id.get();
    }

    static String formField(String field) {
        for (SupervisionCategory c : SupervisionCategory.values()) {
            String prefix = "categories[" + c.name() + "].";
            if (field.startsWith(prefix)) {
                return c.name().toLowerCase() + (field.endsWith("sharePercent") ? "Share" : "Rounds");
            }
        }
        return field;
    }

    @GetMapping("/enforcement/plans/{id}")
    String detail(@PathVariable UUID id, Model model) {
        PlanView p = plans.get(id);
        model.addAttribute("p", p);
        model.addAttribute("progress", plans.progress(id));
        model.addAttribute("official", true);
        boolean mine = DataScopes.currentUser().map(me -> p.officeCode().equals(me.regionCode())).orElse(false);
        model.addAttribute("mine", mine);
        if (mine && p.state() == org.zhiben.enforcement.PlanState.DRAFT) {
            if (!model.containsAttribute("targetForm")) {
                TargetForm f = new TargetForm();
                f.setMonth(directory.today().getYear() == p.year() ? directory.today().getMonthValue() : 1);
                model.addAttribute("targetForm", f);
            }
            // the office's jurisdiction: where the objects a key inspection may name are searched
            model.addAttribute("targetRegion", p.officeCode());
            TargetForm shown = (TargetForm) model.getAttribute("targetForm");
            model.addAttribute("picked", directory.nameOf(shown.getEnterpriseId()).orElse(null));
        }
        return "enforcement/plan";
    }

    @PostMapping("/enforcement/plans/{id}/file")
    String file(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "已报上级备案", () -> plans.file(id, version));
    }

    @PostMapping("/enforcement/plans/{id}/publish")
    String publish(@PathVariable UUID id, @RequestParam long version, Model model, RedirectAttributes redirect) {
        return act(id, model, redirect, "已公示", () -> plans.publish(id, version));
    }

    private String act(UUID id, Model model, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.violations().isEmpty() ? e.getMessage() : e.violations().get(0).message());
            return detail(id, model);
        } catch (StaleVersionException e) {
            model.addAttribute("error", "计划已被他人修改,请刷新后重试");
            return detail(id, model);
        }
        redirect.addFlashAttribute("notice", done);
        return "redirect:/enforcement/plans/" + id;
    }
}
