package org.zhiben.training;

import org.zhiben.common.Labelled;

/**
 * What a block of training hours counts as: the initial and yearly training of principals and safety managers, and
 * the three levels of induction (厂(矿) / 车间 / 班组) of workers; workshop and team hours taken on or after a change
 * of post or a return count as the retraining.
 */
public enum HoursKind implements Labelled {
    INITIAL("初次培训"),
    YEARLY("年度再培训"),
    FACTORY("厂(矿)级"),
    WORKSHOP("车间级"),
    TEAM("班组级");

    private final String label;

    HoursKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean induction() {
        return this == FACTORY || this == WORKSHOP || this == TEAM;
    }
}
