package org.zhiben.risk.majorsource;

import java.math.BigDecimal;
import org.zhiben.common.Labelled;

/**
 * GB 18218-2018 grades of a major hazard source by R = α · Σ βᵢ·qᵢ/Qᵢ: 一级 R ≥ 100 · 二级 50 ≤ R &lt; 100 ·
 * 三级 10 ≤ R &lt; 50 · 四级 R &lt; 10. Declared from the most to the least severe.
 */
public enum MajorHazardLevel implements Labelled {
    FIRST("一级", new BigDecimal(100)), SECOND("二级", new BigDecimal(50)), THIRD("三级", BigDecimal.TEN),
    FOURTH("四级", BigDecimal.ZERO);

    private final String label;
    private final BigDecimal minimumR;

    MajorHazardLevel(String label, BigDecimal minimumR) {
        this.label = label;
        this.minimumR = minimumR;
    }

    public String label() {
        return label;
    }

    /** The smallest R of this grade (inclusive). */
    public BigDecimal minimumR() {
        return minimumR;
    }
}
