package org.zhiben.common;

/**
 * The escalation ladder for work that falls behind (seeds 000 and 003: 多提示、多督办 … 函告、通报、约谈、曝光): 提示,
 * 督办, 函告, 通报, 约谈, 曝光. A module's {@link EscalationLadder} names the step it starts from (overdue major
 * hazards start at 函告, lagging campaign tasks at 提示).
 */
public enum EscalationStep implements Labelled {
    PROMPT("提示"),
    SUPERVISE("督办"),
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
