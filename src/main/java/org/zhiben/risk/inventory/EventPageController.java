package org.zhiben.risk.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.AccidentType;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.AssessmentKind;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.CheckCycleUnit;
import org.zhiben.risk.ControlMeasureView;
import org.zhiben.risk.DirectBasis;
import org.zhiben.risk.HazardFactor;
import org.zhiben.risk.MeasureCategory;
import org.zhiben.risk.RiskEventView;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.assessment.RiskAssessments;
import org.zhiben.risk.assessment.RiskGrading;
import org.zhiben.risk.internal.Forms;
import org.zhiben.risk.inventory.InventoryForms.EventForm;
import org.zhiben.risk.inventory.InventoryForms.MeasureForm;

/** A risk event's page (measures, assessment form, history) and the forms for events and control measures. */
@Controller
class EventPageController {

    private final RiskInventory inventory;
    private final RiskAssessments assessments;
    private final RiskGrading grading;

    EventPageController(RiskInventory inventory, RiskAssessments assessments, RiskGrading grading) {
        this.inventory = inventory;
        this.assessments = assessments;
        this.grading = grading;
    }

    /** One factor's select: its name and the configured values with their meanings. */
    record FactorChoice(String name, List<Option> options) {
    }

    record Option(String value, String text) {
    }

    @GetMapping("/risk/events/{id}")
    String event(@PathVariable UUID id, Model model) {
        return eventPage(id, new AssessmentForm(), Map.of(), model);
    }

    @PostMapping("/risk/events/{id}/assessments")
    String assess(@PathVariable UUID id, @ModelAttribute("assessment") AssessmentForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.put(e.getField(), "取值无效"));
        if (errors.isEmpty()) {
            try {
                var saved = assessments.assess(id, form.toData(), null);
                redirect.addFlashAttribute("notice", "评估已记录:" + saved.level().label()
                        + (saved.band() == null ? "" : "(" + saved.band() + ")"));
                return "redirect:/risk/events/" + id + "#history";
            } catch (InvalidInputException e) {
                e.violations().forEach(v -> errors.merge(v.field(), v.message(), (a, b) -> a + ";" + b));
            }
        }
        return eventPage(id, form, errors, model);
    }

    /** HTMX: the factor selects of the chosen method. */
    @GetMapping("/risk/events/{id}/assessment-factors")
    String factors(@PathVariable UUID id, @RequestParam AssessmentMethod method, Model model) {
        inventory.event(id);
        AssessmentForm form = new AssessmentForm();
        form.setMethod(method);
        model.addAttribute("assessment", form);
        model.addAttribute("factors", factorChoices(method));
        model.addAttribute("errors", Map.of());
        model.addAttribute("bases", DirectBasis.values());
        return "risk/event :: factors";
    }

    private String eventPage(UUID id, AssessmentForm form, Map<String, String> errors, Model model) {
        RiskEventView event = inventory.event(id);
        AnalysisUnitView unit = inventory.unit(event.unitId());
        model.addAttribute("event", event);
        model.addAttribute("unit", unit);
        model.addAttribute("object", inventory.object(unit.objectId()));
        model.addAttribute("enterpriseName", inventory.enterpriseName(event.enterpriseId()));
        model.addAttribute("measures", inventory.measuresOf(id));
        model.addAttribute("history", assessments.history(id));
        model.addAttribute("editable", inventory.canEdit(event.enterpriseId()));
        model.addAttribute("assessment", form);
        model.addAttribute("errors", errors);
        model.addAttribute("factors", factorChoices(form.getMethod()));
        model.addAttribute("methods", AssessmentMethod.values());
        model.addAttribute("kinds", AssessmentKind.values());
        model.addAttribute("bases", DirectBasis.values());
        return "risk/event";
    }

    private List<FactorChoice> factorChoices(AssessmentMethod method) {
        List<FactorChoice> choices = new ArrayList<>();
        if (method == null) {
            return choices;
        }
        for (String factor : method.factors()) {
            List<Option> options = new ArrayList<>();
            for (BigDecimal value : grading.allowed(method, factor)) {
                String meaning = grading.meaning(method, factor, value);
                options.add(new Option(value.toPlainString(),
                        value.toPlainString() + (meaning == null ? "" : " " + meaning)));
            }
            choices.add(new FactorChoice(factor, options));
        }
        return choices;
    }

    // ---- events

    @GetMapping("/risk/units/{unitId}/events/new")
    String newEvent(@PathVariable UUID unitId, Model model) {
        AnalysisUnitView unit = inventory.unit(unitId);
        Forms.requireEditable(inventory, unit.enterpriseId());
        model.addAttribute("form", new EventForm());
        return eventForm(model, unit, null);
    }

    @PostMapping("/risk/units/{unitId}/events")
    String addEvent(@PathVariable UUID unitId, @ModelAttribute("form") EventForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        AnalysisUnitView unit = inventory.unit(unitId);
        AtomicReference<UUID> id = new AtomicReference<>();
        if (Forms.save(binding, () -> id.set(inventory.addEvent(unitId, form.toData(), null)))) {
            redirect.addFlashAttribute("notice", "已新增风险事件,请进行风险评估");
            return "redirect:/risk/events/" + id.get();
        }
        return eventForm(model, unit, null);
    }

    @GetMapping("/risk/events/{id}/edit")
    String editEvent(@PathVariable UUID id, Model model) {
        RiskEventView event = inventory.event(id);
        Forms.requireEditable(inventory, event.enterpriseId());
        model.addAttribute("form", EventForm.of(event));
        return eventForm(model, inventory.unit(event.unitId()), event);
    }

    @PostMapping("/risk/events/{id}")
    String updateEvent(@PathVariable UUID id, @ModelAttribute("form") EventForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        RiskEventView event = inventory.event(id);
        if (Forms.save(binding, () -> inventory.updateEvent(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/risk/events/" + id;
        }
        return eventForm(model, inventory.unit(event.unitId()), event);
    }

    @PostMapping("/risk/events/{id}/delete")
    String deleteEvent(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        RiskEventView event = inventory.event(id);
        String problem = Forms.tryDelete(() -> inventory.deleteEvent(id, version));
        InventoryPageController.deleted(redirect, problem);
        return problem == null ? "redirect:/risk/enterprises/" + event.enterpriseId() + "#unit-" + event.unitId()
                : "redirect:/risk/events/" + id;
    }

    private String eventForm(Model model, AnalysisUnitView unit, RiskEventView existing) {
        model.addAttribute("unit", unit);
        model.addAttribute("existing", existing);
        model.addAttribute("accidentTypes", AccidentType.values());
        model.addAttribute("factorCategories", HazardFactor.categories());
        model.addAttribute("action", existing == null ? "/risk/units/" + unit.id() + "/events"
                : "/risk/events/" + existing.id());
        model.addAttribute("cancel", existing == null ? "/risk/enterprises/" + unit.enterpriseId() + "#unit-" + unit.id()
                : "/risk/events/" + existing.id());
        return "risk/event-form";
    }

    // ---- control measures

    @GetMapping("/risk/events/{eventId}/measures/new")
    String newMeasure(@PathVariable UUID eventId, Model model) {
        RiskEventView event = inventory.event(eventId);
        Forms.requireEditable(inventory, event.enterpriseId());
        model.addAttribute("form", new MeasureForm());
        return measureForm(model, event, null);
    }

    @PostMapping("/risk/events/{eventId}/measures")
    String addMeasure(@PathVariable UUID eventId, @ModelAttribute("form") MeasureForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        RiskEventView event = inventory.event(eventId);
        if (Forms.save(binding, () -> inventory.addMeasure(eventId, form.toData(), null))) {
            redirect.addFlashAttribute("notice", "已新增管控措施");
            return "redirect:/risk/events/" + eventId + "#measures";
        }
        return measureForm(model, event, null);
    }

    @GetMapping("/risk/measures/{id}/edit")
    String editMeasure(@PathVariable UUID id, Model model) {
        ControlMeasureView measure = inventory.measure(id);
        Forms.requireEditable(inventory, measure.enterpriseId());
        model.addAttribute("form", MeasureForm.of(measure));
        return measureForm(model, inventory.event(measure.eventId()), measure);
    }

    @PostMapping("/risk/measures/{id}")
    String updateMeasure(@PathVariable UUID id, @ModelAttribute("form") MeasureForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ControlMeasureView measure = inventory.measure(id);
        if (Forms.save(binding, () -> inventory.updateMeasure(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/risk/events/" + measure.eventId() + "#measures";
        }
        return measureForm(model, inventory.event(measure.eventId()), measure);
    }

    @PostMapping("/risk/measures/{id}/delete")
    String deleteMeasure(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        ControlMeasureView measure = inventory.measure(id);
        InventoryPageController.deleted(redirect, Forms.tryDelete(() -> inventory.deleteMeasure(id, version)));
        return "redirect:/risk/events/" + measure.eventId() + "#measures";
    }

    private String measureForm(Model model, RiskEventView event, ControlMeasureView existing) {
        model.addAttribute("event", event);
        model.addAttribute("existing", existing);
        model.addAttribute("categories", MeasureCategory.values());
        model.addAttribute("subcategories", MeasureCategory.SUGGESTED_SUBCATEGORIES);
        model.addAttribute("cycleUnits", CheckCycleUnit.values());
        model.addAttribute("action", existing == null ? "/risk/events/" + event.id() + "/measures"
                : "/risk/measures/" + existing.id());
        return "risk/measure-form";
    }
}
