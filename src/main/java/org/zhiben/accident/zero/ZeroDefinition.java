package org.zhiben.accident.zero;

import org.zhiben.common.Labelled;

/**
 * What a campaign counts as "zero": 零安全事故 (附表1 note 2: no safety accident of any kind, the default) or
 * 不发生伤亡事故 (§六(八)'s 考核 standard: no accident with a death, a missing person or a serious injury).
 * A voided accident never counts.
 */
public enum ZeroDefinition implements Labelled {
    NO_SAFETY_ACCIDENT("零安全事故"),
    NO_CASUALTY_ACCIDENT("不发生伤亡事故");

    private final String label;

    ZeroDefinition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an accident with these figures breaks "zero" under this definition. */
    public boolean counts(int deaths, int missing, int seriousInjuries) {
        return this == NO_SAFETY_ACCIDENT || deaths + missing + seriousInjuries > 0;
    }

    /** The same rule as a SQL condition over accident columns of alias {@code a}. */
    String sql(String a) {
        return this == NO_SAFETY_ACCIDENT ? "1 = 1"
                : "(" + a + ".deaths + " + a + ".missing + " + a + ".serious_injuries) > 0";
    }
}
