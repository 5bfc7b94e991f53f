package org.zhiben.risk.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;
import org.zhiben.common.Zones;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;
import org.zhiben.risk.RiskInventory;

/**
 * The 风险管控清单 xlsx of an enterprise, on pages and the API: export for everyone who may read the inventory,
 * import for its editors (404 outside scope, 403 for readers).
 */
@Controller
class InventorySheetController {

    private final InventorySheetExport export;
    private final InventorySheetImport importer;
    private final RiskInventory inventory;

    InventorySheetController(InventorySheetExport export, InventorySheetImport importer, RiskInventory inventory) {
        this.export = export;
        this.importer = importer;
        this.inventory = inventory;
    }

    @GetMapping("/risk/enterprises/{enterpriseId}/inventory.xlsx")
    void download(@PathVariable UUID enterpriseId, HttpServletResponse response) throws IOException {
        write(inventory, export, enterpriseId, response);
    }

    /** Streams the sheet; the scope is checked first, so an outsider gets 404 before any byte is written. */
    static void write(RiskInventory inventory, InventorySheetExport export, UUID enterpriseId,
            HttpServletResponse response) throws IOException {
        String name = inventory.enterpriseName(enterpriseId);
        Downloads.streamed(response, "风险管控清单-" + name + "-" + LocalDate.now(Zones.CHINA) + ".xlsx",
                FileType.XLSX);
        export.write(enterpriseId, response.getOutputStream());
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
