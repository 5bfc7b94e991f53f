package org.zhiben.risk;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.zhiben.risk.internal.Checks;

/**
 * An assessment as entered: LEC/LS/MES take {@code inputs} by factor name ({@link AssessmentMethod#factors()});
 * DIRECT takes a {@code directBasis} and, for a 重大事故隐患判定标准 item, its text in {@code directCriterion}.
 */
public record AssessmentData(AssessmentKind kind, AssessmentMethod method, Map<String, BigDecimal> inputs,
        DirectBasis directBasis, String directCriterion) {

    /** Checks what does not depend on the event or the grading table; those are checked on assessing. */
    public AssessmentData validated() {
        boolean direct = method == AssessmentMethod.DIRECT;
        AssessmentData d = new AssessmentData(kind, method, direct ? Map.of() : lowerCaseKeys(inputs),
                direct ? directBasis : null, direct ? Checks.text(directCriterion) : null);
        new Checks()
                .require(d.kind, "kind", "请选择评估类型(固有或管控后)")
                .require(d.method, "method", "请选择评估方法")
                .check(!direct || d.directBasis != null, "directBasis", "直接判定须选择依据")
                .check(d.directBasis != DirectBasis.MAJOR_ACCIDENT_HAZARD_CRITERION || d.directCriterion != null,
                        "directCriterion", "请填写所依据的重大事故隐患判定标准条款")
                .maxLength(d.directCriterion, 500, "directCriterion", "判定标准条款")
                .orThrow();
        return d;
    }

    /** Factor names are lower-case; null values stay, so grading reports them as missing. */
    private static Map<String, BigDecimal> lowerCaseKeys(Map<String, BigDecimal> inputs) {
        Map<String, BigDecimal> m = new HashMap<>();
        if (inputs != null) {
            inputs.forEach((k, v) -> {
                if (k != null) {
                    m.put(k.toLowerCase(Locale.ROOT), v);
                }
            });
        }
        return Collections.unmodifiableMap(m);
    }
}
