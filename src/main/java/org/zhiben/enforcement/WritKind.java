package org.zhiben.enforcement;

import org.zhiben.common.Labelled;

/**
 * 执法文书 (the ministry's 执法文书式样), each numbered per office, year and kind: {@code abbreviation} goes into the
 * number (示范县应急检记〔2026〕1号); {@code ofCase} tells whether it is filled from a case or an inspection.
 */
public enum WritKind implements Labelled {
    SITE_RECORD("现场检查记录", "检记", false),
    RECTIFY_ORDER("责令限期整改指令书", "责改", false),
    RECHECK_OPINION("整改复查意见书", "复查", false),
    SITE_MEASURE("现场处理措施决定书", "现决", false),
    CASE_FILING("立案审批表", "立", true),
    PENALTY_NOTICE("行政处罚告知书", "罚告", true),
    PENALTY_DECISION("行政处罚决定书", "罚", true),
    CASE_CLOSING("结案审批表", "结", true);

    private final String label;
    private final String abbreviation;
    private final boolean ofCase;

    WritKind(String label, String abbreviation, boolean ofCase) {
        this.label = label;
        this.abbreviation = abbreviation;
        this.ofCase = ofCase;
    }

    public String label() {
        return label;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public boolean ofCase() {
        return ofCase;
    }
}
