package org.zhiben.accident.zero;

import org.zhiben.common.Labelled;

/** A 创建单位's year: 创建中 during the year, 待认定 after it, then 已认定 or 未通过. */
public enum UnitYearState implements Labelled {
    CREATING("创建中"),
    PENDING("待认定"),
    RECOGNISED("已认定"),
    FAILED("未通过");

    private final String label;

    UnitYearState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
