package org.zhiben.insight;

import java.util.List;

/**
 * The result of comparing the summaries with a full recount of the base tables: the number of summary rows that
 * differ per table (missing, extra or with another count) and a few of them; consistent when all are zero.
 */
public record ConsistencyReport(boolean consistent, long hazardFlowDiffs, long hazardOpenDiffs, long enterpriseDiffs,
        long enterpriseCountDiffs, long hazards, long enterprises, List<String> samples, long millis) {
}
