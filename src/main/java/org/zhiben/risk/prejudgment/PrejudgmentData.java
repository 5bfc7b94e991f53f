package org.zhiben.risk.prejudgment;

import org.springframework.modulith.NamedInterface;
import org.zhiben.risk.RiskLevel;

/**
 * A pre-judgment as submitted. {@code period}: the label of the day, ISO week, month or quarter (blank = the current
 * one in Asia/Shanghai); {@code workshop}: the workshop or team (车间/班组, daily only); {@code sector}: optional sector
 * code for a government judgment (required for a sector-limited department).
 */
@NamedInterface("prejudgment")
public record PrejudgmentData(PrejudgmentKind kind, String period, String workshop, String sector, String conditions,
        RiskLevel level, String measures) {
}
