package org.zhiben.accident.web;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.zhiben.accident.AccidentCategories;
import org.zhiben.accident.AccidentFilter;
import org.zhiben.accident.AccidentGrade;
import org.zhiben.accident.AccidentState;
import org.zhiben.accident.Accidents;
import org.zhiben.accident.SpecialKind;
import org.zhiben.accident.internal.Accident;
import org.zhiben.common.FormSubmission;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;

/**
 * Accident pages: the scoped list with filters, the detail with the reporting clock, supplementary reports and the
 * investigation's deadlines, and the report form for enterprise users (saved through {@link FormSubmission}: a rule
 * broken shows its message beside its field).
 */
@Controller
class AccidentPageController {

    private static final int PAGE_SIZE = 20;

    private final Accidents accidents;

    AccidentPageController(Accidents accidents) {
        this.accidents = accidents;
    }

    @GetMapping("/accidents")
    String list(@RequestParam(required = false) AccidentGrade grade,
            @RequestParam(required = false) AccidentState state, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Accident> p = accidents.list(new AccidentFilter(grade, state, year),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "occurredAt")));
        model.addAttribute("page", p);
        model.addAttribute("grade", grade);
        model.addAttribute("state", state);
        model.addAttribute("year", year);
        model.addAttribute("grades", AccidentGrade.values());
        model.addAttribute("states", AccidentState.values());
        model.addAttribute("canReport", me().role().isEnterpriseRole());
        return "accident/list";
    }

    @GetMapping("/accidents/new")
    String newForm(Model model) {
        requireEnterpriseUser();
        AccidentForm form = new AccidentForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return formPage(form, model);
    }

    @PostMapping("/accidents")
    String report(@ModelAttribute("form") AccidentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        requireEnterpriseUser();
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(accidents.report(form.toReport(), form.getIdempotencyKey())))) {
            return formPage(form, model);
        }
        redirect.addFlashAttribute("notice", "已报告事故");
        return "redirect:/accidents/" + id.get();
    }

    @GetMapping("/accidents/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Accident a = accidents.get(id);
        var now = accidents.now();
        model.addAttribute("a", a);
        model.addAttribute("categoryLabel", AccidentCategories.label(a.getCategoryScheme(), a.getCategoryCode()));
        model.addAttribute("steps", a.clock(now));
        model.addAttribute("window", a.supplementWindow(now));
        model.addAttribute("official", me().isOfficialOrAdmin());
        return "accident/detail";
    }

    private String formPage(AccidentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", AccidentCategories.of(AccidentCategories.GB_6441_1986));
        model.addAttribute("kinds", Arrays.asList(SpecialKind.values()));
        return "accident/new";
    }

    private static void requireEnterpriseUser() {
        if (!me().role().isEnterpriseRole()) {
            throw new AccessDeniedException("事故报告表供企业人员填写;监管人员请通过接口登记");
        }
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }
}
