package org.zhiben.tip.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.PageResponse;
import org.zhiben.common.InputRules;
import org.zhiben.common.FileType;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InvalidInputException;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardType;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.tip.InternalRewardKind;
import org.zhiben.tip.RejectReason;
import org.zhiben.tip.RewardKind;
import org.zhiben.tip.Rewards;
import org.zhiben.tip.TipChannel;
import org.zhiben.tip.TipFinding;
import org.zhiben.tip.TipState;
import org.zhiben.tip.Tips;
import org.zhiben.tip.internal.InternalReward;
import org.zhiben.tip.internal.Tip;

/**
 * The staff pages: the scoped list (officials: tips from outside about their jurisdiction or handled by them;
 * enterprise managers: their internal tips), the entry form (officials: 12350, letters, visits; enterprise users:
 * internal whistleblowing), the detail with the handler's actions, the audited reveal of the reporter, the photos,
 * and the internal reward ledger. No list or page shows the reporter's identity except the reveal, to the handler.
 */
@Controller
class TipPageController {

    /** The photos come as files, read by the handler; the form's property only carries their message. */
    @org.springframework.web.bind.annotation.InitBinder("form")
    void files(org.springframework.web.bind.WebDataBinder binder) {
        binder.setDisallowedFields("photos");
    }

    private static final int PAGE_SIZE = 20;

    private final Tips tips;

    TipPageController(Tips tips) {
        this.tips = tips;
    }

    @GetMapping("/tips")
    String list(@RequestParam(required = false) TipState state, @RequestParam(required = false) TipChannel channel,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Tip> p = tips.list(new Tips.Filter(state, channel, overdue, q),
                PageResponse.pageOf(page, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "receivedAt")));
        CurrentUser me = me();
        model.addAttribute("page", p);
        model.addAttribute("state", state);
        model.addAttribute("channel", channel);
        model.addAttribute("overdue", overdue);
        model.addAttribute("q", q);
        model.addAttribute("states", TipState.values());
        model.addAttribute("channels", TipChannel.values());
        model.addAttribute("now", tips.now());
        model.addAttribute("official", me.isOfficialOrAdmin());
        model.addAttribute("enterpriseUser", me.role().isEnterpriseRole());
        model.addAttribute("manager", me.role() == Role.ENTERPRISE_PRINCIPAL
                || me.role() == Role.ENTERPRISE_SAFETY_MANAGER);
        return "tip/list";
    }

    @GetMapping("/tips/new")
    String newForm(Model model) {
        CurrentUser me = me();
        if (!me.isOfficialOrAdmin() && !me.role().isEnterpriseRole()) {
            throw new AccessDeniedException("举报由监管人员或企业人员登记");
        }
        PublicTipForm form = new PublicTipForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setChannel(me.role().isEnterpriseRole() ? TipChannel.INTERNAL.name() : TipChannel.PHONE_12350.name());
        return entryPage(form, model);
    }

    @PostMapping("/tips")
    String enter(@ModelAttribute("form") PublicTipForm form, BindingResult binding,
            @RequestParam(name = "photos", required = false) MultipartFile[] photos, Model model) {
        CurrentUser me = me();
        TipChannel fallback = me.role().isEnterpriseRole() ? TipChannel.INTERNAL : TipChannel.PHONE_12350;
        AtomicReference<Tips.Submitted> done = new AtomicReference<>();
        if (!FormSubmission.save(binding, () -> done.set(tips.enter(form.toTip(fallback), Uploads.read(photos),
                form.getIdempotencyKey())))) {
            return entryPage(form, model);
        }
        model.addAttribute("done", done.get());
        return "tip/entered";
    }

    @GetMapping("/tips/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Tip t = tips.get(id);
        model.addAttribute("t", t);
        model.addAttribute("now", tips.now());
        boolean act = tips.mayAct(t);
        model.addAttribute("actions", act ? t.allowedActions() : java.util.Set.of());
        model.addAttribute("handler", tips.isHandler(t));
        model.addAttribute("reasons", RejectReason.values());
        model.addAttribute("findings", TipFinding.values());
        model.addAttribute("levels", HazardLevel.values());
        model.addAttribute("types", HazardType.values());
        model.addAttribute("rewardKinds", RewardKind.values());
        model.addAttribute("grades", Rewards.Grade.values());
        model.addAttribute("sectors", tips.leadDepartments());
        model.addAttribute("casesInPlatform", tips.casesInPlatform());
        model.addAttribute("internalRewards", t.getChannel() == TipChannel.INTERNAL ? tips.rewardsOf(id)
                : java.util.List.of());
        model.addAttribute("rewardTypes", InternalRewardKind.values());
        if (!model.containsAttribute("actionForm")) {
            TipActionForm f = new TipActionForm();
            f.setHazardDescription(t.getContent());
            model.addAttribute("actionForm", f);
        }
        return "tip/detail";
    }

    @PostMapping("/tips/{id}/actions")
    String act(@PathVariable UUID id, @ModelAttribute("actionForm") TipActionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        tips.get(id); // 404 outside the scope before anything else
        if (!FormSubmission.save(binding, () -> {
            tips.transition(id, InputRules.version(form.getVersion()), Commands.of(form));
        })) {
            model.addAttribute("error", binding.getAllErrors().isEmpty() ? null
                    : binding.getAllErrors().get(0).getDefaultMessage());
            return detail(id, model);
        }
        redirect.addFlashAttribute("notice", "已办理");
        return "redirect:/tips/" + id;
    }

    /** The reporter's identity, for the handler; a POST so that each opening is deliberate and audited. */
    @PostMapping("/tips/{id}/reporter")
    String reveal(@PathVariable UUID id, Model model) {
        model.addAttribute("reporter", tips.reveal(id));
        return detail(id, model);
    }

    @GetMapping("/tips/{id}/photos/{n}")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable int n) throws IOException {
        InputStream in = tips.photo(id, n);
        byte[] head = in.readNBytes(16);
        FileType type = FileType.detect(head);
        InputStream rest = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
        return ResponseEntity.ok().contentType(type == null ? MediaType.APPLICATION_OCTET_STREAM
                        : MediaType.parseMediaType(type.contentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"tip-" + n + "." + (type == null ? "bin"
                        : type.extension()) + "\"")
                .body(new InputStreamResource(rest));
    }

    @PostMapping("/tips/{id}/internal-rewards")
    String grant(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String amountYuan, @RequestParam(required = false) String description,
            @RequestParam(required = false) String grantedOn, Model model, RedirectAttributes redirect) {
        tips.get(id);
        try {
            tips.grantInternalReward(id, Commands.enumOf(InternalRewardKind.class, "kind", kind, true),
                    Commands.yuan("amountYuan", amountYuan), description,
                    InputRules.date("grantedOn", grantedOn));
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.violations().get(0).message());
            return detail(id, model);
        }
        redirect.addFlashAttribute("notice", "已登记奖励");
        return "redirect:/tips/" + id;
    }

    @GetMapping("/tips/internal-rewards")
    String ledger(Model model) {
        model.addAttribute("rewards", tips.ledger());
        return "tip/ledger";
    }

    private String entryPage(PublicTipForm form, Model model) {
        CurrentUser me = me();
        model.addAttribute("form", form);
        model.addAttribute("internal", me.role().isEnterpriseRole());
        model.addAttribute("channels", Arrays.stream(TipChannel.values()).filter(TipChannel::officialEntry).toList());
        model.addAttribute("regions", tips.publicRegions());
        return "tip/new";
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }
}
