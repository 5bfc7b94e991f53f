package org.zhiben.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
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
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.training.AreaType;
import org.zhiben.training.DrillKind;
import org.zhiben.training.Drills;
import org.zhiben.training.Exams;
import org.zhiben.training.HoursKind;
import org.zhiben.training.PersonKind;
import org.zhiben.training.TrainingOverview;
import org.zhiben.training.TrainingStatistics;
import org.zhiben.training.TrainingPeople;
import org.zhiben.training.internal.Attempt;
import org.zhiben.training.DrillData;

/**
 * Training pages: the people register and a person's file (gaps, hours, certificates, proposals, exams, the 三违
 * gate), exams taken on a phone (answers saved on every change), drills with compliance, and the officials' view.
 * Forms are saved through {@link FormSubmission}: a rule's message beside its field.
 */
@Controller
class TrainingPageController {

    private final TrainingPeople people;
    private final Exams exams;
    private final Drills drills;
    private final TrainingOverview overview;
    private final TrainingStatistics statistics;
    private final org.zhiben.training.TrainingCohorts cohorts;

    TrainingPageController(TrainingPeople people, Exams exams, Drills drills, TrainingOverview overview,
            TrainingStatistics statistics, org.zhiben.training.TrainingCohorts cohorts) {
        this.statistics = statistics;
        this.cohorts = cohorts;
        this.people = people;
        this.exams = exams;
        this.drills = drills;
        this.overview = overview;
    }

    @GetMapping("/training")
    String home() {
        CurrentUser me = me();
        if (me.isOfficialOrAdmin()) {
            return "redirect:/training/overview";
        }
        if (me.is(Role.ENTERPRISE_WORKER)) {
            return people.mine().map(p -> "redirect:/training/people/" + p.getId()).orElse("redirect:/training/exams");
        }
        return "redirect:/training/people";
    }

    // ---------------------------------------------------------------- people

    @GetMapping("/training/people")
    String list(@RequestParam(required = false) UUID enterpriseId, Model model) {
        if (enterpriseId == null && !me().role().isEnterpriseRole()) {
            return "redirect:/training/overview"; // an official picks the enterprise there
        }
        model.addAttribute("people", people.list(enterpriseId));
        if (!model.containsAttribute("form")) {
            PersonForm f = new PersonForm();
            f.setIdempotencyKey(UUID.randomUUID().toString());
            model.addAttribute("form", f);
        }
        CurrentUser me = me();
        boolean manager = me.role().isEnterpriseRole() && me.managerOf(me.enterpriseId());
        model.addAttribute("canManage", manager);
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("positions", manager ? people.positions(null).keySet() : List.of());
        return "training/people";
    }

    @PostMapping("/training/people")
    String add(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model, RedirectAttributes r) {
        UUID[] id = new UUID[1];
        if (!FormSubmission.save(binding, () -> id[0] = people.add(null, form.data(), form.getIdempotencyKey()))) {
            model.addAttribute("formOpen", true);
            return list(null, model);
        }
        r.addFlashAttribute("notice", "已登记人员");
        return "redirect:/training/people/" + id[0];
    }

    @GetMapping("/training/people/{id}")
    String file(@PathVariable UUID id, Model model) {
        TrainingPeople.File f = people.file(id);
        model.addAttribute("f", f);
        model.addAttribute("p", f.person());
        model.addAttribute("today", people.today());
        model.addAttribute("hoursKinds", HoursKind.values());
        model.addAttribute("types", people.types());
        Map<String, String> typeNames = new java.util.HashMap<>();
        people.types().forEach(t -> typeNames.put(t.getCode(), t.getName()));
        model.addAttribute("typeNames", typeNames);
        for (String name : List.of("hoursForm", "certForm", "violationForm")) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, new ActionForm());
            }
        }
        return "training/person";
    }

    @PostMapping("/training/people/{id}/hours")
    String hours(@PathVariable UUID id, @ModelAttribute("hoursForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes r) {
        people.get(id);
        return saved(id, binding, model, r, "已登记学时", () -> people.addHours(id, choose(HoursKind.class, "kind",
                form.getKind()), decimal("hours", form.getHours()), form.getDate(), form.getText()));
    }

    @PostMapping("/training/people/{id}/certificates")
    String certificate(@PathVariable UUID id, @ModelAttribute("certForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes r) {
        people.get(id);
        return saved(id, binding, model, r, "已登记证书", () -> people.addCertificate(id, form.getKind(),
                form.getNumber(), form.getIssuer(), form.getDate(), form.getUntil(), null));
    }

    @PostMapping("/training/people/{id}/violation")
    String violation(@PathVariable UUID id, @ModelAttribute("violationForm") ActionForm form, BindingResult binding,
            Model model, RedirectAttributes r) {
        people.get(id);
        return saved(id, binding, model, r, "已记录三违,人员停岗", () -> people.flagViolation(id,
                version(form), form.getDate(), form.getText()));
    }

    @PostMapping("/training/people/{id}/return-to-duty")
    String returnToDuty(@PathVariable UUID id, @ModelAttribute("violationForm") ActionForm form,
            BindingResult binding, Model model, RedirectAttributes r) {
        people.get(id);
        return saved(id, binding, model, r, "已恢复上岗", () -> people.returnToDuty(id, version(form)));
    }

    @PostMapping("/training/people/{id}/certificate-check")
    String check(@PathVariable UUID id, RedirectAttributes r) {
        List<UUID> proposed = people.checkCertificates(id);
        r.addFlashAttribute("notice", proposed.isEmpty() ? "持证核查:没有新的需提请的情况"
                : "已提请重大事故隐患 " + proposed.size() + " 项,待安全管理人员确认");
        return "redirect:/training/people/" + id;
    }

    private String saved(UUID id, BindingResult binding, Model model, RedirectAttributes r, String notice,
            Runnable change) {
        if (!FormSubmission.save(binding, change)) {
            model.addAttribute("error", binding.getAllErrors().isEmpty() ? null
                    : binding.getAllErrors().get(0).getDefaultMessage());
            return file(id, model);
        }
        r.addFlashAttribute("notice", notice);
        return "redirect:/training/people/" + id;
    }

    // ---------------------------------------------------------------- exams

    @GetMapping("/training/exams")
    String exams(Model model) {
        CurrentUser me = me();
        if (!me.role().isEnterpriseRole()) {
            return "redirect:/training/overview";
        }
        model.addAttribute("exams", exams.exams(null));
        model.addAttribute("candidate", people.mine().isPresent());
        boolean manager = me.managerOf(me.enterpriseId());
        model.addAttribute("stats", manager ? exams.passRates() : List.of());
        model.addAttribute("failed", manager ? exams.mostFailed(10) : List.of());
        return "training/exams";
    }

    @PostMapping("/training/exams/{id}/attempts")
    String start(@PathVariable UUID id) {
        return "redirect:/training/attempts/" + exams.start(id);
    }

    @GetMapping("/training/attempts/{id}")
    String attempt(@PathVariable UUID id, Model model) {
        Attempt a = exams.attempt(id);
        model.addAttribute("a", a);
        model.addAttribute("exam", exams.exam(a.getExamId()));
        model.addAttribute("paper", exams.paper(a));
        model.addAttribute("done", a.getSubmittedAt() != null);
        return "training/attempt";
    }

    /** Saves every answer on the form (sent by htmx on each change, or by the 保存 button). */
    @PostMapping("/training/attempts/{id}/answers")
    Object save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
            @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String hx,
            RedirectAttributes r) {
        saveAll(id, params);
        if (hx != null) {
            return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
        }
        r.addFlashAttribute("notice", "答案已保存");
        return "redirect:/training/attempts/" + id;
    }

    @PostMapping("/training/attempts/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, RedirectAttributes r) {
        Attempt a = exams.attempt(id);
        if (a.getSubmittedAt() == null && !a.timedOut(java.time.Instant.now())) {
            saveAll(id, params);
        }
        exams.submit(id);
        r.addFlashAttribute("notice", "已交卷");
        return "redirect:/training/attempts/" + id;
    }

    private void saveAll(UUID id, MultiValueMap<String, String> params) {
        Attempt a = exams.attempt(id);
        for (UUID q : a.paper().keySet()) {
            List<String> given = params.get("q_" + q);
            if (given != null) {
                exams.answer(id, q, String.join("", given));
            }
        }
    }

    // ---------------------------------------------------------------- drills

    @GetMapping("/training/drills")
    String drills(@RequestParam(required = false) UUID enterpriseId, @RequestParam(required = false) Integer year,
            Model model) {
        if (enterpriseId == null && !me().role().isEnterpriseRole()) {
            return "redirect:/training/overview";
        }
        int y = year == null ? people.today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new InvalidInputException("year", "年份应在2000–2100之间");
        }
        model.addAttribute("year", y);
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("drills", drills.views(enterpriseId));
        model.addAttribute("windows", drills.compliance(enterpriseId, y));
        model.addAttribute("kinds", DrillKind.values());
        model.addAttribute("areas", AreaType.values());
        CurrentUser me = me();
        model.addAttribute("canManage", me.role().isEnterpriseRole() && me.managerOf(me.enterpriseId()));
        if (!model.containsAttribute("drillForm")) {
            ActionForm f = new ActionForm();
            f.setIdempotencyKey(UUID.randomUUID().toString());
            model.addAttribute("drillForm", f);
        }
        return "training/drills";
    }

    @PostMapping("/training/drills")
    String drill(@ModelAttribute("drillForm") ActionForm form, BindingResult binding, Model model,
            RedirectAttributes r) {
        if (!FormSubmission.save(binding, () -> drills.record(null, new DrillData(
                choose(DrillKind.class, "kind", form.getKind()), choose(AreaType.class, "area", form.getArea()),
                form.getDate(), form.getText(), form.getParticipants(), form.getCount(), List.of(),
                form.getShortfalls(), form.getImprovements()), form.getIdempotencyKey()))) {
            model.addAttribute("formOpen", true);
            return drills(null, null, model);
        }
        r.addFlashAttribute("notice", "已登记演练");
        return "redirect:/training/drills";
    }

    @PostMapping("/training/drills/{id}/findings/{itemNo}/hazard")
    String raiseHazard(@PathVariable UUID id, @PathVariable int itemNo, RedirectAttributes r) {
        Drills.Raised raised = drills.raiseHazard(id, itemNo);
        r.addFlashAttribute("notice", raised.created() ? "已将第" + itemNo + "条不足转为隐患" : "这一条不足已转为隐患,未重复上报");
        return "redirect:/training/drills#drill-" + id;
    }

    // ---------------------------------------------------------------- officials

    @GetMapping("/training/overview")
    String overview(@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (!me().isOfficialOrAdmin()) {
            return "redirect:/training";
        }
        LocalDate today = people.today();
        model.addAttribute("byRegion", statistics.report(TrainingStatistics.By.REGION, region, today));
        model.addAttribute("bySector", statistics.report(TrainingStatistics.By.SECTOR, region, today));
        model.addAttribute("rows", overview.byEnterprise(today, Math.max(0, page), 50));
        model.addAttribute("cohorts", cohorts.standings());
        return "training/overview";
    }

    // ---------------------------------------------------------------- helpers

    private static long version(ActionForm form) {
        return InputRules.version(form.getVersion());
    }

    private static BigDecimal decimal(String field, String v) {
        try {
            return new BigDecimal(v.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "请填写数字");
        }
    }

    private static <E extends Enum<E>> E choose(Class<E> type, String field, String value) {
        return InputRules.requiredChoice(type, field, value, "请选择");
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
