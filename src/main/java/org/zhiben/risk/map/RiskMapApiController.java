package org.zhiben.risk.map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "风险四色图 Risk map", description = "企业平面图与各分析单元的区域,区域按单元当前风险等级着色(重大红、较大橙、一般黄、低蓝、未评估灰);"
        + "本企业主要负责人、安全管理人员可写,职工、辖区监管人员和管理员只读,范围外一律404;监管人员的辖区风险总览")
class RiskMapApiController {

    private final RiskMaps maps;
    private final RiskOverviews overviews;

    RiskMapApiController(RiskMaps maps, RiskOverviews overviews) {
        this.maps = maps;
        this.overviews = overviews;
    }

    /** {@code points}: [[x, y], …] in image pixels, 3–200 points; {@code version}: of the polygon being redrawn. */
    record PolygonRequest(List<List<Double>> points, Long version) {
    }

    @GetMapping("/enterprises/{enterpriseId}/maps")
    @Operation(summary = "企业的平面图列表")
    List<SitePlanView> plans(@PathVariable UUID enterpriseId) {
        return maps.plans(enterpriseId);
    }

    @PostMapping(path = "/enterprises/{enterpriseId}/maps", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传平面图(PNG 或 JPEG,按内容识别,不超过10 MB;记录像素宽高)")
    ResponseEntity<SitePlanView> upload(@PathVariable UUID enterpriseId, @RequestParam(required = false) String title,
            @RequestParam(required = false) MultipartFile file,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) throws IOException {
        UUID id = maps.upload(enterpriseId, title, file == null || file.isEmpty() ? null : file.getBytes(),
                idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/risk/enterprises/" + enterpriseId + "/maps/" + id))
                .body(maps.plan(enterpriseId, id));
    }

    @GetMapping("/enterprises/{enterpriseId}/maps/{mapId}")
    @Operation(summary = "四色图:平面图、各单元区域及其当前等级与颜色")
    RiskMapView map(@PathVariable UUID enterpriseId, @PathVariable UUID mapId) {
        return maps.map(enterpriseId, mapId);
    }

    @PutMapping("/enterprises/{enterpriseId}/maps/{mapId}/polygons/{unitId}")
    @Operation(summary = "绘制或重绘单元区域(每张图每个单元一个区域,保存即替换;带 version 时做乐观锁检查)")
    RiskMaps.SavedPolygon savePolygon(@PathVariable UUID enterpriseId, @PathVariable UUID mapId,
            @PathVariable UUID unitId, @RequestBody PolygonRequest body) {
        return maps.savePolygon(enterpriseId, mapId, unitId, body.points(), body.version());
    }

    @DeleteMapping("/enterprises/{enterpriseId}/maps/{mapId}/polygons/{unitId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除单元区域")
    void deletePolygon(@PathVariable UUID enterpriseId, @PathVariable UUID mapId, @PathVariable UUID unitId,
            @RequestParam(required = false) Long version) {
        maps.deletePolygon(enterpriseId, mapId, unitId, version);
    }

    @GetMapping("/overview")
    @Operation(summary = "辖区风险总览(监管人员、管理员):企业按最高等级排序,每页50家(page 从0起),"
            + "下级区划与行业的重大、较大单元数覆盖全部企业")
    RiskOverview overview(@RequestParam(defaultValue = "0") int page) {
        return overviews.overview(page);
    }
}
