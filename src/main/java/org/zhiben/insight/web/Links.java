package org.zhiben.insight.web;

import java.time.LocalDate;

/**
 * The list behind each figure: the hazard list (/hazards) and the enterprise list (/enterprises) with the filters of
 * the figure, and the dashboard of a sub-region. {@code region} null: the caller's whole scope.
 */
public record Links(String sector, LocalDate from, LocalDate to) {

    private String base(String path, String region) {
        StringBuilder b = new StringBuilder(path).append('?');
        if (region != null) {
            b.append("region=").append(region).append('&');
        }
        if (sector != null) {
            b.append("sector=").append(sector).append('&');
        }
        return b.toString();
    }

    public String hazards(String region, String params) {
        String url = base("/hazards", region) + (params == null ? "" : params);
        return url.endsWith("&") || url.endsWith("?") ? url.substring(0, url.length() - 1) : url;
    }

    /** Hazards found in the period, with extra filters. */
    public String found(String region, String params) {
        return hazards(region, "from=" + from + "&to=" + to + (params == null ? "" : "&" + params));
    }

    public String enterprises(String region) {
        String url = base("/enterprises", region);
        return url.substring(0, url.length() - 1);
    }

    public String drill(String region) {
        return base("/insight", region) + "from=" + from + "&to=" + to;
    }

    public String export(String what, String region) {
        return base("/insight/" + what, region) + "from=" + from + "&to=" + to;
    }
}
