package org.zhiben.expert;

import org.zhiben.common.Labelled;

/**
 * What an expert is sent to do. {@link #reviews()} kinds judge the enterprise's work; an expert who did the
 * enterprise's 首次风险辨识 (paid service building its system) recently may not review it.
 */
public enum AssignmentKind implements Labelled {
    FIRST_IDENTIFICATION("首次风险辨识", false),
    DETAILED_CHECK("体检式精查", true),
    CONSULTATION("会诊", false),
    ENFORCEMENT_SUPPORT("执法技术支持", true),
    STANDARDIZATION_REVIEW("标准化评审", true),
    MAJOR_CLOSURE("重大隐患销号评估", true);

    private final String label;
    private final boolean reviews;

    AssignmentKind(String label, boolean reviews) {
        this.label = label;
        this.reviews = reviews;
    }

    public String label() {
        return label;
    }

    public boolean reviews() {
        return reviews;
    }
}
