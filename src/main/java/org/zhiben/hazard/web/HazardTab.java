package org.zhiben.hazard.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhiben.directory.EnterpriseTab;
import org.zhiben.hazard.workflow.HazardWorkflow;

/** The 隐患 tab on the enterprise page: the enterprise's latest hazards, each linking to its detail. */
@Component
class HazardTab implements EnterpriseTab {

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "hazard.tab";
    }

    @Override
    public String contentUrl(UUID enterpriseId) {
        return "/hazards/enterprises/" + enterpriseId + "/tab";
    }

    @Controller
    static class Content {

        private final HazardWorkflow workflow;

        Content(HazardWorkflow workflow) {
            this.workflow = workflow;
        }

        @GetMapping("/hazards/enterprises/{enterpriseId}/tab")
        String tab(@PathVariable UUID enterpriseId, Model model) {
            model.addAttribute("hazards", workflow.ofEnterprise(enterpriseId, 30));
            model.addAttribute("open", workflow.openCount(enterpriseId));
            model.addAttribute("enterpriseId", enterpriseId);
            return "hazard/tab :: tab";
        }
    }
}
