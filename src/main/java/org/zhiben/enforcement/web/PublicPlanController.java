package org.zhiben.enforcement.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhiben.enforcement.AnnualPlans;

/**
 * The 公示 of published annual enforcement plans, open without login (under /public/**, as the draws' 公示): the
 * figures per supervision category, the number of key inspections per month (not the enterprises) and the draws made
 * under the plan.
 */
@Controller
class PublicPlanController {

    private final AnnualPlans plans;

    PublicPlanController(AnnualPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/public/plans")
    String list(Model model) {
        model.addAttribute("plans", plans.publishedList());
        return "enforcement/public-plans";
    }

    @GetMapping("/public/plans/{id}")
    String detail(@PathVariable UUID id, Model model) {
        model.addAttribute("p", plans.published(id));
        model.addAttribute("official", false);
        return "enforcement/plan";
    }
}
