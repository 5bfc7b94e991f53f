package org.zhiben.accident.zero;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
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
import org.zhiben.common.PageResponse;
import org.zhiben.common.FileType;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;
import org.zhiben.directory.UnitType;

/**
 * 零事故 pages (phone width, cards): the campaigns, a campaign's 附表1 as one card per 县(市区) with the rates against
 * the targets and the calendar, the units behind a figure, and a unit's years with the 认定 form.
 */
@Controller
class ZeroAccidentPageController {

    private static final int PAGE_SIZE = 30;

    private final ZeroAccidents zero;
    private final ZeroReports reports;

    ZeroAccidentPageController(ZeroAccidents zero, ZeroReports reports) {
        this.zero = zero;
        this.reports = reports;
    }

    @GetMapping("/accidents/zero")
    String campaigns(Model model) {
        model.addAttribute("campaigns", zero.campaigns());
        return "accident/zero/list";
    }

    @GetMapping("/accidents/zero/{id}")
    String campaign(@PathVariable UUID id, @RequestParam(required = false) LocalDate date, Model model) {
        ZeroAccidents.CampaignView c = zero.campaign(id);
        ZeroAccidents.Table1 t = zero.table1(id, date);
        model.addAttribute("c", c);
        model.addAttribute("t", t);
        model.addAttribute("submissions", reports.submissions(id));
        model.addAttribute("contacts", reports.contacts(id));
        model.addAttribute("office", zero.runs(id));
        return "accident/zero/campaign";
    }

    @GetMapping("/accidents/zero/{id}/table1.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @RequestParam(required = false) LocalDate date)
            throws IOException {
        ZeroAccidents.Table1 t = zero.table1(id, date);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Table1Documents.xlsx(t, out);
        return Downloads.document(Table1Documents.fileName(t) + ".xlsx", FileType.XLSX, out.toByteArray());
    }

    @GetMapping("/accidents/zero/{id}/table1.docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID id, @RequestParam(required = false) LocalDate date)
            throws IOException {
        ZeroAccidents.Table1 t = zero.table1(id, date);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Table1Documents.docx(t, out);
        return Downloads.document(Table1Documents.fileName(t) + ".docx", FileType.DOCX, out.toByteArray());
    }

    @GetMapping("/accidents/zero/{id}/units")
    String units(@PathVariable UUID id, @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String county, @RequestParam(required = false) UnitType type,
            @RequestParam(required = false) UnitGroup group, @RequestParam(required = false) Boolean zero,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ZeroAccidents.CampaignView c = this.zero.campaign(id);
        Page<ZeroAccidents.UnitRow> p = this.zero.units(id, date, county, type, group, zero,
                PageResponse.pageOf(page, PAGE_SIZE));
        model.addAttribute("group", group);
        model.addAttribute("c", c);
        model.addAttribute("page", p);
        model.addAttribute("date", date);
        model.addAttribute("county", county);
        model.addAttribute("type", type);
        model.addAttribute("zero", zero);
        return "accident/zero/units";
    }

    @GetMapping("/accidents/zero/units/{unitId}")
    String unit(@PathVariable UUID unitId, Model model) {
        List<ZeroAccidents.UnitYearView> years = zero.unitYearsOfUnit(unitId);
        model.addAttribute("years", years);
        model.addAttribute("first", years.get(0));
        model.addAttribute("c", zero.campaign(years.get(0).campaignId()));
        model.addAttribute("standard", zero.standard());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ZeroDecisionForm());
        }
        return "accident/zero/unit";
    }

    @PostMapping("/accidents/zero/unit-years/{id}/decision")
    String decide(@PathVariable UUID id, @ModelAttribute("form") ZeroDecisionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ZeroAccidents.UnitYearView y = zero.unitYear(id); // 404 outside the scope first
        boolean saved = FormSubmission.save(binding, () -> {
            if (!"RECOGNISE".equals(form.getDecision()) && !"FAIL".equals(form.getDecision())) {
                throw new InvalidInputException("decision", "请选择认定通过或不通过");
            }
            Map<String, Boolean> checklist = new LinkedHashMap<>();
            zero.standard().forEach(s -> checklist.put(s.code(), form.getMet().contains(s.code())));
            zero.decide(id, InputRules.version(form.getVersion()), new ZeroAccidents.Decision(
                    "RECOGNISE".equals(form.getDecision()), checklist, Map.of(), form.getNote()));
        });
        if (!saved) {
            model.addAttribute("error", binding.getAllErrors().isEmpty() ? null
                    : binding.getAllErrors().get(0).getDefaultMessage());
            return unit(y.unitId(), model);
        }
        redirect.addFlashAttribute("notice", "已认定");
        return "redirect:/accidents/zero/units/" + y.unitId();
    }
}
