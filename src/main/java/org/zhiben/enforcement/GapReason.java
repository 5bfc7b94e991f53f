package org.zhiben.enforcement;

import org.zhiben.common.Labelled;

/** Why an enterprise is on the 应建未建、建而不用 list (seed 001, 四(四) 强化执法). */
public enum GapReason implements Labelled {
    /** Owes a dual-prevention system and has not built one (no assessed risk inventory). */
    UNBUILT("应建未建"),
    /** Has built one and has not reported an inspection online in the last N days. */
    UNUSED("建而不用");

    private final String label;

    GapReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
