package org.zhiben.campaign.rectification;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.campaign.rectification.RectificationData.ItemResult;
import org.zhiben.campaign.rectification.RectificationData.ObjectView;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.RegionLevel;
import org.zhiben.directory.Regions;

/**
 * The ledger pages, phone-first (the village official registers and checks on a phone): per ledger the figures per
 * village (drill-down by region) and the objects as cards, registration and the xlsx import; per object the
 * checklist as a form, the problems with their 整改 and 验收 forms, the checks done. Rules' messages beside the field.
 */
@Controller
class RectificationPageController {

    private final Rectifications rect;
    private final Regions regions;

    RectificationPageController(Rectifications rect, Regions regions) {
        this.rect = rect;
        this.regions = regions;
    }

    @GetMapping("/campaign/rectification")
    String ledger(@RequestParam(defaultValue = "SELF_BUILT") Ledger ledger,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page, Model model) {
        var counts = rect.counts(ledger, region);
        model.addAttribute("ledger", ledger);
        model.addAttribute("ledgers", Ledger.values());
        model.addAttribute("counts", counts);
        model.addAttribute("objects", rect.objects(ledger, counts.regionCode(), Math.max(page, 0), 20));
        model.addAttribute("kinds", rect.kinds(ledger).stream().filter(k -> !k.code().equals(ledger.name())
                || rect.kinds(ledger).size() == 1).toList());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("canEdit", rect.canEdit());
        model.addAttribute("columns", Rectifications.IMPORT_COLUMNS);
        List<Regions.RegionView> villages = new ArrayList<>();
        String code = counts.regionCode();
        if (code != null && RegionCode.of(code).level() == RegionLevel.TOWN) {
            villages.addAll(regions.children(code));
        } else if (code != null && RegionCode.of(code).level() == RegionLevel.VILLAGE) {
            regions.find(code).ifPresent(villages::add);
        }
        model.addAttribute("villages", villages);
        if (code != null) {
            RegionCode up = RegionCode.of(code).parent();
            model.addAttribute("up", up != null && rect.covers(up.value()) ? up.value() : null);
        }
        if (!model.containsAttribute("form")) {
            RectificationForm form = new RectificationForm();
            form.setLedger(ledger.name());
            if (villages.size() == 1) {
                form.setRegionCode(villages.get(0).code());
            }
            model.addAttribute("form", form);
        }
        return "campaign/rectification";
    }

    @PostMapping("/campaign/rectification/{ledger}/objects")
    String register(@PathVariable Ledger ledger, @Valid @ModelAttribute("form") RectificationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        UUID[] created = new UUID[1];
        if (!FormSubmission.save(binding, () -> created[0] = rect.register(new RectificationData.NewObject(ledger,
                form.getKindCode(), form.getRegionCode(), form.getName(), form.getAddress(), form.getOwnerName(),
                form.getStoreys(), purpose(form.getPurpose()), form.isBusiness()), null))) {
            failed(binding, model);
            model.addAttribute("registerOpen", true);
            return ledger(ledger, regionOf(form.getRegionCode()), 0, model);
        }
        redirect.addFlashAttribute("notice", "已登记,可以开始检查");
        return "redirect:/campaign/rectification/objects/" + created[0];
    }

    private String regionOf(String code) {
        return code != null && RegionCode.isValid(code) && rect.covers(code) ? code : null;
    }

    @PostMapping("/campaign/rectification/{ledger}/import")
    String importObjects(@PathVariable Ledger ledger, @ModelAttribute("form") RectificationForm form,
            BindingResult binding, Model model) throws IOException {
        RectificationData.ImportResult[] result = new RectificationData.ImportResult[1];
        java.io.File tmp = java.io.File.createTempFile("rect-import", ".xlsx");
        try {
            if (form.getFile() == null || form.getFile().isEmpty()) {
                binding.rejectValue("file", "invalid", "请选择 xlsx 文件");
            } else {
                form.getFile().transferTo(tmp);
                FormSubmission.save(binding, () -> {
                    try {
                        result[0] = rect.importObjects(ledger, tmp);
                    } catch (IOException e) {
                        throw new InvalidInputException("file", "文件无法读取");
                    }
                });
            }
        } finally {
            java.nio.file.Files.deleteIfExists(tmp.toPath());
        }
        model.addAttribute("importResult", result[0]);
        model.addAttribute("importOpen", true);
        if (result[0] != null && result[0].errors().isEmpty()) {
            model.addAttribute("notice", "已导入 " + result[0].created() + " 户(处)");
        }
        failed(binding, model);
        return ledger(ledger, null, 0, model);
    }

    @GetMapping("/campaign/rectification/objects/{id}")
    String object(@PathVariable UUID id, Model model) {
        ObjectView view = rect.object(id);
        model.addAttribute("view", view);
        model.addAttribute("o", view.object());
        model.addAttribute("canEdit", rect.canEdit());
        model.addAttribute("today", rect.today());
        model.addAttribute("outcomes", Outcome.values());
        if (!model.containsAttribute("form")) {
            RectificationForm form = new RectificationForm();
            form.setVersion(view.object().version());
            form.setCheckedOn(rect.today());
            for (int i = 0; i < view.checklist().size(); i++) {
                RectificationForm.ItemRow row = new RectificationForm.ItemRow();
                row.setSeq(i + 1);
                row.setOutcome(Outcome.PASS.name());
                form.getResults().add(row);
            }
            model.addAttribute("form", form);
        }
        if (!model.containsAttribute("perrors")) {
            model.addAttribute("perrors", java.util.Map.of());
        }
        return "campaign/rect-object";
    }

    @PostMapping("/campaign/rectification/objects/{id}/checks")
    String check(@PathVariable UUID id, @Valid @ModelAttribute("form") RectificationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        rect.object(id);
        List<ItemResult> results = new ArrayList<>();
        for (RectificationForm.ItemRow r : form.getResults()) {
            results.add(new ItemResult(r.getSeq(), outcome(r.getOutcome()), r.getNote(),
                    Outcome.FAIL.name().equals(r.getOutcome()) ? r.getDueDate() : null));
        }
        if (!FormSubmission.save(binding, () -> rect.check(id, new RectificationData.NewCheck(
                form.getVersion() == null ? -1 : form.getVersion(), form.getCheckedOn(), form.getInspectorName(),
                form.getNote(), results)))) {
            failed(binding, model);
            model.addAttribute("checkOpen", true);
            return object(id, model);
        }
        redirect.addFlashAttribute("notice", "检查已记录");
        return "redirect:/campaign/rectification/objects/" + id;
    }

    @PostMapping("/campaign/rectification/problems/{id}/rectify")
    String rectify(@PathVariable UUID id, @Valid @ModelAttribute("pform") RectificationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        RectificationData.ProblemView p = rect.problem(id);
        if (!FormSubmission.save(binding, () -> rect.rectify(id, new RectificationData.Rectify(
                form.getVersion() == null ? -1 : form.getVersion(), form.getRectification(),
                form.getRectifiedOn())))) {
            problemFailed(binding, model, id, form);
            return object(p.objectId(), model);
        }
        redirect.addFlashAttribute("notice", "整改已提交,待验收");
        return "redirect:/campaign/rectification/objects/" + p.objectId();
    }

    @PostMapping("/campaign/rectification/problems/{id}/verify")
    String verify(@PathVariable UUID id, @Valid @ModelAttribute("pform") RectificationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        RectificationData.ProblemView p = rect.problem(id);
        boolean pass = Boolean.TRUE.equals(form.getPass());
        if (!FormSubmission.save(binding, () -> rect.verify(id, new RectificationData.Verify(
                form.getVersion() == null ? -1 : form.getVersion(), pass, form.getNote())))) {
            problemFailed(binding, model, id, form);
            return object(p.objectId(), model);
        }
        redirect.addFlashAttribute("notice", pass ? "已验收销号" : "验收未通过,已退回整改");
        return "redirect:/campaign/rectification/objects/" + p.objectId();
    }

    private static void problemFailed(BindingResult binding, Model model, UUID id, RectificationForm form) {
        failed(binding, model);
        java.util.Map<String, String> errors = new java.util.HashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), e.getDefaultMessage()));
        model.addAttribute("pformFor", id);
        model.addAttribute("perrors", errors);
        model.addAttribute("pformText", form.getRectification());
    }

    private static void failed(BindingResult binding, Model model) {
        if (!binding.getGlobalErrors().isEmpty()) {
            model.addAttribute("error", binding.getGlobalErrors().get(0).getDefaultMessage());
        }
    }

    private static Purpose purpose(String value) {
        return InputRules.choice(Purpose.class, "purpose", value, "请选择用途");
    }

    private static Outcome outcome(String value) {
        try {
            return value == null || value.isBlank() ? null : Outcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
