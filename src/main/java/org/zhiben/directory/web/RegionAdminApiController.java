package org.zhiben.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.directory.RegionImportReport;
import org.zhiben.directory.Regions;

@RestController
@Tag(name = "区划与行业 Regions and sectors")
class RegionAdminApiController {

    private final Regions regions;

    RegionAdminApiController(Regions regions) {
        this.regions = regions;
    }

    @PostMapping(value = "/api/v1/admin/regions/import", consumes = "multipart/form-data")
    @Operation(summary = "导入区划CSV(管理员)", description = "code,name,parent_code;有任何错误则全部不导入(422)并列出每行原因")
    ResponseEntity<RegionImportReport> importCsv(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            RegionImportReport report = regions.importCsv(in);
            return report.ok() ? ResponseEntity.ok(report) : ResponseEntity.unprocessableEntity().body(report);
        }
    }
}
