package org.zhiben.risk.map;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.risk.RiskInventory;

/** The four-colour map pages: plans of an enterprise, the map with its editor, the print view, the officials' overview. */
@Controller
class RiskMapPageController {

    private final RiskMaps maps;
    private final RiskInventory inventory;
    private final RiskOverviews overviews;

    RiskMapPageController(RiskMaps maps, RiskInventory inventory, RiskOverviews overviews) {
        this.maps = maps;
        this.inventory = inventory;
        this.overviews = overviews;
    }

    @GetMapping("/risk/enterprises/{enterpriseId}/maps")
    String plans(@PathVariable UUID enterpriseId, Model model) {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("enterpriseName", inventory.enterpriseName(enterpriseId));
        model.addAttribute("plans", maps.plans(enterpriseId));
        model.addAttribute("editable", maps.canEdit(enterpriseId));
        return "risk/maps";
    }

    @PostMapping("/risk/enterprises/{enterpriseId}/maps")
    String upload(@PathVariable UUID enterpriseId, @RequestParam(required = false) String title,
            @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            UUID id = maps.upload(enterpriseId, title,
                    file == null || file.isEmpty() ? null : file.getInputStream());
            redirect.addFlashAttribute("notice", "已上传平面图,请在图上绘制各分析单元的区域");
            return "redirect:/risk/enterprises/" + enterpriseId + "/maps/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", Map.of(e.violations().get(0).field(), e.getMessage()));
            model.addAttribute("title", title);
            return plans(enterpriseId, model);
        }
    }

    @GetMapping("/risk/enterprises/{enterpriseId}/maps/{mapId}")
    String map(@PathVariable UUID enterpriseId, @PathVariable UUID mapId, Model model) {
        RiskMapView map = maps.map(enterpriseId, mapId);
        model.addAttribute("map", map);
        model.addAttribute("plans", maps.plans(enterpriseId));
        return "risk/map";
    }

    @GetMapping("/risk/enterprises/{enterpriseId}/maps/{mapId}/print")
    String print(@PathVariable UUID enterpriseId, @PathVariable UUID mapId, Model model) {
        model.addAttribute("map", maps.map(enterpriseId, mapId));
        return "risk/map-print";
    }

    /** Only to readers of the map; the content type is the one detected at upload, never sniffed. */
    @GetMapping("/risk/enterprises/{enterpriseId}/maps/{mapId}/image")
    ResponseEntity<InputStreamResource> image(@PathVariable UUID enterpriseId, @PathVariable UUID mapId)
            throws IOException {
        RiskMaps.PlanImage image = maps.image(enterpriseId, mapId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .contentLength(image.size()).header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(new InputStreamResource(image.content()));
    }

    @PostMapping("/risk/enterprises/{enterpriseId}/maps/{mapId}/polygons")
    String savePolygon(@PathVariable UUID enterpriseId, @PathVariable UUID mapId,
            @RequestParam(required = false) UUID unitId, @RequestParam(required = false) String points,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        String back = "redirect:/risk/enterprises/" + enterpriseId + "/maps/" + mapId;
        if (!maps.canEdit(enterpriseId)) {
            maps.plan(enterpriseId, mapId);
            throw new AccessDeniedException("只有本企业的主要负责人和安全管理人员可以绘制四色图");
        }
        try {
            if (unitId == null) {
                throw new InvalidInputException("unitId", "请选择风险分析单元");
            }
            maps.savePolygon(enterpriseId, mapId, unitId, PolygonPoints.raw(points), version);
            redirect.addFlashAttribute("notice", "已保存区域");
        } catch (InvalidInputException | StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back;
    }

    @PostMapping("/risk/enterprises/{enterpriseId}/maps/{mapId}/polygons/{unitId}/delete")
    String deletePolygon(@PathVariable UUID enterpriseId, @PathVariable UUID mapId, @PathVariable UUID unitId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            maps.deletePolygon(enterpriseId, mapId, unitId, version);
            redirect.addFlashAttribute("notice", "已删除区域");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/risk/enterprises/" + enterpriseId + "/maps/" + mapId;
    }

    @GetMapping("/risk/overview")
    String overview(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("overview", overviews.overview(page));
        return "risk/overview";
    }
}
