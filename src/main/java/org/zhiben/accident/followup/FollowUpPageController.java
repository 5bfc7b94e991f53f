package org.zhiben.accident.followup;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
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
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InputRules;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;

/**
 * Pages of the accident follow-up that are not the accident's own: the 黑名单 list in scope, the class-analogy checks
 * (a peer's own; an official's jurisdiction, of one accident when asked) and a check's answer form.
 */
@Controller
class FollowUpPageController {

    private static final int PAGE_SIZE = 20;

    private final FollowUps followUps;

    FollowUpPageController(FollowUps followUps) {
        this.followUps = followUps;
    }

    /** The peer's answer to a class-analogy check. */
    public static class CheckForm {
        private Long version;
        private @Size(max = 2000) String result;
        private @Size(max = 2000) String finding;

        public Long getVersion() { return version; }
        public void setVersion(Long v) { version = v; }
        public String getResult() { return result; }
        public void setResult(String v) { result = v; }
        public String getFinding() { return finding; }
        public void setFinding(String v) { finding = v; }
    }

    @GetMapping("/accidents/blacklist")
    String blacklist(@RequestParam(required = false) BlacklistState state, @RequestParam(defaultValue = "0") int page,
            Model model) {
        me();
        model.addAttribute("page", followUps.blacklist(state, PageResponse.pageOf(page, PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")))));
        model.addAttribute("state", state);
        model.addAttribute("states", BlacklistState.values());
        return "accident/blacklist";
    }

    @GetMapping("/accidents/analogy")
    String checks(@RequestParam(required = false) UUID accidentId, @RequestParam(required = false) CheckState state,
            @RequestParam(defaultValue = "0") int page, Model model) {
        me();
        model.addAttribute("page", followUps.checks(accidentId, state, PageResponse.pageOf(page, PAGE_SIZE,
                Sort.by("state").descending().and(Sort.by("dueDate", "id")))));
        model.addAttribute("accidentId", accidentId);
        model.addAttribute("state", state);
        model.addAttribute("states", CheckState.values());
        model.addAttribute("today", followUps.today());
        return "accident/analogy";
    }

    @GetMapping("/accidents/analogy/{id}")
    String check(@PathVariable UUID id, Model model) {
        return checkPage(followUps.check(id), new CheckForm(), model);
    }

    @PostMapping("/accidents/analogy/{id}")
    String complete(@PathVariable UUID id, @ModelAttribute("form") CheckForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        FollowUps.CheckView c = followUps.check(id);
        if (!FormSubmission.save(binding, () -> followUps.complete(id, InputRules.version(form.getVersion()),
                form.getResult(), form.getFinding()))) {
            return checkPage(c, form, model);
        }
        redirect.addFlashAttribute("notice", "已提交类比排查结果");
        return "redirect:/accidents/analogy/" + id;
    }

    private static String checkPage(FollowUps.CheckView c, CheckForm form, Model model) {
        CurrentUser me = me();
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("canAnswer", c.state() == CheckState.OPEN && me.managerOf(c.enterpriseId()));
        return "accident/analogy-check";
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }
}
