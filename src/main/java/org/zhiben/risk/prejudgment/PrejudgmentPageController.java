package org.zhiben.risk.prejudgment;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.zhiben.common.PageResponse;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.internal.Forms;

/** 风险预判: the form for the kinds the user may submit, recent judgments, missing periods; 风险预警 list. */
@Controller
class PrejudgmentPageController {

    private final RiskPrejudgments prejudgments;
    private final SectorCatalog catalog;
    private final DataScopes scopes;

    PrejudgmentPageController(RiskPrejudgments prejudgments, SectorCatalog catalog, DataScopes scopes) {
        this.prejudgments = prejudgments;
        this.catalog = catalog;
        this.scopes = scopes;
    }

    public static class PrejudgmentForm {
        private PrejudgmentKind kind;
        private @Size(max = 10) String period;
        private @Size(max = 100) String workshop;
        private @Size(max = 64) String sector;
        private @Size(max = 2000) String conditions;
        private RiskLevel level;
        private @Size(max = 2000) String measures;
        private Long version;

        PrejudgmentData toData() {
            return new PrejudgmentData(kind, period, workshop, sector, conditions, level, measures);
        }

        static PrejudgmentForm of(PrejudgmentView v) {
            PrejudgmentForm f = new PrejudgmentForm();
            f.kind = v.kind();
            f.period = v.period();
            f.workshop = v.workshop();
            f.sector = v.enterpriseId() == null ? v.sector() : null;
            f.conditions = v.conditions();
            f.level = v.level();
            f.measures = v.measures();
            f.version = v.version();
            return f;
        }

        public PrejudgmentKind getKind() { return kind; }
        public void setKind(PrejudgmentKind kind) { this.kind = kind; }
        public String getPeriod() { return period; }
        public void setPeriod(String period) { this.period = period; }
        public String getWorkshop() { return workshop; }
        public void setWorkshop(String workshop) { this.workshop = workshop; }
        public String getSector() { return sector; }
        public void setSector(String sector) { this.sector = sector; }
        public String getConditions() { return conditions; }
        public void setConditions(String conditions) { this.conditions = conditions; }
        public RiskLevel getLevel() { return level; }
        public void setLevel(RiskLevel level) { this.level = level; }
        public String getMeasures() { return measures; }
        public void setMeasures(String measures) { this.measures = measures; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }

    @GetMapping("/risk/prejudgments")
    String page(@RequestParam(required = false) UUID enterpriseId, @RequestParam(required = false) UUID edit,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        UUID subject = enterpriseId != null ? enterpriseId : me.enterpriseId();
        List<PrejudgmentView> list = list(subject);
        PrejudgmentForm form = list.stream().filter(j -> j.id().equals(edit)).findFirst().map(PrejudgmentForm::of)
                .orElseGet(PrejudgmentForm::new);
        if (form.kind == null) {
            prejudgments.kindsFor(me).stream().findFirst().ifPresent(k -> form.kind = k);
        }
        model.addAttribute("form", form);
        return page(model, me, subject, list);
    }

    @PostMapping("/risk/prejudgments")
    String submit(@ModelAttribute("form") PrejudgmentForm form, BindingResult binding,
            @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        if (Forms.save(binding, () -> prejudgments.submit(form.toData(), form.getVersion()))) {
            redirect.addFlashAttribute("notice", "已提交预判");
            return "redirect:/risk/prejudgments";
        }
        return page(model, me, me.enterpriseId(), list(me.enterpriseId()));
    }

    private List<PrejudgmentView> list(UUID enterpriseId) {
        return enterpriseId != null ? prejudgments.ofEnterprise(enterpriseId) : prejudgments.ofDepartments();
    }

    private String page(Model model, CurrentUser me, UUID enterpriseId, List<PrejudgmentView> list) {
        model.addAttribute("kinds", prejudgments.kindsFor(me));
        // the sectors a judgment may name, by name: a sector-limited department's own, others all 25
        DataScope scope = scopes.of(me);
        model.addAttribute("sectorChoices", catalog.sectors().stream()
                .filter(s -> !scope.sectorLimited() || scope.sectors().contains(s.code())).toList());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("judgments", list);
        model.addAttribute("enterpriseId", enterpriseId);
        if (enterpriseId != null) {
            model.addAttribute("missingDays", prejudgments.missing(enterpriseId, PrejudgmentKind.WORKSHOP_DAILY, 14));
            model.addAttribute("missingWeeks", prejudgments.missing(enterpriseId, PrejudgmentKind.ENTERPRISE_WEEKLY, 8));
        } else if (me.isOfficialOrAdmin()) {
            model.addAttribute("missingEnterprises", prejudgments.enterprisesMissingThisWeek(
                    org.springframework.data.domain.PageRequest.of(0, 200)));
            model.addAttribute("thisWeek", prejudgments.current(PrejudgmentKind.ENTERPRISE_WEEKLY.cadence()).label());
            prejudgments.departmentKind(me).ifPresent(k -> {
                model.addAttribute("departmentKind", k);
                model.addAttribute("missingOwn", prejudgments.missingOwn(6));
            });
        }
        return "risk/prejudgments";
    }

    @GetMapping("/risk/warnings")
    String warnings(@RequestParam(required = false) RiskLevel level, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("warnings", prejudgments.warnings(level, period,
                PageResponse.request(page, 20, Sort.unsorted())));
        model.addAttribute("level", level);
        model.addAttribute("period", period);
        model.addAttribute("levels", List.of(RiskLevel.MAJOR, RiskLevel.LARGE, RiskLevel.GENERAL));
        model.addAttribute("mayAcknowledge", me.isOfficialOrAdmin());
        return "risk/warnings";
    }

    @PostMapping("/risk/warnings/{id}/acknowledge")
    String acknowledge(@org.springframework.web.bind.annotation.PathVariable UUID id, @RequestParam Long version,
            RedirectAttributes redirect) {
        try {
            prejudgments.acknowledge(id, version);
            redirect.addFlashAttribute("notice", "已确认预警");
        } catch (org.zhiben.common.InvalidInputException | org.zhiben.common.StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/risk/warnings";
    }
}
