package org.zhiben.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiben.directory.Regions;
import org.zhiben.directory.SectorCatalog;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "区划与行业 Regions and sectors")
class RegionApiController {

    private final Regions regions;
    private final SectorCatalog catalog;

    RegionApiController(Regions regions, SectorCatalog catalog) {
        this.regions = regions;
        this.catalog = catalog;
    }

    @GetMapping("/regions")
    @Operation(summary = "本人辖区的顶级区划")
    List<Regions.RegionView> roots() {
        return regions.roots();
    }

    @GetMapping("/regions/{code}/children")
    @Operation(summary = "下级区划", description = "只返回与本人辖区重叠的下级;辖区外的区划返回404")
    List<Regions.RegionView> children(@PathVariable String code) {
        return regions.children(code);
    }

    @GetMapping("/sectors")
    @Operation(summary = "25个行业领域及牵头部门")
    List<SectorCatalog.Entry> sectors() {
        return catalog.sectors();
    }

    @GetMapping("/industry-categories")
    @Operation(summary = "国民经济行业门类(GB/T 4754)")
    List<SectorCatalog.Entry> industryCategories() {
        return catalog.industryCategories();
    }
}
