package org.zhiben.hazard.workflow;

/** The ladder for major hazards whose rectification is overdue: 函告, then 通报, then 约谈, then 曝光. */
public enum EscalationStep {
    LETTER("函告"),
    CIRCULAR("通报"),
    INTERVIEW("约谈"),
    EXPOSURE("曝光");

    private final String label;

    EscalationStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The step after this one, or null after 曝光. */
    public EscalationStep next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
