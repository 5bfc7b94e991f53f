package org.zhiben.identity.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.PageResponse;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.StaleVersionException;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.Organisations;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.internal.User;
import org.zhiben.identity.internal.UserRepository;

/** Administrators manage accounts: create with an initial password, bind role and scope, reset. */
@Controller
@RequestMapping("/admin/users")
class AdminUserController {

    private final UserRepository users;
    private final UserAccounts accounts;
    private final Organisations organisations;

    AdminUserController(UserRepository users, UserAccounts accounts, Organisations organisations) {
        this.users = users;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("users", users.search(q == null || q.isBlank() ? null : q.strip(), role,
                PageResponse.pageOf(page, 50)));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        return "identity/admin-users";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        UserForm form = new UserForm();
        form.setEnabled(true);
        form.setMustChangePassword(true);
        return form(model, form);
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            accounts.create(form.toAccount(organisations));
        } catch (InvalidInputException e) {
            reject(binding, e);
            return form(model, form);
        }
        redirect.addFlashAttribute("notice", "用户已创建");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        User user = users.findById(id).orElseThrow(() -> new NotFoundException("用户"));
        model.addAttribute("user", user);
        return form(model, UserForm.of(user, organisations));
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        User user = users.findById(id).orElseThrow(() -> new NotFoundException("用户"));
        try {
            accounts.update(id, form.getVersion(), form.toAccount(organisations));
        } catch (InvalidInputException e) {
            reject(binding, e);
        } catch (StaleVersionException e) {
            binding.reject("stale", e.getMessage());
        }
        if (binding.hasErrors()) {
            model.addAttribute("user", user);
            return form(model, form);
        }
        redirect.addFlashAttribute("notice", "用户已保存");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/reset-password")
    String reset(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, password);
            redirect.addFlashAttribute("notice", "已重置为初始密码,用户下次登录须修改");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    /** The service speaks of enterprise ids; the form asks for the USCC. */
    private static void reject(BindingResult binding, InvalidInputException e) {
        e.violations().forEach(v -> binding.rejectValue(v.field().equals("enterpriseId") ? "enterpriseUscc" : v.field(),
                "invalid", v.field().equals("enterpriseId") ? "请填写已登记企业的统一社会信用代码" : v.message()));
    }

    private String form(Model model, UserForm form) {
        model.addAttribute("form", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute("departments", organisations.departments());
        return "identity/admin-user-form";
    }
}
