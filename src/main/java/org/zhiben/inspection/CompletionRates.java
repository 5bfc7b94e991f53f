package org.zhiben.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * Completion rates for tasks due in {@code from..to}: by enterprise, by position (assignee), by task type, with the
 * 包保 tasks apart ({@code baobao}: the same groups over 包保 tasks only; the others exclude them).
 */
public record CompletionRates(LocalDate from, LocalDate to, RateRow total, List<RateRow> byEnterprise,
        List<RateRow> byPosition, List<RateRow> byType, RateRow baobaoTotal, List<RateRow> baobaoByType) {
}
