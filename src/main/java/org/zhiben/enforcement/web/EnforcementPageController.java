package org.zhiben.enforcement.web;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.FileType;
import org.zhiben.common.InputRules;
import org.zhiben.common.PageResponse;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.enforcement.CaseMeasure;
import org.zhiben.enforcement.CaseState;
import org.zhiben.enforcement.Cases;
import org.zhiben.enforcement.Draws;
import org.zhiben.enforcement.EnforcementDirectory;
import org.zhiben.enforcement.EnforcementStatistics;
import org.zhiben.enforcement.InspectionMode;
import org.zhiben.enforcement.ListPeriod;
import org.zhiben.enforcement.Inspections;
import org.zhiben.enforcement.OnSiteMeasure;
import org.zhiben.enforcement.WritKind;
import org.zhiben.enforcement.Writs;
import org.zhiben.enforcement.internal.EnforcementCase;
import org.zhiben.enforcement.internal.Inspection;
import org.zhiben.enforcement.internal.Writ;
import org.zhiben.identity.DataScopes;
import org.zhiben.inspection.Checklists;

/**
 * The enforcement office's pages: overview, the three directories, draws, inspections, cases with their actions,
 * documents, statistics and the ban register. Forms go through {@link FormSubmission}; records outside the scope 404.
 */
@Controller
class EnforcementPageController {

    private static final int PAGE_SIZE = 20;

    private final EnforcementDirectory directory;
    private final Draws draws;
    private final Inspections inspections;
    private final Cases cases;
    private final Writs writs;
    private final EnforcementStatistics statistics;
    private final Checklists checklists;
    private final SectorCatalog sectors;
    private final org.zhiben.enforcement.TypicalCases typical;
    private final org.zhiben.enforcement.OfficerTrainings trainings;

    EnforcementPageController(EnforcementDirectory directory, Draws draws, Inspections inspections, Cases cases,
            Writs writs, EnforcementStatistics statistics, Checklists checklists, SectorCatalog sectors,
            org.zhiben.enforcement.TypicalCases typical, org.zhiben.enforcement.OfficerTrainings trainings) {
        this.typical = typical;
        this.trainings = trainings;
        this.directory = directory;
        this.draws = draws;
        this.inspections = inspections;
        this.cases = cases;
        this.writs = writs;
        this.statistics = statistics;
        this.checklists = checklists;
        this.sectors = sectors;
    }

    @GetMapping("/enforcement")
    String home(@RequestParam(required = false) InspectionMode mode, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, Model model) {
        directory.officers(); // officials only
        ListPeriod period = new ListPeriod(year, month, region);
        model.addAttribute("page", inspections.list(mode, null, period, PageResponse.pageOf(page, PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "inspectedOn", "createdAt"))));
        model.addAttribute("period", period);
        model.addAttribute("mode", mode);
        model.addAttribute("modes", InspectionMode.values());
        return "enforcement/home";
    }

    // ---------------------------------------------------------------- directories

    @GetMapping("/enforcement/targets")
    String targets(@RequestParam(required = false) String sector, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", directory.targets(new EnterpriseFilter(null, blank(sector), null, null, null, null),
                PageResponse.pageOf(page, PAGE_SIZE, Sort.by("name", "id"))));
        model.addAttribute("sector", blank(sector));
        model.addAttribute("sectors", sectors.sectors());
        return "enforcement/targets";
    }

    String officers(Model model) {
        return officers(null, null, model);
    }

    /**
     * The officer directory with each officer's training of the period, the period's training coverage by region and
     * the untrained officers (seed 002 task 10), and the forms to enter an officer and a training.
     */
    @GetMapping("/enforcement/officers")
    String officers(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
        if (!model.containsAttribute("form")) {
            Forms.OfficerForm form = new Forms.OfficerForm();
            form.setIdempotencyKey(UUID.randomUUID().toString());
            model.addAttribute("form", form);
        }
        if (!model.containsAttribute("trainingForm")) {
            Forms.OfficerTrainingForm form = new Forms.OfficerTrainingForm();
            form.setIdempotencyKey(UUID.randomUUID().toString());
            form.setTrainedOn(directory.today());
            model.addAttribute("trainingForm", form);
        }
        var officerList = directory.officers();
        org.zhiben.enforcement.OfficerTrainings.Coverage coverage;
        try {
            // the period is typed text: a far or malformed date is the period's message, not a 400 page
            coverage = trainings.coverage(InputRules.date("from", from), InputRules.date("to", to));
        } catch (org.zhiben.common.InvalidInputException e) {
            model.addAttribute("periodError", e.violations().get(0).message());
            coverage = trainings.coverage(null, null);
        }
        model.addAttribute("coverage", coverage);
        model.addAttribute("trainingOf", trainings.summaries(officerList.stream().map(o -> o.getId()).toList(),
                coverage.from(), coverage.to()));
        model.addAttribute("officers", officerList);
        model.addAttribute("trainable", directory.manageable(officerList));
        model.addAttribute("today", directory.today());
        model.addAttribute("users", directory.officialsToEnter());
        return "enforcement/officers";
    }

    @PostMapping("/enforcement/officers")
    String addOfficer(@ModelAttribute("form") Forms.OfficerForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.save(binding, () -> directory.register(form.toOfficer(), form.getIdempotencyKey()))) {
            return officers(model);
        }
        redirect.addFlashAttribute("notice", "已登记执法人员");
        return "redirect:/enforcement/officers";
    }

    @PostMapping("/enforcement/officers/trainings")
    String addTraining(@jakarta.validation.Valid @ModelAttribute("trainingForm") Forms.OfficerTrainingForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (form.getOfficerId() == null && !binding.hasFieldErrors("officerId")) {
            binding.rejectValue("officerId", "required", "请选择执法人员");
        }
        if (!FormSubmission.save(binding, () -> trainings.add(form.getOfficerId(), form.toTraining(),
                form.getIdempotencyKey()))) {
            return officers(model);
        }
        redirect.addFlashAttribute("notice", "已登记执法人员培训记录");
        return "redirect:/enforcement/officers";
    }

    @GetMapping("/enforcement/items")
    String items(Model model) {
        if (!model.containsAttribute("form")) {
            Forms.ItemForm form = new Forms.ItemForm();
            form.setIdempotencyKey(UUID.randomUUID().toString());
            model.addAttribute("form", form);
        }
        model.addAttribute("items", directory.items());
        return "enforcement/items";
    }

    @PostMapping("/enforcement/items")
    String addItem(@ModelAttribute("form") Forms.ItemForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.save(binding, () -> directory.addItem(form.toItem(), form.getIdempotencyKey()))) {
            return items(model);
        }
        redirect.addFlashAttribute("notice", "已新增抽查事项");
        return "redirect:/enforcement/items";
    }

    // ---------------------------------------------------------------- draws

    String draws(Model model) {
        return draws(0, model);
    }

    @GetMapping("/enforcement/draws")
    String draws(@RequestParam(defaultValue = "0") int page, Model model) {
        if (!model.containsAttribute("form")) {
            Forms.DrawForm form = new Forms.DrawForm();
            form.setIdempotencyKey(UUID.randomUUID().toString());
            DataScopes.currentUser().ifPresent(me -> form.setRegionCode(me.regionCode()));
            model.addAttribute("form", form);
        }
        model.addAttribute("draws", draws.list(PageResponse.pageOf(page, 50,
                Sort.by(Sort.Direction.DESC, "drawnAt").and(Sort.by("id")))));
        model.addAttribute("items", directory.items());
        model.addAttribute("officers", directory.officers());
        model.addAttribute("sectors", sectors.sectors());
        return "enforcement/draws";
    }

    @PostMapping("/enforcement/draws")
    String draw(@ModelAttribute("form") Forms.DrawForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(draws.draw(form.toDraw(), form.getIdempotencyKey())))) {
            return draws(model);
        }
        redirect.addFlashAttribute("notice", "已抽取并公示");
        return "redirect:/enforcement/draws/" + id.get();
    }

    @GetMapping("/enforcement/draws/{id}")
    String drawDetail(@PathVariable UUID id, Model model) {
        model.addAttribute("d", draws.get(id));
        model.addAttribute("official", true);
        return "enforcement/draw";
    }

    // ---------------------------------------------------------------- inspections

    @GetMapping("/enforcement/inspections/new")
    String newInspection(@RequestParam(required = false) UUID enterpriseId, @RequestParam(required = false) UUID drawId,
            Model model) {
        EnforcerAdvice.require();
        Forms.InspectionForm form = new Forms.InspectionForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setEnterpriseId(enterpriseId);
        form.setDrawId(drawId);
        form.setMode(drawId != null ? InspectionMode.DOUBLE_RANDOM : InspectionMode.FOUR_NOS);
        form.setInspectedOn(directory.today());
        if (drawId != null) {
            form.setOfficerIds(draws.get(drawId).drawnOfficers().stream().map(c -> c.id()).toList());
        }
        return inspectionForm(form, model);
    }

    private String inspectionForm(Forms.InspectionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("modes", InspectionMode.values());
        model.addAttribute("measures", OnSiteMeasure.values());
        model.addAttribute("officers", directory.officers());
        model.addAttribute("picked", directory.nameOf(form.getEnterpriseId()).orElse(null));
        model.addAttribute("templates", checklists.list(null));
        model.addAttribute("today", directory.today());
        return "enforcement/inspection-new";
    }

    @PostMapping("/enforcement/inspections")
    String inspect(@ModelAttribute("form") Forms.InspectionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(inspections.record(form.toInspection(),
                form.getIdempotencyKey())))) {
            return inspectionForm(form, model);
        }
        redirect.addFlashAttribute("notice", "已记录执法检查");
        return "redirect:/enforcement/inspections/" + id.get();
    }

    @GetMapping("/enforcement/inspections/{id}")
    String inspection(@PathVariable UUID id, Model model) {
        Inspection i = inspections.get(id);
        model.addAttribute("i", i);
        model.addAttribute("writs", writs.of(id));
        model.addAttribute("kinds", List.of(WritKind.SITE_RECORD, WritKind.RECTIFY_ORDER, WritKind.RECHECK_OPINION,
                WritKind.SITE_MEASURE));
        return "enforcement/inspection";
    }

    @PostMapping("/enforcement/documents")
    String issue(@RequestParam(required = false) WritKind kind, @RequestParam UUID sourceId,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        String target = kind != null && kind.ofCase() ? "/enforcement/cases/" + sourceId
                : "/enforcement/inspections/" + sourceId;
        try {
            Writ w = writs.get(writs.issue(kind, sourceId));
            redirect.addFlashAttribute("notice", "已制作" + w.getKind().label() + " " + w.getNumber());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.violations().get(0).message());
        }
        return "redirect:" + target;
    }

    @GetMapping("/enforcement/documents/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        Writ w = writs.get(id);
        return Downloads.document(w.getKind().label() + "-" + w.getNumber() + ".docx", FileType.DOCX,
                writs.render(id));
    }

    // ---------------------------------------------------------------- cases

    @GetMapping("/enforcement/cases")
    String cases(@RequestParam(required = false) CaseState state, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ListPeriod period = new ListPeriod(year, month, region);
        model.addAttribute("page", cases.list(state, period, PageResponse.pageOf(page, PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "filedOn", "createdAt"))));
        model.addAttribute("period", period);
        model.addAttribute("state", state);
        model.addAttribute("states", CaseState.values());
        return "enforcement/cases";
    }

    @GetMapping("/enforcement/cases/new")
    String newCase(@RequestParam(required = false) UUID enterpriseId, @RequestParam(required = false) UUID inspectionId,
            Model model) {
        EnforcerAdvice.require();
        Forms.CaseForm form = new Forms.CaseForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setEnterpriseId(enterpriseId);
        form.setInspectionId(inspectionId);
        return caseForm(form, model);
    }

    private String caseForm(Forms.CaseForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("picked", directory.nameOf(form.getEnterpriseId()).orElse(null));
        return "enforcement/case-new";
    }

    @PostMapping("/enforcement/cases")
    String file(@ModelAttribute("form") Forms.CaseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(cases.file(form.toCase(), form.getIdempotencyKey())))) {
            return caseForm(form, model);
        }
        redirect.addFlashAttribute("notice", "已立案");
        return "redirect:/enforcement/cases/" + id.get();
    }

    @GetMapping("/enforcement/cases/{id}")
    String caseDetail(@PathVariable UUID id, Model model) {
        EnforcementCase c = cases.get(id);
        model.addAttribute("c", c);
        model.addAttribute("writs", writs.of(id));
        model.addAttribute("typicalCase", typical.ofCase(id).orElse(null));
        model.addAttribute("ownOffice", org.zhiben.identity.DataScopes.currentUser()
                .map(me -> c.getOfficeCode().equals(me.regionCode())).orElse(false));
        model.addAttribute("liability", directory.liability(c.getEnterpriseId()).orElse(null));
        model.addAttribute("kinds", List.of(WritKind.CASE_FILING, WritKind.PENALTY_NOTICE, WritKind.PENALTY_DECISION,
                WritKind.CASE_CLOSING));
        model.addAttribute("caseMeasures", CaseMeasure.values());
        model.addAttribute("today", directory.today());
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new Forms.ActionForm());
        }
        return "enforcement/case";
    }

    @PostMapping("/enforcement/cases/{id}/actions")
    String act(@PathVariable UUID id, @ModelAttribute("actionForm") Forms.ActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        cases.get(id); // 404 outside the scope first
        if (!FormSubmission.save(binding, () -> cases.transition(id, form.version(), form.toCommand()))) {
            model.addAttribute("error", binding.getAllErrors().isEmpty() ? null
                    : binding.getAllErrors().get(0).getDefaultMessage());
            return caseDetail(id, model);
        }
        redirect.addFlashAttribute("notice", "已办理:" + form.getAction().label());
        return "redirect:/enforcement/cases/" + id;
    }

    @GetMapping("/enforcement/bans")
    String bans(Model model) {
        directory.officers();
        model.addAttribute("bans", cases.bans());
        model.addAttribute("proposals", cases.banProposals());
        return "enforcement/bans";
    }

    // ---------------------------------------------------------------- statistics

    @GetMapping("/enforcement/statistics")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? directory.today().getYear() : year;
        model.addAttribute("r", statistics.report(y));
        model.addAttribute("year", y);
        model.addAttribute("links", new StatisticsLinks(y));
        return "enforcement/statistics";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
