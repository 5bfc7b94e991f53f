package org.zhiben.standardization.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.access.AccessDeniedException;
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
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.RegionCode;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.standardization.GradingAction;
import org.zhiben.standardization.GradingState;
import org.zhiben.standardization.GradingView;
import org.zhiben.standardization.Gradings;

/**
 * 标准化 pages: officials see the gradings in scope (filters: state, flagged for review) and the coverage of 规上
 * enterprises by sector for an area of their jurisdiction; an enterprise's principal or safety manager sees its
 * gradings and self-assesses. A grading shows its history, the plausibility panel (officials) and the next steps.
 */
@Controller
class StandardizationPageController {

    private final Gradings gradings;
    private final Enterprises enterprises;
    private final SectorCatalog sectors;
    private final DataScopes scopes;

    StandardizationPageController(Gradings gradings, Enterprises enterprises, SectorCatalog sectors,
            DataScopes scopes) {
        this.gradings = gradings;
        this.enterprises = enterprises;
        this.sectors = sectors;
        this.scopes = scopes;
    }

    /** A coverage row and the enterprise lists behind its two counts (the registry's coverage filter). */
    record CoverageRow(String label, long aboveScale, long graded, String aboveList, String gradedList) {
        public Double rate() {
            return aboveScale == 0 ? null : Math.round(graded * 1000.0 / aboveScale) / 10.0;
        }
    }

    @GetMapping("/standardization")
    String list(@RequestParam(required = false) GradingState state, @RequestParam(required = false) Boolean flagged,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser me = me();
        model.addAttribute("elements", gradings.elements());
        model.addAttribute("incentives", gradings.incentives());
        model.addAttribute("states", GradingState.values());
        model.addAttribute("state", state);
        model.addAttribute("flagged", flagged);
        if (me.isOfficialOrAdmin()) {
            var found = gradings.list(state, flagged, org.zhiben.common.PageResponse.pageOf(page, 50,
                    Gradings.NEWEST_FIRST));
            model.addAttribute("gradings", found);
            model.addAttribute("gradingPage", found);
            model.addAttribute("region", region);
            try {
                model.addAttribute("coverage", coverage(region));
            } catch (InvalidInputException e) {
                // a region typed into the coverage filter that is no code of the jurisdiction: said beside it
                model.addAttribute("regionError", e.violations().get(0).message());
                model.addAttribute("coverage", coverage(null));
            }
        } else if (me.role().isEnterpriseRole()) {
            model.addAttribute("gradings", gradings.ofEnterprise(me.enterpriseId()));
            model.addAttribute("canAssess", gradings.manages(me.enterpriseId()));
            if (!model.containsAttribute("form")) {
                SelfAssessForm form = new SelfAssessForm();
                form.setIdempotencyKey(UUID.randomUUID().toString());
                model.addAttribute("form", form);
            }
            model.addAttribute("levels", List.of(StandardizationGrade.GRADE_1, StandardizationGrade.GRADE_2,
                    StandardizationGrade.GRADE_3));
        } else {
            throw new AccessDeniedException("标准化定级由企业申请、监管部门办理");
        }
        return "standardization/list";
    }

    /** 规上 coverage over the area (the jurisdiction, or a region inside it), in total and per sector. */
    private List<CoverageRow> coverage(String region) {
        DataScope scope = scopes.current();
        String code = region == null || region.isBlank() ? null : region.strip();
        if (code != null && (!RegionCode.isValid(code) || !scope.coversRegion(code))) {
            throw new InvalidInputException("region", "区划不在您的管辖范围内");
        }
        LiveMetric.Area area;
        if (code != null) {
            area = LiveMetric.Area.region(code);
        } else if (scope.kind() == DataScope.Kind.ALL) {
            area = LiveMetric.Area.region("");
        } else {
            area = LiveMetric.Area.region(scope.region().value());
        }
        Set<String> limit = scope.sectorLimited() ? scope.sectors() : Set.of();
        List<CoverageRow> rows = new ArrayList<>();
        Enterprises.GradeCoverage total = enterprises.gradeCoverage(area.low(), area.high(), limit);
        String base = "/enterprises?" + (code == null ? "" : "region=" + code + "&");
        rows.add(new CoverageRow("合计", total.aboveScale(), total.graded(), base + "coverage=ABOVE_SCALE",
                base + "coverage=GRADED"));
        for (SectorCatalog.Entry s : sectors.sectors()) {
            if (!limit.isEmpty() && !limit.contains(s.code())) {
                continue;
            }
            Enterprises.GradeCoverage c = enterprises.gradeCoverage(area.low(), area.high(), Set.of(s.code()));
            if (c.aboveScale() > 0) {
                String sector = base + "sector=" + s.code() + "&";
                rows.add(new CoverageRow(s.name(), c.aboveScale(), c.graded(), sector + "coverage=ABOVE_SCALE",
                        sector + "coverage=GRADED"));
            }
        }
        return rows;
    }

    @PostMapping("/standardization")
    String selfAssess(@ModelAttribute("form") SelfAssessForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser me = me();
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> {
            StandardizationGrade level = null;
            if (form.getLevel() != null && !form.getLevel().isBlank()) {
                try {
                    level = StandardizationGrade.valueOf(form.getLevel());
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("level", "无效的等级");
                }
            }
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (Gradings.Element e : gradings.elements()) {
                String text = form.getScores().get(e.code());
                if (text == null || text.isBlank()) {
                    throw new InvalidInputException("scores[" + e.code() + "]", "请为" + e.name() + "打分");
                }
                try {
                    scores.put(e.code(), Integer.valueOf(text.strip()));
                } catch (NumberFormatException x) {
                    throw new InvalidInputException("scores[" + e.code() + "]", "请填写整数");
                }
            }
            id.set(gradings.selfAssess(me.enterpriseId(), level, scores, form.getIdempotencyKey()));
        })) {
            return list(null, null, null, 0, model);
        }
        redirect.addFlashAttribute("notice", "已保存自评");
        return "redirect:/standardization/" + id.get();
    }

    @GetMapping("/standardization/{id}")
    String detail(@PathVariable UUID id, Model model) {
        GradingView g = gradings.get(id);
        CurrentUser me = me();
        model.addAttribute("g", g);
        model.addAttribute("elements", gradings.elements());
        model.addAttribute("official", me.isOfficialOrAdmin());
        model.addAttribute("canApply", g.state() == GradingState.SELF_ASSESSED && gradings.manages(g.enterpriseId()));
        if (me.isOfficialOrAdmin()) {
            model.addAttribute("plausibility", g.state() == GradingState.CERTIFIED || g.state() == GradingState.ACCEPTED
                    || g.state() == GradingState.REVIEWED || g.state() == GradingState.APPROVED
                    || g.state() == GradingState.APPLIED ? gradings.plausibility(id) : null);
            model.addAttribute("actions", actions(g));
        }
        if (!model.containsAttribute("actionForm")) {
            ActionForm f = new ActionForm();
            f.setFrom(gradings.today().toString());
            f.setUntil(gradings.today().plusDays(7).toString());
            model.addAttribute("actionForm", f);
        }
        return "standardization/detail";
    }

    private static List<GradingAction> actions(GradingView g) {
        return switch (g.state()) {
            case APPLIED -> List.of(GradingAction.ACCEPT, GradingAction.REJECT);
            case ACCEPTED -> List.of(GradingAction.REJECT);
            case REVIEWED -> List.of(GradingAction.APPROVE, GradingAction.REJECT);
            case APPROVED -> List.of(GradingAction.ANNOUNCE);
            case CERTIFIED -> g.reviewFlagged() ? List.of(GradingAction.CLEAR_FLAG, GradingAction.REVOKE)
                    : List.of(GradingAction.REVOKE);
            default -> List.of();
        };
    }

    @PostMapping("/standardization/{id}/apply")
    String apply(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        gradings.get(id);
        return saved(id, binding, model, redirect, "已提出申请", () -> gradings.apply(id, form.version()));
    }

    @PostMapping("/standardization/{id}/actions")
    String act(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        gradings.get(id);
        return saved(id, binding, model, redirect, "已办理", () -> gradings.act(id, form.version(),
                InputRules.requiredChoice(GradingAction.class, "action", form.getAction(), "请选择操作"),
                form.getReason()));
    }

    @PostMapping("/standardization/{id}/reviewer")
    String reviewer(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        gradings.get(id);
        return saved(id, binding, model, redirect, "已抽取评审专家", () -> gradings.drawReviewer(id, form.version(),
                date("from", form.getFrom()), date("until", form.getUntil())));
    }

    @PostMapping("/standardization/{id}/review")
    String review(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        gradings.get(id);
        return saved(id, binding, model, redirect, "已录入评审结果", () -> {
            Integer score;
            try {
                score = form.getScore() == null || form.getScore().isBlank() ? null : Integer.valueOf(form.getScore().strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("score", "请填写整数");
            }
            gradings.review(id, form.version(), score, form.getOpinion());
        });
    }

    private String saved(UUID id, BindingResult binding, Model model, RedirectAttributes redirect, String notice,
            Runnable change) {
        if (!FormSubmission.save(binding, change)) {
            return detail(id, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/standardization/" + id;
    }

    private static java.time.LocalDate date(String field, String text) {
        return text == null || text.isBlank() ? null : InputRules.date(field, text.strip());
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }

    /** The self-assessment form: the level and a score per element code. */
    public static class SelfAssessForm {
        private @Size(max = 16) String level;
        private Map<String, String> scores = new LinkedHashMap<>();
        private @Size(max = 64) String idempotencyKey;

        public String getLevel() { return level; }
        public void setLevel(String v) { level = v; }
        public Map<String, String> getScores() { return scores; }
        public void setScores(Map<String, String> v) { scores = v == null ? new LinkedHashMap<>() : v; }
        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String v) { idempotencyKey = v; }
    }

    /** A step on a grading. */
    public static class ActionForm {
        private Long version;
        private @Size(max = 64) String action;
        private @Size(max = 2000) String reason;
        private @Size(max = 64) String from;
        private @Size(max = 64) String until;
        private @Size(max = 32) String score;
        private @Size(max = 2000) String opinion;

        long version() {
            return InputRules.version(version);
        }

        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
        public String getAction() { return action; }
        public void setAction(String v) { action = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
        public String getFrom() { return from; }
        public void setFrom(String v) { from = v; }
        public String getUntil() { return until; }
        public void setUntil(String v) { until = v; }
        public String getScore() { return score; }
        public void setScore(String v) { score = v; }
        public String getOpinion() { return opinion; }
        public void setOpinion(String v) { opinion = v; }
    }
}
