package org.zhiben.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.InvalidInputException;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.UserAccounts;

/** The user's own account: password change (forced for initial passwords) and personal API tokens. */
@Controller
class AccountController {

    private final UserAccounts accounts;
    private final UserDetailsService userDetails;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(UserAccounts accounts, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("tokens", accounts.tokensOf(me.id()));
        return "identity/account";
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "identity/password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CurrentUser me, @RequestParam String currentPassword,
            @RequestParam String newPassword, @RequestParam String confirmPassword, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new InvalidInputException("confirmPassword", "两次输入的新密码不一致");
            }
            accounts.changeOwnPassword(me.id(), currentPassword, newPassword);
        } catch (InvalidInputException e) {
            model.addAttribute("violations", e.violations());
            return "identity/password";
        }
        refreshPrincipal(me.getUsername(), request, response);
        redirect.addFlashAttribute("notice", "密码已修改");
        return "redirect:/";
    }

    @PostMapping("/account/tokens")
    String issueToken(@AuthenticationPrincipal CurrentUser me, @RequestParam String name,
            @RequestParam(required = false) Integer validDays, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issued", accounts.issueToken(me.id(), name, validDays));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("tokenError", e.getMessage());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser me, @PathVariable java.util.UUID id) {
        accounts.revokeToken(me.id(), id);
        return "redirect:/account";
    }

    /** The session still holds the old principal (with its must-change flag): replace it. */
    private void refreshPrincipal(String username, HttpServletRequest request, HttpServletResponse response) {
        CurrentUser fresh = (CurrentUser) userDetails.loadUserByUsername(username);
        fresh.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
