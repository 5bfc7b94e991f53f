package org.zhiben.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.zhiben.audit.ActorNames;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.ChainVerification;

/** Administrators browse the audit trail and verify its hash chain (page and API). */
@Controller
@Tag(name = "审计 Audit")
class AuditController {

    private static final int PAGE = 50;

    private final AuditTrail audit;
    private final ObjectProvider<ActorNames> names;

    /** Without the accounts module (a module test bootstrapping audit alone) people are shown by username. */
    AuditController(AuditTrail audit, ObjectProvider<ActorNames> names) {
        this.audit = audit;
        this.names = names;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(page, 0);
        audit.chainPending();
        var entries = audit.latest(p * PAGE, PAGE);
        model.addAttribute("entries", entries);
        model.addAttribute("names", names.getIfAvailable(() -> usernames -> java.util.Map.of())
                .displayNames(entries.stream().map(AuditEntry::actor).distinct().toList()));
        model.addAttribute("total", audit.count());
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        return "audit/audit";
    }

    @PostMapping("/admin/audit/verify")
    String verifyFragment(Model model) {
        model.addAttribute("result", audit.verify());
        return "audit/audit :: verification";
    }

    @GetMapping("/api/v1/admin/audit/verify")
    @ResponseBody
    @Operation(summary = "校验审计链(管理员)", description = "逐条重算哈希;被修改或删除的记录会使 intact=false 并指出位置")
    ChainVerification verify() {
        return audit.verify();
    }
}
