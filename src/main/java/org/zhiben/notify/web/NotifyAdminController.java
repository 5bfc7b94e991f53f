package org.zhiben.notify.web;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.FormSubmission;
import org.zhiben.identity.CurrentUser;
import org.zhiben.notify.internal.Deliveries;
import org.zhiben.notify.internal.MailConfiguration;
import org.zhiben.notify.internal.MailSecurity;
import org.zhiben.notify.internal.MailSettingsForm;
import org.zhiben.notify.internal.Robot;
import org.zhiben.notify.internal.RobotForm;
import org.zhiben.notify.internal.RobotKind;
import org.zhiben.notify.internal.Robots;
import org.zhiben.notify.internal.WebhookChannel;

/** Administrators configure the channels (SMTP, group robots), test a robot and read the delivery log. */
@Controller
@RequestMapping("/admin/notify")
class NotifyAdminController {

    private static final int LOG_ROWS = 100;

    private final MailConfiguration mail;
    private final Robots robots;
    private final WebhookChannel webhooks;
    private final Deliveries deliveries;

    NotifyAdminController(MailConfiguration mail, Robots robots, WebhookChannel webhooks, Deliveries deliveries) {
        this.mail = mail;
        this.robots = robots;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    @GetMapping
    String page(Model model) {
        return page(model, mail.form());
    }

    @PostMapping("/mail")
    String saveMail(@ModelAttribute("mailForm") MailSettingsForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.save(binding, () -> mail.save(form))) {
            form.setPassword(null);
            return page(model, form);
        }
        redirect.addFlashAttribute("notice", "邮件设置已保存");
        return "redirect:/admin/notify";
    }

    @GetMapping("/robots/new")
    String newRobot(Model model) {
        return robotForm(model, new RobotForm(), null);
    }

    @PostMapping("/robots")
    String create(@ModelAttribute("form") RobotForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!FormSubmission.save(binding, () -> robots.create(form))) {
            form.setSecret(null);
            return robotForm(model, form, null);
        }
        redirect.addFlashAttribute("notice", "群机器人已添加");
        return "redirect:/admin/notify";
    }

    @GetMapping("/robots/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return robotForm(model, robots.form(id), robots.get(id));
    }

    @PostMapping("/robots/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") RobotForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Robot robot = robots.get(id);
        if (!FormSubmission.save(binding, () -> robots.update(id, form))) {
            form.setSecret(null);
            return robotForm(model, form, robot);
        }
        redirect.addFlashAttribute("notice", "群机器人已保存");
        return "redirect:/admin/notify";
    }

    @PostMapping("/robots/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        robots.delete(id);
        redirect.addFlashAttribute("notice", "群机器人已删除");
        return "redirect:/admin/notify";
    }

    @PostMapping("/robots/{id}/test")
    String test(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        Robot robot = robots.get(id);
        String error = webhooks.sendTest(robot, me.displayName());
        if (error == null) {
            redirect.addFlashAttribute("notice", "测试消息已发送到 " + robot.getName());
        } else {
            redirect.addFlashAttribute("error", "测试消息发送失败(" + robot.getName() + "):" + error);
        }
        return "redirect:/admin/notify";
    }

    private String page(Model model, MailSettingsForm form) {
        model.addAttribute("mailForm", form);
        model.addAttribute("mailSettings", mail.effective());
        model.addAttribute("securities", MailSecurity.values());
        model.addAttribute("robots", robots.all());
        model.addAttribute("deliveries", deliveries.latest(LOG_ROWS));
        return "notify/admin";
    }

    private String robotForm(Model model, RobotForm form, Robot robot) {
        model.addAttribute("form", form);
        model.addAttribute("robot", robot);
        model.addAttribute("kinds", RobotKind.values());
        return "notify/robot-form";
    }
}
