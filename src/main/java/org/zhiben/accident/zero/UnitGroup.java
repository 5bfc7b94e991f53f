package org.zhiben.accident.zero;

import org.zhiben.common.Labelled;
import org.zhiben.directory.UnitType;

/** The two groups seed 004's targets are set for: 村(社区) and 企事业单位 (every other unit type). */
public enum UnitGroup implements Labelled {
    VILLAGE("村(社区)"),
    UNIT("企事业单位");

    private final String label;

    UnitGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static UnitGroup of(UnitType type) {
        return type == UnitType.VILLAGE ? VILLAGE : UNIT;
    }
}
