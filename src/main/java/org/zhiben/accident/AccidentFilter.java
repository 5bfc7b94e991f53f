package org.zhiben.accident;

import java.time.LocalDate;

/**
 * List filters, each optional. {@code regionPrefix} keeps accidents whose region code starts with it (a statistics
 * row's region, 2 to 12 digits); {@code sector} those counted under the sector; {@code from}/{@code to} bound the day
 * the accident occurred (Asia/Shanghai, both inclusive); {@code counted} leaves out voided accidents, as every
 * statistic does ({@link AccidentStatistics#COUNTED}). A figure of the statistics opens the list with exactly its
 * own conditions, so the list shows as many rows as the figure says.
 */
public record AccidentFilter(AccidentGrade grade, AccidentState state, Integer year, String regionPrefix,
        String sector, String categoryScheme, String categoryCode, LocalDate from, LocalDate to, boolean counted) {

    public AccidentFilter(AccidentGrade grade, AccidentState state, Integer year) {
        this(grade, state, year, null, null, null, null, null, null, false);
    }

    /** Whether the list is narrowed like a statistics figure (then it says which figure it shows). */
    public boolean figure() {
        return counted || regionPrefix != null || sector != null || categoryCode != null || from != null
                || to != null;
    }
}
