package org.zhiben.hazard.web;

import org.zhiben.hazard.workflow.Hazard;
import org.zhiben.hazard.workflow.MajorPlan;

/** The plan's elements by field name, for the page. */
public final class PlanFields {

    private PlanFields() {
    }

    public static String value(Hazard h, String field) {
        MajorPlan p = h.plan();
        return switch (field) {
            case "situation" -> p.situation();
            case "harmAnalysis" -> p.harmAnalysis();
            case "goal" -> p.goal();
            case "methods" -> p.methods();
            case "resources" -> p.resources();
            case "organisation" -> p.organisation();
            case "schedule" -> p.schedule();
            case "safety" -> p.safety();
            default -> null;
        };
    }
}
