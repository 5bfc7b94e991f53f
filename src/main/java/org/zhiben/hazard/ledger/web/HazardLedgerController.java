package org.zhiben.hazard.ledger.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;
import org.zhiben.directory.Regions;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.ledger.HazardLedger;
import org.zhiben.hazard.ledger.LedgerFilter;
import org.zhiben.identity.CurrentUser;

/** The major-hazard database page: filters (HTMX), the list with badges, the stock/increment chart, export. */
@Controller
class HazardLedgerController {

    private final HazardLedger ledger;
    private final Regions regions;
    private final SectorCatalog catalog;

    HazardLedgerController(HazardLedger ledger, Regions regions, SectorCatalog catalog) {
        this.ledger = ledger;
        this.regions = regions;
        this.catalog = catalog;
    }

    @GetMapping("/hazards")
    String list(@ModelAttribute("filter") LedgerFilter filter, BindingResult binding,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("exportQuery", filter.toQuery());
        model.addAttribute("baseline", ledger.baseline());
        if (binding.hasErrors()) {
            model.addAttribute("filterErrors", binding.getFieldErrors().stream()
                    .map(f -> f.getField() + ":取值无效(" + f.getRejectedValue() + ")").toList());
        } else {
            try {
                model.addAttribute("page", ledger.search(filter, page, HazardLedger.DEFAULT_PAGE_SIZE));
                model.addAttribute("summary", ledger.summary(filter));
            } catch (InvalidInputException e) {
                model.addAttribute("filterErrors", e.violations().stream().map(v -> v.field() + ":" + v.message())
                        .toList());
            }
        }
        if (htmx != null) {
            return "hazard/ledger/list :: results";
        }
        List<Regions.RegionView> children = List.of();
        List<Regions.RegionView> path = List.of();
        if (me.isOfficialOrAdmin() && !binding.hasFieldErrors("region")) {
            String current = filter.getRegion() != null && !model.containsAttribute("filterErrors")
                    ? filter.getRegion()
                    : regions.roots().stream().findFirst().map(Regions.RegionView::code).orElse(null);
            if (current != null) {
                children = regions.children(current);
                path = regions.path(current);
            }
        }
        model.addAttribute("regionChildren", children);
        model.addAttribute("regionPath", path);
        model.addAttribute("sectors", catalog.sectors());
        model.addAttribute("levels", HazardLevel.values());
        model.addAttribute("figures", org.zhiben.hazard.HazardCount.values());
        model.addAttribute("states", HazardState.values());
        model.addAttribute("sources", HazardSource.values());
        return "hazard/ledger/list";
    }

    @GetMapping("/hazards/export.xlsx")
    void export(@ModelAttribute LedgerFilter filter, HttpServletResponse response) throws IOException {
        exportTo(ledger, filter, response);
    }

    static void exportTo(HazardLedger ledger, LedgerFilter filter, HttpServletResponse response) throws IOException {
        ledger.check(filter);
        Downloads.streamed(response, "隐患台账-" + ledger.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx",
                FileType.XLSX);
        ledger.exportXlsx(filter, response.getOutputStream());
    }
}
