package org.zhiben.training;

import org.zhiben.common.Labelled;

/** How a person works for the enterprise; 先培训后上岗 applies to every kind alike. */
public enum PersonKind implements Labelled {
    EMPLOYEE("员工"),
    CONTRACTOR("承包商人员"),
    DISPATCHED("劳务派遣"),
    FLEXIBLE("灵活用工");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind named by its label or its code, or null. */
    public static PersonKind parse(String text) {
        if (text == null) {
            return null;
        }
        for (PersonKind k : values()) {
            if (k.label.equals(text.strip()) || k.name().equalsIgnoreCase(text.strip())) {
                return k;
            }
        }
        return null;
    }
}
