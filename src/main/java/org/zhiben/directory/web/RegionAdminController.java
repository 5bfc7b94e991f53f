package org.zhiben.directory.web;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.directory.Regions;

/** Administrators load the region tree from a CSV (code,name,parent_code). */
@Controller
class RegionAdminController {

    private final Regions regions;

    RegionAdminController(Regions regions) {
        this.regions = regions;
    }

    @GetMapping("/admin/regions")
    String page(Model model) {
        model.addAttribute("roots", regions.roots());
        return "directory/admin-regions";
    }

    @PostMapping("/admin/regions/import")
    String importCsv(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("report", regions.importCsv(in));
        }
        model.addAttribute("roots", regions.roots());
        return "directory/admin-regions";
    }
}
