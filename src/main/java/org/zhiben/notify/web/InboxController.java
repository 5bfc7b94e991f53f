package org.zhiben.notify.web;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhiben.identity.CurrentUser;
import org.zhiben.notify.Inbox;

@Controller
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("notifications", inbox.latest(me.id(), 100));
        return "notify/inbox";
    }

    /** The unread badge in the navigation bar, refreshed by HTMX. */
    @GetMapping("/inbox/badge")
    @ResponseBody
    String badge(@AuthenticationPrincipal CurrentUser me) {
        long unread = inbox.unread(me.id());
        return unread == 0 ? "" : "<span class=\"badge rounded-pill text-bg-danger\">" + unread + "</span>";
    }

    @PostMapping("/inbox/{id}/read")
    String read(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
        var n = inbox.markRead(me.id(), id);
        return "redirect:" + (n.getLink() != null && n.getLink().startsWith("/") && !n.getLink().startsWith("//")
                ? n.getLink() : "/inbox");
    }

    @PostMapping("/inbox/read-all")
    String readAll(@AuthenticationPrincipal CurrentUser me) {
        inbox.markAllRead(me.id());
        return "redirect:/inbox";
    }
}
