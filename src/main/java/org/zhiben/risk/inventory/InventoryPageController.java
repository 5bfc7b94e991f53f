package org.zhiben.risk.inventory;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.risk.AnalysisObjectView;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.ControlLevel;
import org.zhiben.risk.ObjectKind;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.assessment.RiskAssessments;
import org.zhiben.risk.internal.Forms;
import org.zhiben.risk.inventory.InventoryForms.ObjectForm;
import org.zhiben.risk.inventory.InventoryForms.UnitForm;

/** The inventory tree of an enterprise, and the forms for its analysis objects and units. */
@Controller
class InventoryPageController {

    private final RiskInventory inventory;
    private final RiskAssessments assessments;

    InventoryPageController(RiskInventory inventory, RiskAssessments assessments) {
        this.inventory = inventory;
        this.assessments = assessments;
    }

    @GetMapping("/risk/enterprises/{enterpriseId}")
    String tree(@PathVariable UUID enterpriseId,
            @RequestParam(required = false) String level, Model model) {
        model.addAttribute("tree", inventory.tree(enterpriseId));
        org.zhiben.risk.RiskRollUp rollUp = inventory.rollUp(enterpriseId);
        model.addAttribute("rollUp", rollUp);
        if (level != null && !level.isBlank()) {
            // the units the roll-up counts at this level (the statistics' 风险单元 figures are these counts);
            // UNASSESSED: the units without a level
            org.zhiben.risk.RiskLevel wanted = level.equals("UNASSESSED") ? null : levelOf(level);
            model.addAttribute("level", wanted);
            model.addAttribute("levelUnits", rollUp.units().stream().filter(u -> u.level() == wanted).toList());
        }
        model.addAttribute("today", assessments.today());
        return "risk/inventory";
    }

    private static org.zhiben.risk.RiskLevel levelOf(String level) {
        try {
            return org.zhiben.risk.RiskLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw new org.zhiben.common.InvalidInputException("level", "风险等级应为 MAJOR、LARGE、GENERAL、LOW 或 UNASSESSED");
        }
    }

    // ---- analysis objects

    @GetMapping("/risk/enterprises/{enterpriseId}/objects/new")
    String newObject(@PathVariable UUID enterpriseId, Model model) {
        inventory.enterpriseName(enterpriseId);
        Forms.requireEditable(inventory, enterpriseId);
        model.addAttribute("form", new ObjectForm());
        return objectForm(model, enterpriseId, null);
    }

    @PostMapping("/risk/enterprises/{enterpriseId}/objects")
    String addObject(@PathVariable UUID enterpriseId, @ModelAttribute("form") ObjectForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AtomicReference<UUID> id = new AtomicReference<>();
        if (Forms.save(binding, () -> id.set(inventory.addObject(enterpriseId, form.toData(), null)))) {
            redirect.addFlashAttribute("notice", "已新增风险分析对象");
            return "redirect:/risk/enterprises/" + enterpriseId + "#object-" + id.get();
        }
        return objectForm(model, enterpriseId, null);
    }

    @GetMapping("/risk/objects/{id}/edit")
    String editObject(@PathVariable UUID id, Model model) {
        AnalysisObjectView o = inventory.object(id);
        Forms.requireEditable(inventory, o.enterpriseId());
        model.addAttribute("form", ObjectForm.of(o));
        return objectForm(model, o.enterpriseId(), o);
    }

    @PostMapping("/risk/objects/{id}")
    String updateObject(@PathVariable UUID id, @ModelAttribute("form") ObjectForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AnalysisObjectView o = inventory.object(id);
        if (Forms.save(binding, () -> inventory.updateObject(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/risk/enterprises/" + o.enterpriseId() + "#object-" + id;
        }
        return objectForm(model, o.enterpriseId(), o);
    }

    @PostMapping("/risk/objects/{id}/delete")
    String deleteObject(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        AnalysisObjectView o = inventory.object(id);
        deleted(redirect, Forms.tryDelete(() -> inventory.deleteObject(id, version)));
        return "redirect:/risk/enterprises/" + o.enterpriseId();
    }

    private String objectForm(Model model, UUID enterpriseId, AnalysisObjectView existing) {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", ObjectKind.values());
        model.addAttribute("action", existing == null ? "/risk/enterprises/" + enterpriseId + "/objects"
                : "/risk/objects/" + existing.id());
        return "risk/object-form";
    }

    // ---- analysis units

    @GetMapping("/risk/objects/{objectId}/units/new")
    String newUnit(@PathVariable UUID objectId, Model model) {
        AnalysisObjectView o = inventory.object(objectId);
        Forms.requireEditable(inventory, o.enterpriseId());
        model.addAttribute("form", new UnitForm());
        return unitForm(model, o, null);
    }

    @PostMapping("/risk/objects/{objectId}/units")
    String addUnit(@PathVariable UUID objectId, @ModelAttribute("form") UnitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AnalysisObjectView o = inventory.object(objectId);
        AtomicReference<UUID> id = new AtomicReference<>();
        if (Forms.save(binding, () -> id.set(inventory.addUnit(objectId, form.toData(), null)))) {
            redirect.addFlashAttribute("notice", "已新增风险分析单元");
            return "redirect:/risk/enterprises/" + o.enterpriseId() + "#unit-" + id.get();
        }
        return unitForm(model, o, null);
    }

    @GetMapping("/risk/units/{id}/edit")
    String editUnit(@PathVariable UUID id, Model model) {
        AnalysisUnitView u = inventory.unit(id);
        Forms.requireEditable(inventory, u.enterpriseId());
        model.addAttribute("form", UnitForm.of(u));
        return unitForm(model, inventory.object(u.objectId()), u);
    }

    @PostMapping("/risk/units/{id}")
    String updateUnit(@PathVariable UUID id, @ModelAttribute("form") UnitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AnalysisUnitView u = inventory.unit(id);
        if (Forms.save(binding, () -> inventory.updateUnit(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/risk/enterprises/" + u.enterpriseId() + "#unit-" + id;
        }
        return unitForm(model, inventory.object(u.objectId()), u);
    }

    @PostMapping("/risk/units/{id}/delete")
    String deleteUnit(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        AnalysisUnitView u = inventory.unit(id);
        deleted(redirect, Forms.tryDelete(() -> inventory.deleteUnit(id, version)));
        return "redirect:/risk/enterprises/" + u.enterpriseId() + "#object-" + u.objectId();
    }

    private String unitForm(Model model, AnalysisObjectView object, AnalysisUnitView existing) {
        model.addAttribute("enterpriseId", object.enterpriseId());
        model.addAttribute("object", object);
        model.addAttribute("existing", existing);
        model.addAttribute("controlLevels", ControlLevel.values());
        model.addAttribute("action", existing == null ? "/risk/objects/" + object.id() + "/units"
                : "/risk/units/" + existing.id());
        return "risk/unit-form";
    }

    static void deleted(RedirectAttributes redirect, String problem) {
        if (problem == null) {
            redirect.addFlashAttribute("notice", "已删除");
        } else {
            redirect.addFlashAttribute("error", problem);
        }
    }
}
