package org.zhiben.hazard;

import org.zhiben.common.Labelled;

/**
 * Where a hazard was found (dangerSrc): the ten enterprise sources of the data-exchange practice, then the government
 * channels.
 */
public enum HazardSource implements Labelled {
    DAILY("日常", false),
    COMPREHENSIVE("综合性", false),
    SPECIALISED("专业性", false),
    SEASONAL("季节性", false),
    PRE_HOLIDAY("节假日前", false),
    ACCIDENT_ANALOGY("事故类比", false),
    PRE_RESUMPTION("复产复工前", false),
    EXTERNAL_EXPERT("外聘专家", false),
    MEASURE_FAILURE("管控措施失效", false),
    OTHER("其他", false),
    SUPERVISION("监管执法检查", true),
    PUBLIC_TIP("群众举报", true),
    HIGHER_INSPECTION("上级督查", true),
    EXPERT_REVIEW("专家精查", true);

    private final String label;
    private final boolean government;

    HazardSource(String label, boolean government) {
        this.label = label;
        this.government = government;
    }

    public String label() {
        return label;
    }

    /** Found by a regulator, an expert sent by one, or the public rather than by the enterprise itself. */
    public boolean government() {
        return government;
    }
}
