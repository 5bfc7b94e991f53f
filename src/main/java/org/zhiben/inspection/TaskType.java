package org.zhiben.inspection;

import org.zhiben.common.Labelled;
import org.zhiben.hazard.HazardSource;

/**
 * What a task is for (DOMAIN.md §2): 日常 and the three 包保 checks from control measures, the 日周月 plans, the
 * principal's major-hazard inspection, the one-off checks an enterprise plans, and the checks by regulators and experts.
 * Each maps to the hazard source its findings carry.
 */
public enum TaskType implements Labelled {
    DAILY("日常", HazardSource.DAILY, false),
    BAOBAO_PRINCIPAL("包保·主要负责人", HazardSource.DAILY, true),
    BAOBAO_TECHNICAL("包保·技术负责人", HazardSource.DAILY, true),
    BAOBAO_OPERATION("包保·操作负责人", HazardSource.DAILY, true),
    TEAM_DAILY("班组日排查", HazardSource.DAILY, false),
    DEPARTMENT_WEEKLY("部门周排查", HazardSource.DAILY, false),
    PLANT_MONTHLY("厂长月排查", HazardSource.DAILY, false),
    MAJOR_HAZARD("主要负责人重大事故隐患排查", HazardSource.COMPREHENSIVE, false),
    COMPREHENSIVE("综合性检查", HazardSource.COMPREHENSIVE, false),
    SPECIALISED("专业性检查", HazardSource.SPECIALISED, false),
    SEASONAL("季节性检查", HazardSource.SEASONAL, false),
    PRE_HOLIDAY("节假日前检查", HazardSource.PRE_HOLIDAY, false),
    PRE_RESUMPTION("复产复工前检查", HazardSource.PRE_RESUMPTION, false),
    SUPERVISION("监管检查", HazardSource.SUPERVISION, false),
    EXPERT_REVIEW("体检式精查", HazardSource.EXPERT_REVIEW, false);

    private final String label;
    private final HazardSource source;
    private final boolean baobao;

    TaskType(String label, HazardSource source, boolean baobao) {
        this.label = label;
        this.source = source;
        this.baobao = baobao;
    }

    public String label() {
        return label;
    }

    /** The source recorded on the record and on each hazard it produces. */
    public HazardSource hazardSource() {
        return source;
    }

    /** A 包保责任人 check: counted apart in the completion rates. */
    public boolean baobao() {
        return baobao;
    }

    /** Types a control measure's schedule may have. */
    public boolean forMeasures() {
        return this == DAILY || baobao;
    }

    /** One-off checks an enterprise plans with a template, a date window and an assignee. */
    public boolean oneOffByEnterprise() {
        return this == COMPREHENSIVE || this == SPECIALISED || this == SEASONAL || this == PRE_HOLIDAY
                || this == PRE_RESUMPTION;
    }

    /** Checks done by regulators (监管检查) or experts they send (体检式精查). */
    public boolean government() {
        return this == SUPERVISION || this == EXPERT_REVIEW;
    }
}
