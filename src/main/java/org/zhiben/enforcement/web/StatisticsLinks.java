package org.zhiben.enforcement.web;

/**
 * The lists behind the 执法统计's counts: a row's inspections open the inspection list, its 立案 the case list, each
 * narrowed like the row (the year, and the row's region, mode or month). Sector rows count an enterprise under each of
 * its sectors and have no list.
 */
public record StatisticsLinks(int year) {

    private String narrowing(String section, String key, boolean inspections) {
        return switch (section) {
            case "byRegion" -> "&region=" + key;
            case "byMode" -> inspections ? "&mode=" + key : null;
            case "byMonth" -> "&month=" + Integer.parseInt(key.substring(5));
            case "total" -> "";
            default -> null;
        };
    }

    /** The inspection list of the row, or null when the row has none. */
    public String inspections(String section, String key) {
        String n = narrowing(section, key, true);
        return n == null ? null : "/enforcement?year=" + year + n;
    }

    /** The case list of the row (cases filed), or null when the row has none (a mode: cases have no mode). */
    public String cases(String section, String key) {
        String n = narrowing(section, key, false);
        return n == null ? null : "/enforcement/cases?year=" + year + n;
    }
}
