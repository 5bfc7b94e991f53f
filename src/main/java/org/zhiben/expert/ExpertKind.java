package org.zhiben.expert;

import org.zhiben.common.Labelled;

/** What kind of member of the pool (seed 003: 行业领域专家、企业退休技安人员、专业技术服务机构; 执法技术检查员). */
public enum ExpertKind implements Labelled {
    EXPERT("专家"), RETIRED_SAFETY_STAFF("退休技安人员"), SERVICE_AGENCY("服务机构"), ENFORCEMENT_INSPECTOR("执法技术检查员");

    private final String label;

    ExpertKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
