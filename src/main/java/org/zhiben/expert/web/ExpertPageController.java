package org.zhiben.expert.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.zhiben.common.PageResponse;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.expert.AssignmentKind;
import org.zhiben.expert.AssignmentView;
import org.zhiben.expert.ExpertAssignments;
import org.zhiben.expert.ExpertKind;
import org.zhiben.expert.ExpertReport;
import org.zhiben.expert.ExpertView;
import org.zhiben.expert.Experts;
import org.zhiben.expert.Speciality;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;

/**
 * 专家库 pages: the pool and a new expert (officials), an expert's record, assignments (officials in scope: draw or
 * choose; an expert: its own), an assignment with its draw record, the expert's report form and the Word report.
 */
@Controller
class ExpertPageController {

    private static final int PAGE_SIZE = 50;

    private final Experts experts;
    private final ExpertAssignments assignments;
    private final Enterprises enterprises;
    private final SectorCatalog sectors;

    ExpertPageController(Experts experts, ExpertAssignments assignments, Enterprises enterprises,
            SectorCatalog sectors) {
        this.experts = experts;
        this.assignments = assignments;
        this.enterprises = enterprises;
        this.sectors = sectors;
    }

    @GetMapping("/experts")
    String pool(@RequestParam(defaultValue = "0") int page, Model model) {
        if (!me().isOfficialOrAdmin()) {
            return "redirect:/experts/assignments";
        }
        model.addAttribute("experts", experts.list(PageResponse.pageOf(page, PAGE_SIZE, Experts.BY_NAME)));
        model.addAttribute("sectorNames", sectorNames());
        if (!model.containsAttribute("form")) {
            ExpertForms.ExpertForm form = new ExpertForms.ExpertForm();
            form.setIdempotencyKey(UUID.randomUUID().toString());
            model.addAttribute("form", form);
        }
        model.addAttribute("kinds", ExpertKind.values());
        model.addAttribute("specialities", Speciality.values());
        model.addAttribute("sectors", sectors.sectors());
        model.addAttribute("accounts", experts.linkableAccounts(null));
        return "expert/pool";
    }

    @PostMapping("/experts")
    String create(@ModelAttribute("form") ExpertForms.ExpertForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(experts.create(form.toData(), form.getIdempotencyKey())))) {
            return pool(0, model);
        }
        redirect.addFlashAttribute("notice", "已入库");
        return "redirect:/experts/" + id.get();
    }

    @GetMapping("/experts/{id}")
    String expert(@PathVariable UUID id, Model model) {
        ExpertView e = experts.get(id);
        model.addAttribute("e", e);
        model.addAttribute("sectorNames", sectorNames());
        model.addAttribute("assignments", assignments.ofExpert(id));
        return "expert/expert";
    }

    @GetMapping("/experts/assignments")
    String assignmentsPage(@RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser me = me();
        model.addAttribute("assignments", assignments.list(null, PageResponse.pageOf(page, PAGE_SIZE,
                ExpertAssignments.NEWEST_FIRST)));
        model.addAttribute("official", me.isOfficialOrAdmin());
        if (me.is(Role.EXPERT)) {
            model.addAttribute("mine", experts.mine().orElse(null));
        }
        if (me.isOfficialOrAdmin()) {
            if (!model.containsAttribute("form")) {
                ExpertForms.AssignForm form = new ExpertForms.AssignForm();
                form.setIdempotencyKey(UUID.randomUUID().toString());
                form.setFrom(assignments.today().toString());
                form.setUntil(assignments.today().plusDays(7).toString());
                model.addAttribute("form", form);
            }
            model.addAttribute("kinds", AssignmentKind.values());
            ExpertForms.AssignForm form = (ExpertForms.AssignForm) model.getAttribute("form");
            model.addAttribute("picked", pickedName(form.getEnterpriseId()));
            model.addAttribute("pool", experts.choices());
        }
        return "expert/assignments";
    }

    /** The enterprise a form sent back had chosen, by name, if it is one the caller may see. */
    private String pickedName(String enterpriseId) {
        try {
            return enterpriseId == null || enterpriseId.isBlank() ? null
                    : enterprises.details(UUID.fromString(enterpriseId.strip())).map(EnterpriseData::name).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @PostMapping("/experts/assignments")
    String assign(@ModelAttribute("form") ExpertForms.AssignForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!me().isOfficialOrAdmin()) {
            throw new AccessDeniedException("专家由监管部门抽取或指派");
        }
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(assignments.assign(form.toRequest(), form.getIdempotencyKey())))) {
            return assignmentsPage(0, model);
        }
        redirect.addFlashAttribute("notice", "已安排专家");
        return "redirect:/experts/assignments/" + id.get();
    }

    @GetMapping("/experts/assignments/{id}")
    String assignment(@PathVariable UUID id, Model model) {
        AssignmentView a = assignments.get(id);
        CurrentUser me = me();
        model.addAttribute("a", a);
        model.addAttribute("draw", assignments.drawOf(id).orElse(null));
        if (me.isOfficialOrAdmin()) {
            model.addAttribute("names", experts.names(assignments.drawOf(id)
                    .map(d -> d.candidates()).orElse(List.of())));
        } else {
            model.addAttribute("names", Map.of());
        }
        model.addAttribute("canReport", me.is(Role.EXPERT) && me.id().equals(a.expertUserId())
                && "ACTIVE".equals(a.state()));
        model.addAttribute("canCancel", me.isOfficialOrAdmin() && "ACTIVE".equals(a.state()));
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", new ExpertForms.ReportForm());
        }
        return "expert/assignment";
    }

    @PostMapping("/experts/assignments/{id}/report")
    String report(@PathVariable UUID id, @ModelAttribute("reportForm") ExpertForms.ReportForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        assignments.get(id);
        if (!FormSubmission.save(binding, () -> assignments.report(id, form.version(),
                new ExpertReport(form.getFindings(), form.getConclusion())))) {
            return assignment(id, model);
        }
        redirect.addFlashAttribute("notice", "已提交报告");
        return "redirect:/experts/assignments/" + id;
    }

    @PostMapping("/experts/assignments/{id}/cancel")
    String cancel(@PathVariable UUID id, @ModelAttribute("reportForm") ExpertForms.ReportForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        assignments.get(id);
        if (!FormSubmission.save(binding, () -> assignments.cancel(id, form.version(), form.getReason()))) {
            return assignment(id, model);
        }
        redirect.addFlashAttribute("notice", "已撤回");
        return "redirect:/experts/assignments/" + id;
    }

    @GetMapping("/experts/assignments/{id}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) throws IOException {
        return ReportDownload.of(assignments, id);
    }

    private Map<String, String> sectorNames() {
        return sectors.sectors().stream().collect(Collectors.toMap(SectorCatalog.Entry::code,
                SectorCatalog.Entry::name, (x, y) -> x));
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }
}
