package org.zhiben.campaign;

import org.zhiben.common.Labelled;

/** The level of the government or office that issues a plan. */
public enum PlanLevel implements Labelled {
    NATIONAL("国家"),
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWN("乡镇");

    private final String label;

    PlanLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
