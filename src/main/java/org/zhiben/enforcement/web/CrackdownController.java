package org.zhiben.enforcement.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.enforcement.Crackdowns;
import org.zhiben.enforcement.EnforcementDirectory;

/** 打非治违 filings: the office's page (open the year, file each item, see due days and lateness). */
@Controller
class CrackdownController {

    private final Crackdowns crackdowns;
    private final EnforcementDirectory directory;

    CrackdownController(Crackdowns crackdowns, EnforcementDirectory directory) {
        this.crackdowns = crackdowns;
        this.directory = directory;
    }

    // ---------------------------------------------------------------- page

    @GetMapping("/enforcement/crackdown")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? directory.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("items", crackdowns.list(null, y));
        return "enforcement/crackdown";
    }

    @PostMapping("/enforcement/crackdown/years")
    String openPage(@RequestParam int year, RedirectAttributes redirect) {
        crackdowns.open(year);
        return "redirect:/enforcement/crackdown?year=" + year;
    }

    @PostMapping("/enforcement/crackdown/items/{id}/file")
    String filePage(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) @Size(max = 8000) String content, Model model,
            RedirectAttributes redirect) {
        Crackdowns.ItemView item = crackdowns.get(id);
        try {
            crackdowns.file(id, version, content);
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("error", e instanceof InvalidInputException x && !x.violations().isEmpty()
                    ? x.violations().get(0).message() : "该事项已被他人修改,请刷新后重试");
            model.addAttribute("errorItem", id);
            return page(item.year(), model);
        }
        redirect.addFlashAttribute("notice", "已报送");
        return "redirect:/enforcement/crackdown?year=" + item.year();
    }
}
