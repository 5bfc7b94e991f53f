package org.zhiben.risk.sheet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.sheet.InventorySheetImport.ImportReport;

/** The 风险管控清单 xlsx on the API; errors as problem details (not xlsx: 400; outside scope: 404; readers: 403). */
@RestController
@RequestMapping("/api/v1/risk/enterprises/{enterpriseId}")
@Tag(name = "风险 Risk inventory")
class InventorySheetApiController {

    private final InventorySheetExport export;
    private final InventorySheetImport importer;
    private final RiskInventory inventory;

    InventorySheetApiController(InventorySheetExport export, InventorySheetImport importer, RiskInventory inventory) {
        this.export = export;
        this.importer = importer;
        this.inventory = inventory;
    }

    @GetMapping("/inventory.xlsx")
    @Operation(summary = "导出风险管控清单 xlsx(每个风险事件一行,措施按类别分列)")
    void download(@PathVariable UUID enterpriseId, HttpServletResponse response) throws IOException {
        InventorySheetController.write(inventory, export, enterpriseId, response);
    }

    @PostMapping(value = "/inventory/import", consumes = "multipart/form-data")
    @Operation(summary = "导入风险管控清单 xlsx:逐行保存,有误的行报告行号、列和原因;按名称匹配已有记录,不重复新增")
    ImportReport importSheet(@PathVariable UUID enterpriseId, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importer.importSheet(enterpriseId, in);
        }
    }
}
