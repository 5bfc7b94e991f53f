package org.zhiben.risk.prejudgment;

import java.time.Instant;
import java.util.UUID;
import org.zhiben.risk.RiskLevel;

/**
 * A graded early warning raised by a pre-judgment ({@code prejudgmentId}, {@code kind}) or by a monitoring alarm left
 * unhandled ({@code alarmId}, {@code cause}; its {@code period} is the alarm's day): 重大 → 红, 较大 → 橙, 一般 → 黄
 * ({@code level.color()}); 低 raises none. {@code acknowledgedBy}/{@code acknowledgedAt} are set once an official
 * acknowledged it.
 */
public record EarlyWarningView(UUID id, UUID prejudgmentId, UUID alarmId, PrejudgmentKind kind, String cause,
        String subjectName,
        UUID enterpriseId, String regionCode, String period, RiskLevel level, String colorLabel, Instant raisedAt,
        String acknowledgedBy, Instant acknowledgedAt, long version) {

    /** 红 / 橙 / 黄 (蓝 never raised). */
    public static String colorLabel(RiskLevel level) {
        return switch (level) {
            case MAJOR -> "红";
            case LARGE -> "橙";
            case GENERAL -> "黄";
            case LOW -> "蓝";
        };
    }
}
