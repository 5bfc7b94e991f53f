package org.zhiben.risk.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.internal.GradingTable;
import org.zhiben.risk.internal.MajorHazardTable;
import org.zhiben.risk.internal.RiskTables;
import org.zhiben.risk.assessment.RiskTableForms.AlphaForm;
import org.zhiben.risk.assessment.RiskTableForms.CategoriesForm;
import org.zhiben.risk.assessment.RiskTableForms.EditForm;
import org.zhiben.risk.assessment.RiskTableForms.MethodForm;
import org.zhiben.risk.assessment.RiskTableForms.SubstancesForm;

/**
 * Administrators edit the scoring methods (values and bands of LEC, LS, MES) and the GB 18218 figures. A rejected
 * edit shows each message beside its input and changes nothing; an accepted one is audited with before and after.
 */
@Controller
class RiskMethodAdminController {

    private static final String PAGE = "/admin/risk-methods";

    private final RiskTables tables;

    RiskMethodAdminController(RiskTables tables) {
        this.tables = tables;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        return render(model, null, null);
    }

    @PostMapping(PAGE + "/{method}")
    String saveMethod(@PathVariable String method, @ModelAttribute MethodForm form, Model model,
            RedirectAttributes redirect) {
        AssessmentMethod m = scoringMethod(method);
        form.compact();
        List<FieldViolation> problems = new ArrayList<>();
        var values = form.toValues(m, problems);
        var bands = form.toBands(m, problems);
        return save(form, problems, () -> tables.updateMethod(m, form.getVersion(), values, bands),
                m.name().toLowerCase(Locale.ROOT), m + " 的取值与分级已保存", model, redirect);
    }

    @PostMapping(PAGE + "/gb18218/categories")
    String saveCategories(@ModelAttribute CategoriesForm form, Model model, RedirectAttributes redirect) {
        form.compact();
        List<FieldViolation> problems = new ArrayList<>();
        var categories = form.toCategories(problems);
        return save(form, problems, () -> tables.updateCategories(form.getVersion(), categories), "categories",
                "GB 18218 类别已保存", model, redirect);
    }

    @PostMapping(PAGE + "/gb18218/substances")
    String saveSubstances(@ModelAttribute SubstancesForm form, Model model, RedirectAttributes redirect) {
        form.compact();
        List<FieldViolation> problems = new ArrayList<>();
        var substances = form.toSubstances(problems);
        return save(form, problems, () -> tables.updateSubstances(form.getVersion(), substances), "substances",
                "GB 18218 物质名录已保存", model, redirect);
    }

    @PostMapping(PAGE + "/gb18218/alpha")
    String saveAlpha(@ModelAttribute AlphaForm form, Model model, RedirectAttributes redirect) {
        form.compact();
        List<FieldViolation> problems = new ArrayList<>();
        var bands = form.toAlphaBands(problems);
        return save(form, problems, () -> tables.updateAlphaBands(form.getVersion(), bands), "alpha",
                "GB 18218 校正系数α已保存", model, redirect);
    }

    /** Numbers that do not parse are reported first: the domain rules only see what was meant. */
    private String save(EditForm form, List<FieldViolation> parseProblems, Runnable update, String anchor,
            String notice, Model model, RedirectAttributes redirect) {
        try {
            if (!parseProblems.isEmpty()) {
                throw new InvalidInputException(parseProblems);
            }
            update.run();
        } catch (InvalidInputException e) {
            form.reject(e.violations());
        } catch (StaleVersionException e) {
            form.reject(List.of(new FieldViolation("version", e.getMessage())));
        }
        if (form.hasErrors()) {
            form.addSpareRows();
            model.addAttribute("error", "未保存:请按提示修改后重新提交");
            return render(model, anchor, form);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + PAGE + "#" + anchor;
    }

    /** The page with every table as stored, except the rejected form {@code anchor}, shown as submitted. */
    private String render(Model model, String anchor, EditForm rejected) {
        Map<String, Long> versions = tables.versions();
        GradingTable grading = tables.grading();
        Map<String, MethodForm> methods = new LinkedHashMap<>();
        Map<String, List<String>> ranges = new LinkedHashMap<>();
        Map<String, List<String>> factors = new LinkedHashMap<>();
        Map<String, String> formulas = new LinkedHashMap<>();
        for (AssessmentMethod m : scoringMethods()) {
            String key = m.name().toLowerCase(Locale.ROOT);
            factors.put(key, m.factors());
            formulas.put(key, m.formula());
            methods.put(key, key.equals(anchor) ? (MethodForm) rejected
                    : MethodForm.of(versions.getOrDefault(m.name(), 0L), grading.values(m), grading.bands(m)));
            ranges.put(key, grading.ranges(m));
        }
        MajorHazardTable gb = tables.majorHazard();
        model.addAttribute("methods", methods);
        model.addAttribute("ranges", ranges);
        model.addAttribute("factors", factors);
        model.addAttribute("formulas", formulas);
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("categoriesForm", "categories".equals(anchor) ? rejected
                : CategoriesForm.of(versions.getOrDefault(RiskTables.CATEGORIES, 0L), gb.categories()));
        model.addAttribute("substancesForm", "substances".equals(anchor) ? rejected
                : SubstancesForm.of(versions.getOrDefault(RiskTables.SUBSTANCES, 0L), gb.substances()));
        model.addAttribute("alphaForm", "alpha".equals(anchor) ? rejected
                : AlphaForm.of(versions.getOrDefault(RiskTables.ALPHA, 0L), gb.alphaBands()));
        model.addAttribute("categoryCodes", gb.categories().stream().map(MajorHazardTable.Category::code).toList());
        return "risk/admin-methods";
    }

    private static List<AssessmentMethod> scoringMethods() {
        return Arrays.stream(AssessmentMethod.values()).filter(m -> !m.factors().isEmpty()).toList();
    }

    private static AssessmentMethod scoringMethod(String path) {
        return scoringMethods().stream().filter(m -> m.name().equalsIgnoreCase(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("评价方法"));
    }
}
