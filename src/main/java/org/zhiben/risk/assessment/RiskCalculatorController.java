package org.zhiben.risk.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.internal.GradingTable;
import org.zhiben.risk.internal.RiskTables;
import org.zhiben.risk.majorsource.MajorHazardCalculator;
import org.zhiben.risk.majorsource.MajorHazardForm;

/** The calculators for any signed-in user: LEC, LS, MES and GB 18218, recalculated by HTMX as the inputs change. */
@Controller
class RiskCalculatorController {

    private static final Pattern SUBSTANCE_ROW = Pattern.compile("^substances\\[(\\d+)]");

    private final RiskTables tables;
    private final RiskGrading grading;
    private final MajorHazardCalculator majorHazard;

    RiskCalculatorController(RiskTables tables, RiskGrading grading, MajorHazardCalculator majorHazard) {
        this.tables = tables;
        this.grading = grading;
        this.majorHazard = majorHazard;
    }

    record FactorChoice(String factor, List<GradingTable.FactorValue> options) {
    }

    record BandLegend(String range, GradingTable.Band band) {
    }

    record MethodCard(AssessmentMethod method, String key, List<FactorChoice> factors, List<BandLegend> bands) {
    }

    @GetMapping("/risk/calculators")
    String page(Model model) {
        GradingTable table = tables.grading();
        List<MethodCard> cards = Arrays.stream(AssessmentMethod.values()).filter(m -> !m.factors().isEmpty())
                .map(m -> {
                    List<String> ranges = table.ranges(m);
                    List<GradingTable.Band> bands = table.bands(m);
                    List<BandLegend> legend = new ArrayList<>();
                    for (int i = 0; i < bands.size(); i++) {
                        legend.add(new BandLegend(ranges.get(i), bands.get(i)));
                    }
                    return new MethodCard(m, m.name().toLowerCase(Locale.ROOT),
                            m.factors().stream().map(f -> new FactorChoice(f, table.values(m, f))).toList(), legend);
                }).toList();
        model.addAttribute("cards", cards);
        model.addAttribute("gb", MajorHazardForm.empty());
        addMajorHazardChoices(model);
        return "risk/calculators";
    }

    /** The result fragment for one scoring method; a hint until every factor is chosen. */
    @PostMapping("/risk/calculators/{method}")
    String score(@PathVariable String method, @RequestParam Map<String, String> params, Model model) {
        AssessmentMethod m = scoringMethod(method);
        Map<String, BigDecimal> inputs = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String factor : m.factors()) {
            String text = params.get(factor);
            if (text == null || text.isBlank()) {
                return "risk/calculators :: score";
            }
            try {
                inputs.put(factor, new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                problems.add(factor.toUpperCase(Locale.ROOT) + " 须为数字");
            }
        }
        if (problems.isEmpty()) {
            try {
                model.addAttribute("score", grading.grade(m, inputs));
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> problems.add(v.message()));
            }
        }
        model.addAttribute("problems", problems);
        return "risk/calculators :: score";
    }

    /** The GB 18218 result fragment; a hint until a substance row is filled. */
    @PostMapping("/risk/calculators/gb18218")
    String majorHazard(@ModelAttribute("gb") MajorHazardForm form, Model model) {
        List<Integer> rowNumbers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        var substances = form.substances(rowNumbers, problems);
        if (substances.isEmpty() && problems.isEmpty()) {
            return "risk/calculators :: gbResult";
        }
        Integer population = null;
        if (MajorHazardForm.blank(form.getOutsidePopulation())) {
            problems.add("请填写厂区边界外500米范围内常住人口");
        } else {
            try {
                population = Integer.valueOf(form.getOutsidePopulation().strip());
            } catch (NumberFormatException e) {
                problems.add("常住人口须为整数");
            }
        }
        if (problems.isEmpty()) {
            try {
                model.addAttribute("assessment", majorHazard.assess(population, substances));
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> problems.add(onPage(v, rowNumbers)));
            }
        }
        model.addAttribute("problems", problems);
        return "risk/calculators :: gbResult";
    }

    /** The substance rows again, as typed, with one more empty row. */
    @PostMapping("/risk/calculators/gb18218/rows")
    String addRow(@ModelAttribute("gb") MajorHazardForm form, Model model) {
        form.getRows().add(new MajorHazardForm.Row());
        addMajorHazardChoices(model);
        return "risk/calculators :: gbRows";
    }

    private void addMajorHazardChoices(Model model) {
        model.addAttribute("categories", tables.majorHazard().categories());
        model.addAttribute("substances", tables.majorHazard().substances());
    }

    /** "第2行:…" for a substance's violation, so the message points at the row the user sees. */
    private static String onPage(FieldViolation violation, List<Integer> rowNumbers) {
        Matcher row = SUBSTANCE_ROW.matcher(violation.field());
        if (row.find()) {
            return "第" + rowNumbers.get(Integer.parseInt(row.group(1))) + "行:" + violation.message();
        }
        return violation.message();
    }

    private static AssessmentMethod scoringMethod(String path) {
        return Arrays.stream(AssessmentMethod.values())
                .filter(m -> !m.factors().isEmpty() && m.name().equalsIgnoreCase(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("评价方法"));
    }
}
