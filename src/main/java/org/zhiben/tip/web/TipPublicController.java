package org.zhiben.tip.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.zhiben.common.FormSubmission;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.tip.TipChannel;
import org.zhiben.tip.Tips;
import org.zhiben.tip.TooManyTipRequestsException;

/**
 * The public pages (no login): the tip form with the enterprise search, the challenge and photos; the page with the
 * tracking code; the check page (state and reply only) with the anonymous reward claim. Over the rate limit: 429 and
 * the message on the form, nothing stored.
 */
@Controller
class TipPublicController {

    /** The photos come as files, read by the handler; the form's property only carries their message. */
    @org.springframework.web.bind.annotation.InitBinder("form")
    void files(org.springframework.web.bind.WebDataBinder binder) {
        binder.setDisallowedFields("photos");
    }

    private final Tips tips;

    TipPublicController(Tips tips) {
        this.tips = tips;
    }

    @GetMapping("/public/tips")
    String form(Model model) {
        return formPage(new PublicTipForm(), model);
    }

    /** The enterprise search (htmx fragment, or the whole form without script): names and regions only. */
    @GetMapping(path = "/public/tips/enterprises")
    String enterprises(@RequestParam(required = false) String q, Model model, HttpServletRequest request) {
        model.addAttribute("found", tips.searchEnterprises(q));
        model.addAttribute("q", q);
        return "tip/public :: enterprises";
    }

    @PostMapping("/public/tips")
    String submit(@ModelAttribute("form") PublicTipForm form, BindingResult binding,
            @RequestParam(name = "photos", required = false) MultipartFile[] photos, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        AtomicReference<Tips.Submitted> done = new AtomicReference<>();
        try {
            if (FormSubmission.save(binding, () -> done.set(tips.submitPublic(form.toTip(TipChannel.WEB),
                    Uploads.read(photos), request.getRemoteAddr(), form.getChallengeToken(),
                    form.getChallengeAnswer())))) {
                model.addAttribute("done", done.get());
                return "tip/public-done";
            }
        } catch (TooManyTipRequestsException e) {
            response.setStatus(429);
            model.addAttribute("error", e.getMessage());
            return formPage(form, model);
        }
        response.setStatus(400);
        return formPage(form, model);
    }

    @GetMapping("/public/tips/check")
    String check(Model model) {
        return "tip/check";
    }

    @PostMapping("/public/tips/check")
    String checked(@RequestParam(required = false) String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("code", code);
        try {
            model.addAttribute("status", tips.status(code, request.getRemoteAddr()));
        } catch (TooManyTipRequestsException e) {
            response.setStatus(429);
            model.addAttribute("error", e.getMessage());
        } catch (InvalidInputException | NotFoundException e) {
            response.setStatus(e instanceof NotFoundException ? 404 : 400);
            model.addAttribute("codeError", "查询码不正确,请核对后重试");
        }
        return "tip/check";
    }

    @PostMapping("/public/tips/claim")
    String claim(@RequestParam(required = false) String code, @RequestParam(required = false) String contact,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("code", code);
        try {
            tips.claim(code, contact, request.getRemoteAddr());
            model.addAttribute("notice", "已登记领取方式,承办人将与您联系发放奖励");
            model.addAttribute("status", tips.status(code, request.getRemoteAddr()));
        } catch (TooManyTipRequestsException e) {
            response.setStatus(429);
            model.addAttribute("error", e.getMessage());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("error", e.violations().get(0).message());
        } catch (NotFoundException e) {
            response.setStatus(404);
            model.addAttribute("codeError", "查询码不正确,请核对后重试");
        }
        return "tip/check";
    }

    private String formPage(PublicTipForm form, Model model) {
        form.setChallengeAnswer(null);
        var c = tips.challenge();
        form.setChallengeToken(c.token());
        model.addAttribute("form", form);
        model.addAttribute("question", c.question());
        model.addAttribute("regions", tips.publicRegions());
        return "tip/public";
    }
}
