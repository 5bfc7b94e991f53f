package org.zhiben.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;
import org.zhiben.directory.EnterpriseXlsx;
import org.zhiben.directory.Enterprises;

/** xlsx import (page and API) and export of the filtered list. */
@Controller
class EnterpriseXlsxController {

    private final EnterpriseXlsx xlsx;
    private final Enterprises enterprises;

    EnterpriseXlsxController(EnterpriseXlsx xlsx, Enterprises enterprises) {
        this.xlsx = xlsx;
        this.enterprises = enterprises;
    }

    @GetMapping("/enterprises/import")
    String importPage() {
        return "directory/enterprise-import";
    }

    @PostMapping("/enterprises/import")
    String importPage(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", xlsx.importXlsx(in));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "directory/enterprise-import";
    }

    /** The caller's list with the page's filters, in the import layout (so it can be edited and re-imported). */
    @GetMapping("/enterprises/export.xlsx")
    void export(@ModelAttribute EnterpriseController.FilterForm filter, HttpServletResponse response) throws IOException {
        Downloads.streamed(response, "企业名单-" + enterprises.today().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx",
                FileType.XLSX);
        xlsx.exportXlsx(filter.toFilter(), response.getOutputStream());
    }
}
