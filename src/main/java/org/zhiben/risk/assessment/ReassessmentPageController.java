package org.zhiben.risk.assessment;

import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.common.PageResponse;
import org.zhiben.risk.RiskInventory;

/** Units due or overdue for reassessment: one enterprise's, or all the caller can see; and the enterprise tab. */
@Controller
class ReassessmentPageController {

    private final RiskAssessments assessments;
    private final RiskInventory inventory;

    ReassessmentPageController(RiskAssessments assessments, RiskInventory inventory) {
        this.assessments = assessments;
        this.inventory = inventory;
    }

    @GetMapping("/risk/reassessments")
    String due(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(null, null, page, model);
    }

    @GetMapping("/risk/enterprises/{enterpriseId}/reassessments")
    String dueOfEnterprise(@PathVariable UUID enterpriseId, @RequestParam(defaultValue = "0") int page, Model model) {
        return page(enterpriseId, inventory.enterpriseName(enterpriseId), page, model);
    }

    private String page(UUID enterpriseId, String enterpriseName, int page, Model model) {
        model.addAttribute("enterpriseId", enterpriseId);
        model.addAttribute("enterpriseName", enterpriseName);
        model.addAttribute("page", assessments.dueForReassessment(enterpriseId, PageResponse.pageOf(page, 50)));
        model.addAttribute("today", assessments.today());
        return "risk/reassessments";
    }

    /** Content of the 风险 tab on the enterprise page (loaded by HTMX). */
    @GetMapping("/risk/enterprises/{enterpriseId}/tab")
    String tab(@PathVariable UUID enterpriseId, Model model) {
        model.addAttribute("rollUp", inventory.rollUp(enterpriseId));
        model.addAttribute("due", assessments.dueForReassessment(enterpriseId, PageRequest.of(0, 1)).getTotalElements());
        return "risk/tab :: tab";
    }
}
