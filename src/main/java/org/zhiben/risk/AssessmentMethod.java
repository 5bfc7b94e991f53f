package org.zhiben.risk;

import java.util.List;

/** How a risk event is graded, with the factors each scoring method multiplies. */
public enum AssessmentMethod {
    /** D = L × E × C. */
    LEC(List.of("l", "e", "c")),
    /** R = L × S. */
    LS(List.of("l", "s")),
    /** R = M × E × S. */
    MES(List.of("m", "e", "s")),
    /** 重大 without scoring: a major hazard source, or a 重大事故隐患判定标准 item matched. */
    DIRECT(List.of());

    private final List<String> factors;

    AssessmentMethod(List<String> factors) {
        this.factors = factors;
    }

    public List<String> factors() {
        return factors;
    }

    /** E.g. {@code D = L × E × C}; LEC calls its product D, the other methods R. Empty for direct judgment. */
    public String formula() {
        if (factors.isEmpty()) {
            return "";
        }
        return (this == LEC ? "D" : "R") + " = " + String.join(" × ", factors.stream().map(String::toUpperCase).toList());
    }
}
