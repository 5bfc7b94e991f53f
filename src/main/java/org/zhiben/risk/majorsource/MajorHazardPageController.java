package org.zhiben.risk.majorsource;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.internal.Forms;

/** A unit's GB 18218 record and 包保责任人 (view and form), and the enterprise's list of major hazard sources. */
@Controller
class MajorHazardPageController {

    private final MajorHazardSources sources;
    private final RiskInventory inventory;

    MajorHazardPageController(MajorHazardSources sources, RiskInventory inventory) {
        this.sources = sources;
        this.inventory = inventory;
    }

    @GetMapping("/risk/units/{unitId}/major-hazard")
    String show(@PathVariable UUID unitId, Model model) {
        MajorHazardSourceView v = sources.of(unitId);
        model.addAttribute("form", MajorHazardPageForm.of(v));
        return page(model, v);
    }

    @PostMapping("/risk/units/{unitId}/major-hazard")
    String save(@PathVariable UUID unitId, @ModelAttribute("form") MajorHazardPageForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        MajorHazardSourceView v = sources.of(unitId);
        if (!sources.canEdit(v.enterpriseId())) {
            throw new AccessDeniedException("只有本企业的主要负责人和安全管理人员可以维护重大危险源");
        }
        if (Forms.save(binding, () -> sources.save(unitId, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("notice", "已保存并重新计算");
            return "redirect:/risk/units/" + unitId + "/major-hazard";
        }
        form.padRows();
        return page(model, v);
    }

    @GetMapping("/risk/enterprises/{enterpriseId}/major-hazards")
    String list(@PathVariable UUID enterpriseId, Model model) {
        model.addAttribute("enterpriseName", inventory.enterpriseName(enterpriseId));
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("sources", sources.ofEnterprise(enterpriseId));
        return "risk/major-hazards";
    }

    private String page(Model model, MajorHazardSourceView v) {
        model.addAttribute("source", v);
        model.addAttribute("editable", sources.canEdit(v.enterpriseId()));
        model.addAttribute("roles", SafetyHolder.Role.values());
        return "risk/major-hazard";
    }
}
