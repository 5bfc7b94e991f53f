package org.zhiben.enforcement.web;

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
import org.zhiben.common.PageResponse;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.enforcement.Cases;
import org.zhiben.enforcement.TypicalCaseView;
import org.zhiben.enforcement.TypicalCases;
import org.zhiben.enforcement.internal.EnforcementCase;

/** 典型案例 pages: the lists (本机构、下级报送、已发布), marking a closed case, the case with its actions. */
@Controller
class TypicalCasePageController {

    private static final int PAGE_SIZE = 20;

    private final TypicalCases typical;
    private final Cases cases;

    TypicalCasePageController(TypicalCases typical, Cases cases) {
        this.typical = typical;
        this.cases = cases;
    }

    @GetMapping("/enforcement/typical-cases")
    String list(@RequestParam(required = false) TypicalCases.Box box, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("box", box);
        model.addAttribute("boxes", TypicalCases.Box.values());
        model.addAttribute("page", typical.list(box, null, PageResponse.pageOf(page, PAGE_SIZE)));
        return "enforcement/typical-cases";
    }

    @GetMapping("/enforcement/typical-cases/new")
    String form(@RequestParam UUID caseId, Model model) {
        EnforcerAdvice.require();
        EnforcementCase c = cases.get(caseId);
        if (!model.containsAttribute("form")) {
            Forms.TypicalCaseForm f = new Forms.TypicalCaseForm();
            f.setIdempotencyKey(UUID.randomUUID().toString());
            f.setCaseId(caseId);
            f.setTitle(c.getEnterpriseName() + c.getTitle() + "案");
            model.addAttribute("form", f);
        }
        model.addAttribute("enfCase", c);
        return "enforcement/typical-case-new";
    }

    @PostMapping("/enforcement/typical-cases")
    String mark(@ModelAttribute("form") Forms.TypicalCaseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        AtomicReference<UUID> id = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> id.set(formFields(() -> typical.mark(form.toTypicalCase(),
                form.getIdempotencyKey()))))) {
            return form.getCaseId() == null ? list(null, 0, model) : form(form.getCaseId(), model);
        }
        redirect.addFlashAttribute("notice", "已列为典型案例(拟报送)");
        return "redirect:/enforcement/typical-cases/" + id.get();
    }

    @GetMapping("/enforcement/typical-cases/{id}")
    String detail(@PathVariable UUID id, Model model) {
        TypicalCaseView t = typical.get(id);
        model.addAttribute("t", t);
        if (!model.containsAttribute("form") && t.canEdit()) {
            Forms.TypicalCaseForm f = new Forms.TypicalCaseForm();
            f.setVersion(t.version());
            f.setTitle(t.title());
            f.setSummary(t.summary());
            f.setLessons(t.lessons());
            f.setTags(String.join(",", t.tags()));
            model.addAttribute("form", f);
        }
        return "enforcement/typical-case";
    }

    @PostMapping("/enforcement/typical-cases/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute("form") Forms.TypicalCaseForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!FormSubmission.save(binding, () -> formFields(() -> {
            typical.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.toTypicalCase());
            return id;
        }))) {
            return detail(id, model);
        }
        redirect.addFlashAttribute("notice", "已保存");
        return "redirect:/enforcement/typical-cases/" + id;
    }

    @PostMapping("/enforcement/typical-cases/{id}/actions")
    String act(@PathVariable UUID id, @RequestParam String action, @RequestParam long version,
            @RequestParam(required = false) @jakarta.validation.constraints.Size(max = 500) String reason,
            Model model, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "SUBMIT" -> typical.submit(id, version);
                case "ACCEPT" -> typical.accept(id, version);
                case "RETURN" -> typical.giveBack(id, version, reason);
                case "PUBLISH" -> typical.publish(id, version);
                default -> throw new InvalidInputException("action", "未知的操作");
            }
        } catch (InvalidInputException | StaleVersionException e) {
            model.addAttribute("actionError", e instanceof InvalidInputException x && !x.violations().isEmpty()
                    ? x.violations().get(0).message() : new StaleVersionException().getMessage());
            model.addAttribute("actionField", e instanceof InvalidInputException x && !x.violations().isEmpty()
                    ? x.violations().get(0).field() : "state");
            return detail(id, model);
        }
        redirect.addFlashAttribute("notice", switch (action) {
            case "SUBMIT" -> "已报送上级";
            case "ACCEPT" -> "已采用";
            case "RETURN" -> "已退回";
            default -> "已发布";
        });
        return "redirect:/enforcement/typical-cases/" + id;
    }

    @GetMapping("/enforcement/typical-cases/{id}.docx")
    org.springframework.http.ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        return TypicalCaseApiController.docx(typical.get(id), typical.render(id));
    }

    /** The aggregate names a tag tags[i]; the form has one field for them. */
    private static UUID formFields(java.util.function.Supplier<UUID> action) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream().map(v -> new FieldViolation(
                    v.field().startsWith("tags[") ? "tags" : v.field(), v.message())).toList());
        }
    }
}
