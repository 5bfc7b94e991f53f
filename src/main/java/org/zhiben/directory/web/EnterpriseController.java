package org.zhiben.directory.web;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.PageResponse;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.StaleVersionException;
import org.zhiben.common.web.Downloads;
import org.zhiben.directory.DocumentKind;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.EnterpriseScale;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.EnterpriseTab;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.directory.UnitType;
import org.zhiben.directory.internal.Enterprise;
import org.zhiben.directory.internal.EnterpriseDocument;
import org.zhiben.audit.AuditTrail;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;

/** Pages of the enterprise registry: list with filters, detail with tabs, create and edit, documents. */
@Controller
class EnterpriseController {

    private final Enterprises enterprises;
    private final Regions regions;
    private final SectorCatalog catalog;
    private final List<EnterpriseTab> tabs;
    private final AuditTrail audit;

    EnterpriseController(Enterprises enterprises, Regions regions, SectorCatalog catalog, List<EnterpriseTab> tabs,
            AuditTrail audit) {
        this.enterprises = enterprises;
        this.regions = regions;
        this.catalog = catalog;
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(EnterpriseTab::order)).toList();
        this.audit = audit;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser me, Model model) {
        if (me.role().isEnterpriseRole()) {
            return "redirect:/enterprises/" + me.enterpriseId();
        }
        if (me.is(Role.EXPERT)) {
            // an expert works on the checks officials assign them; the registry's figures are not theirs to see
            return "redirect:/inspection/today";
        }
        model.addAttribute("bySector", enterprises.countBySector());
        // the chart reads the names from JSON: in the page's language
        model.addAttribute("sectors", catalog.sectors().stream()
                .map(s -> new SectorCatalog.Entry(s.code(), s.text(), s.leadDepartment())).toList());
        model.addAttribute("roots", regions.roots());
        return "directory/home";
    }

    @GetMapping("/enterprises")
    String list(@ModelAttribute("filter") FilterForm filter, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Page<Enterprise> result = enterprises.search(filter.toFilter(),
                PageResponse.pageOf(page, 20, Sort.by("name", "id")));
        model.addAttribute("page", result);
        model.addAttribute("regionNames", enterprises.regionNames(
                result.getContent().stream().map(Enterprise::getRegionCode).toList()));
        model.addAttribute("exportQuery", filter.toQuery());
        if (htmx != null) {
            return "directory/enterprises :: results";
        }
        String current = filter.getRegion() != null ? filter.getRegion()
                : regions.roots().stream().findFirst().map(Regions.RegionView::code).orElse(null);
        model.addAttribute("regionPath", current == null ? List.of() : regions.path(current));
        model.addAttribute("regionChildren", current == null ? List.of() : regions.children(current));
        addChoices(model);
        return "directory/enterprises";
    }

    @GetMapping("/enterprises/new")
    String newForm(Model model) {
        model.addAttribute("form", new EnterpriseForm());
        return form(model, null);
    }

    @PostMapping("/enterprises")
    String create(@ModelAttribute("form") EnterpriseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            UUID id = enterprises.register(form.toData(), null);
            redirect.addFlashAttribute("notice", "企业已登记");
            return "redirect:/enterprises/" + id;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
            return form(model, null);
        }
    }

    @GetMapping("/enterprises/{id}")
    String detail(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, Model model) {
        Enterprise e = enterprises.get(id);
        model.addAttribute("e", e);
        model.addAttribute("regionPath", enterprises.regionPath(e.getRegionCode()));
        model.addAttribute("tabs", tabs.stream().filter(t -> t.visibleTo(me)).toList());
        model.addAttribute("sectorNames", catalog.sectors());
        return "directory/enterprise";
    }

    @GetMapping("/enterprises/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        Enterprise e = enterprises.get(id);
        model.addAttribute("form", EnterpriseForm.of(e));
        return form(model, e);
    }

    @PostMapping("/enterprises/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") EnterpriseForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Enterprise e = enterprises.get(id);
        try {
            enterprises.update(id, form.getVersion(), form.toData());
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/enterprises/" + id;
        } catch (InvalidInputException ex) {
            ex.violations().forEach(v -> binding.rejectValue(v.field(), "invalid", v.message()));
        } catch (StaleVersionException ex) {
            binding.reject("stale", ex.getMessage());
        }
        return form(model, e);
    }

    @GetMapping("/enterprises/{id}/tabs/documents")
    String documents(@PathVariable UUID id, Model model) {
        model.addAttribute("e", enterprises.get(id));
        model.addAttribute("documents", enterprises.documentsOf(id));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("today", enterprises.today());
        return "directory/tab-documents :: documents";
    }

    @GetMapping("/enterprises/{id}/tabs/history")
    String history(@PathVariable UUID id, Model model) {
        enterprises.get(id);
        model.addAttribute("entries", audit.historyOf("Enterprise", id.toString()));
        return "directory/tab-history :: history";
    }

    @PostMapping("/enterprises/{id}/documents")
    String upload(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title, @RequestParam(required = false) String validUntil,
            @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        // kind and date as text: a wrong one is a message on the page, not a bare 400
        try (InputStream in = file.getInputStream()) {
            DocumentKind documentKind = InputRules.choice(DocumentKind.class, "kind", kind, "请选择文件类别");
            enterprises.addDocument(id, documentKind, title, InputRules.date("validUntil", validUntil),
                    file.getOriginalFilename(), in);
            redirect.addFlashAttribute("notice", "文件已上传");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/enterprises/" + id + "#documents";
    }

    /** Always an attachment with the detected type and nosniff, so no upload can run as a page. */
    @GetMapping("/enterprises/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID documentId)
            throws IOException {
        EnterpriseDocument doc = enterprises.document(id, documentId);
        return Downloads.stored(doc.getFilename(), doc.getContentType(), doc.getSizeBytes(), false,
                enterprises.openDocument(doc));
    }

    /**
     * The enterprise picker of any form ({@code directory/enterprise-picker}): the first 20 enterprises in scope
     * (within {@code region} when given) whose name or credit code holds the text, found in the database.
     */
    @GetMapping("/enterprises/picker")
    String enterprisePicker(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            Model model) {
        String text = q == null ? "" : q.strip();
        text = text.substring(0, Math.min(text.length(), PICK_TEXT));
        model.addAttribute("q", text);
        model.addAttribute("found", text.length() < 2 ? List.of()
                : enterprises.searchSummaries(new EnterpriseFilter(region == null || region.isBlank() ? null
                        : region.strip(), null, null, null, null, text),
                        PageRequest.of(0, PICK_SIZE, Sort.by("name", "id"))).getContent());
        return "directory/enterprise-picker :: options";
    }

    private static final int PICK_TEXT = 50;
    private static final int PICK_SIZE = 20;

    /** The region picker at {@code code} (or the top of the caller's jurisdiction): its path and its children. */
    @GetMapping("/regions/picker")
    String regionPicker(@RequestParam(required = false) String code, Model model) {
        if (code != null && !code.isBlank()) {
            model.addAttribute("children", regions.children(code)); // 404 outside the jurisdiction or unknown
            model.addAttribute("code", code);
            model.addAttribute("path", regions.path(code));
        } else {
            pickerAt(null, model);
        }
        return "directory/region-picker :: picker";
    }

    /** The picker on a form: at its region, or the top of the jurisdiction while none is chosen. */
    private void pickerAt(String code, Model model) {
        boolean chosen = code != null && RegionCode.isValid(code);
        String at = chosen ? code : regions.roots().stream().findFirst().map(Regions.RegionView::code).orElse(null);
        List<Regions.RegionView> children = List.of();
        if (at != null) {
            try {
                children = regions.children(at);
            } catch (NotFoundException outsideOrUnknown) {
                // a form sent back with a region outside the jurisdiction: its message stands beside the field
            }
        }
        model.addAttribute("code", chosen ? code : null);
        model.addAttribute("path", at == null ? List.of() : regions.path(at));
        model.addAttribute("children", children);
    }

    private String form(Model model, Enterprise existing) {
        model.addAttribute("existing", existing);
        Object form = model.getAttribute("form");
        pickerAt(form instanceof EnterpriseForm f ? f.getRegionCode() : null, model);
        addChoices(model);
        model.addAttribute("categories", catalog.industryCategories());
        model.addAttribute("scales", EnterpriseScale.values());
        model.addAttribute("grades", StandardizationGrade.values());
        return "directory/enterprise-form";
    }

    private void addChoices(Model model) {
        model.addAttribute("sectors", catalog.sectors());
        model.addAttribute("unitTypes", UnitType.values());
        model.addAttribute("statuses", EnterpriseStatus.values());
    }

    /** Query parameters of the list page. */
    public static class FilterForm {
        private @Size(max = 64) String region;
        private @Size(max = 64) String sector;
        private UnitType unitType;
        private Boolean highRisk;
        private EnterpriseStatus status;
        private @Size(max = 100) String q;
        private EnterpriseFilter.Coverage coverage;

        EnterpriseFilter toFilter() {
            return new EnterpriseFilter(blank(region), blank(sector), unitType, highRisk, status, blank(q), coverage);
        }

        String toQuery() {
            StringBuilder sb = new StringBuilder();
            append(sb, "region", region);
            append(sb, "sector", sector);
            append(sb, "unitType", unitType == null ? null : unitType.name());
            append(sb, "highRisk", highRisk == null ? null : highRisk.toString());
            append(sb, "status", status == null ? null : status.name());
            append(sb, "q", q);
            append(sb, "coverage", coverage == null ? null : coverage.name());
            return sb.toString();
        }

        private static void append(StringBuilder sb, String key, String value) {
            if (value != null && !value.isBlank()) {
                sb.append(sb.isEmpty() ? "" : "&").append(key).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        public String getRegion() { return blank(region); }
        public void setRegion(String region) { this.region = region; }
        public String getSector() { return sector; }
        public void setSector(String sector) { this.sector = sector; }
        public UnitType getUnitType() { return unitType; }
        public void setUnitType(UnitType unitType) { this.unitType = unitType; }
        public Boolean getHighRisk() { return highRisk; }
        public void setHighRisk(Boolean highRisk) { this.highRisk = highRisk; }
        public EnterpriseStatus getStatus() { return status; }
        public void setStatus(EnterpriseStatus status) { this.status = status; }
        public String getQ() { return q; }
        public void setQ(String q) { this.q = q; }
        public EnterpriseFilter.Coverage getCoverage() { return coverage; }
        public void setCoverage(EnterpriseFilter.Coverage coverage) { this.coverage = coverage; }
    }
}
