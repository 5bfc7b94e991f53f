package org.zhiben.enforcement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.PageResponse;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.StaleVersionException;
import org.zhiben.common.web.Downloads;
import org.zhiben.directory.Regions;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.enforcement.DualPreventionGaps;
import org.zhiben.enforcement.GapReason;
import org.zhiben.identity.DataScopes;

/** The 应建未建、建而不用 page: filters (region, sector, reason), counts per reason, 列入执法检查, and its xlsx. */
@Controller
class GapPageController {

    private static final int PAGE_SIZE = 20;

    private final DualPreventionGaps gaps;
    private final Regions regions;
    private final SectorCatalog sectors;

    GapPageController(DualPreventionGaps gaps, Regions regions, SectorCatalog sectors) {
        this.gaps = gaps;
        this.regions = regions;
        this.sectors = sectors;
    }

    @GetMapping("/enforcement/unbuilt-or-unused")
    String page(@RequestParam(required = false) String region, @RequestParam(required = false) String sector,
            @RequestParam(required = false) GapReason reason, @RequestParam(defaultValue = "0") int page,
            Model model) {
        String r = GapApiController.blank(region);
        String s = GapApiController.blank(sector);
        model.addAttribute("gaps", gaps.list(new DualPreventionGaps.Filter(r, s, reason, null),
                PageResponse.pageOf(page, PAGE_SIZE)));
        model.addAttribute("region", r);
        model.addAttribute("sector", s);
        model.addAttribute("reason", reason);
        model.addAttribute("reasons", GapReason.values());
        model.addAttribute("sectors", sectors.sectors());
        String mine = DataScopes.currentUser().map(u -> u.regionCode()).orElse(null);
        model.addAttribute("regions", mine == null || !RegionCode.isValid(mine) ? List.of() : regions.children(mine));
        return "enforcement/gaps";
    }

    /** The whole list under the page's filters, as xlsx. */
    @GetMapping("/enforcement/unbuilt-or-unused/export.xlsx")
    void export(@RequestParam(required = false) String region, @RequestParam(required = false) String sector,
            @RequestParam(required = false) GapReason reason, HttpServletResponse response) throws IOException {
        gaps.export(new DualPreventionGaps.Filter(GapApiController.blank(region), GapApiController.blank(sector),
                reason, null), day -> {
                    Downloads.streamed(response,
                            "应建未建建而不用-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx", FileType.XLSX);
                    return response.getOutputStream();
                });
    }

    @PostMapping("/enforcement/unbuilt-or-unused/{id}/enlist")
    String enlist(@PathVariable UUID id, @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            gaps.enlist(id, month);
            redirect.addFlashAttribute("notice", "已列入本年度执法检查计划的重点检查");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.violations().isEmpty() ? e.getMessage()
                    : e.violations().get(0).message());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("error", "计划已被他人修改,请刷新后重试");
        }
        return "redirect:/enforcement/unbuilt-or-unused" + (back != null && back.startsWith("?")
                && back.length() <= 300 && !back.contains("//") ? back : "");
    }
}
