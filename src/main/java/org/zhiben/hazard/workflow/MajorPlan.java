package org.zhiben.hazard.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.zhiben.common.FieldViolation;

/**
 * The major hazard report (16号令 第十四条: 现状及其产生原因, 危害程度和整改难易程度分析) and the six elements of its
 * 治理方案 (第十五条). Kept on the hazard's row; empty until the enterprise writes it.
 */
@NamedInterface(name = "workflow", propagate = false)
@Embeddable
public record MajorPlan(String situation, @Column(name = "harm_analysis") String harmAnalysis,
        @Column(name = "plan_goal") String goal, @Column(name = "plan_methods") String methods,
        @Column(name = "plan_resources") String resources, @Column(name = "plan_organisation") String organisation,
        @Column(name = "plan_schedule") String schedule, @Column(name = "plan_safety") String safety) {

    static final int MAX = 4000;
    static final MajorPlan EMPTY = new MajorPlan(null, null, null, null, null, null, null, null);

    /** One violation per missing or too long element, named by its field. */
    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        check(v, "situation", situation, "现状及其产生原因");
        check(v, "harmAnalysis", harmAnalysis, "危害程度和整改难易程度分析");
        check(v, "goal", goal, "治理的目标和任务");
        check(v, "methods", methods, "采取的方法和措施");
        check(v, "resources", resources, "经费和物资的落实");
        check(v, "organisation", organisation, "负责治理的机构和人员");
        check(v, "schedule", schedule, "治理的时限和要求");
        check(v, "safety", safety, "安全措施和应急预案");
        return v;
    }

    private static void check(List<FieldViolation> v, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, "重大事故隐患须填写“" + label + "”"));
        } else if (value.length() > MAX) {
            v.add(new FieldViolation(field, label + "不能超过" + MAX + "个字符"));
        }
    }

    MajorPlan stripped() {
        return new MajorPlan(s(situation), s(harmAnalysis), s(goal), s(methods), s(resources), s(organisation),
                s(schedule), s(safety));
    }

    private static String s(String x) {
        return x == null || x.isBlank() ? null : x.strip();
    }
}
