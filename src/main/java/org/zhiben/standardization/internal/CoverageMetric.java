package org.zhiben.standardization.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;
import org.zhiben.common.LiveMetric;
import org.zhiben.directory.Enterprises;

/**
 * {@code standardization.coverage}: the share (%) of 规上 enterprises (registry scale 规上, not closed) in the area
 * holding a 标准化 grade (seed 000: 2025 规上 enterprises 达标). The registry's grade follows announcements,
 * revocations and expiries, so one query over the registry answers it. No 规上 enterprise in the area: 0.
 */
@Component
class CoverageMetric implements LiveMetric {

    private final Enterprises enterprises;

    CoverageMetric(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public String key() {
        return "standardization.coverage";
    }

    @Override
    public String label() {
        return "规上企业安全生产标准化达标率";
    }

    @Override
    public String unit() {
        return "%";
    }

    @Override
    public BigDecimal measure(Area area) {
        Enterprises.GradeCoverage c = enterprises.gradeCoverage(area.low(), area.high(), area.sectors());
        if (c.aboveScale() == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(c.graded() * 100).divide(BigDecimal.valueOf(c.aboveScale()), 1, RoundingMode.HALF_UP);
    }
}
