package org.zhiben.risk;

import java.util.regex.Pattern;
import org.zhiben.risk.internal.Checks;

/**
 * A risk analysis object (风险分析对象) as entered: a major hazard source (重大危险源) must carry its 危险源编码,
 * other objects none.
 */
public record AnalysisObjectData(ObjectKind kind, String name, boolean majorHazardSource, String hazardSourceCode) {

    private static final Pattern HAZARD_SOURCE_CODE = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /** Trimmed, checked copy. */
    public AnalysisObjectData validated() {
        AnalysisObjectData d = new AnalysisObjectData(kind, Checks.text(name), majorHazardSource,
                Checks.text(hazardSourceCode));
        new Checks()
                .require(d.kind, "kind", "请选择对象类型")
                .require(d.name, "name", "请填写对象名称")
                .maxLength(d.name, 100, "name", "对象名称")
                .check(!d.majorHazardSource || d.hazardSourceCode != null, "hazardSourceCode", "重大危险源须填写危险源编码")
                .check(d.majorHazardSource || d.hazardSourceCode == null, "hazardSourceCode", "只有重大危险源填写危险源编码")
                .check(d.hazardSourceCode == null || HAZARD_SOURCE_CODE.matcher(d.hazardSourceCode).matches(),
                        "hazardSourceCode", "危险源编码应为1–64位字母、数字或连字符")
                .orThrow();
        return d;
    }
}
