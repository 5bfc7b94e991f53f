package org.zhiben.risk.sheet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.sheet.InventorySheetImport.ImportReport;

/**
 * The 风险管控清单 xlsx of an enterprise, on pages and the API: export for everyone who may read the inventory,
 * import for its editors (404 outside scope, 403 for readers).
 */
@Controller
@Tag(name = "风险 Risk inventory")
class InventorySheetController {

    private final InventorySheetExport export;
    private final InventorySheetImport importer;
    private final RiskInventory inventory;

    InventorySheetController(InventorySheetExport export, InventorySheetImport importer, RiskInventory inventory) {
        this.export = export;
        this.importer = importer;
        this.inventory = inventory;
    }

    @GetMapping({"/risk/enterprises/{enterpriseId}/inventory.xlsx", "/api/v1/risk/enterprises/{enterpriseId}/inventory.xlsx"})
    @Operation(summary = "导出风险管控清单 xlsx(每个风险事件一行)")
    ResponseEntity<StreamingResponseBody> download(@PathVariable UUID enterpriseId) {
        String name = inventory.enterpriseName(enterpriseId); // scope first: 404 before any byte is written
        String file = "风险管控清单-" + name + "-" + LocalDate.now() + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(FileType.XLSX.contentType()))
                .body(out -> export.write(enterpriseId, out));
    }

    @PostMapping("/api/v1/risk/enterprises/{enterpriseId}/inventory/import")
    @ResponseBody
    @Operation(summary = "导入风险管控清单 xlsx:逐行保存,有误的行报告行号、列和原因")
    ImportReport importApi(@PathVariable UUID enterpriseId, @RequestParam("file") MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importer.importSheet(enterpriseId, in);
        }
    }

    @PostMapping("/risk/enterprises/{enterpriseId}/inventory/import")
    String importPage(@PathVariable UUID enterpriseId, @RequestParam("file") MultipartFile file, Model model)
            throws IOException {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("enterpriseName", inventory.enterpriseName(enterpriseId));
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", importer.importSheet(enterpriseId, in));
        } catch (InvalidInputException e) {
            model.addAttribute("fileError", e.getMessage());
        }
        return "risk/inventory-import";
    }
}
