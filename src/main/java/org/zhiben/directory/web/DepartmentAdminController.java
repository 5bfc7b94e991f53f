package org.zhiben.directory.web;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.InvalidInputException;
import org.zhiben.directory.Departments;
import org.zhiben.directory.SectorCatalog;

/** Administrators set up departments and the sectors they lead (管行业必须管安全). */
@Controller
class DepartmentAdminController {

    private final Departments departments;
    private final SectorCatalog catalog;

    DepartmentAdminController(Departments departments, SectorCatalog catalog) {
        this.departments = departments;
        this.catalog = catalog;
    }

    @GetMapping("/admin/departments")
    String page(Model model) {
        model.addAttribute("departments", departments.list());
        model.addAttribute("sectors", catalog.sectors());
        return "directory/admin-departments";
    }

    @PostMapping("/admin/departments")
    String create(@RequestParam String regionCode, @RequestParam String name,
            @RequestParam(defaultValue = "false") boolean comprehensive,
            @RequestParam(required = false) Set<String> sectors, Model model, RedirectAttributes redirect) {
        try {
            departments.create(regionCode.strip(), name, comprehensive, sectors == null ? Set.of() : new HashSet<>(sectors));
        } catch (InvalidInputException e) {
            model.addAttribute("violation", e.violations().get(0));
            model.addAttribute("submitted", java.util.Map.of("regionCode", regionCode, "name", name));
            return page(model);
        }
        redirect.addFlashAttribute("notice", "部门已创建");
        return "redirect:/admin/departments";
    }
}
