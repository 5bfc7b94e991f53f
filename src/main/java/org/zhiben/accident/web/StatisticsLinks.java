package org.zhiben.accident.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.zhiben.accident.AccidentStatistics;

/**
 * Where a figure of the accident statistics leads: its count opens the accident list narrowed by exactly the row's
 * conditions and the period's days ({@code counted}: voided left out), so the list holds as many rows as the figure;
 * a region row opens the statistics of that region, where the user may go ({@code regions}: an enterprise's users see
 * their own figures under its region's name and go nowhere).
 */
public record StatisticsLinks(AccidentStatistics.Period period, String region, boolean regions) {

    /** The list behind the row's count this year. */
    public String count(AccidentStatistics.Row r) {
        return list(r, period);
    }

    /** The list behind the row's count in the same span of last year. */
    public String previous(AccidentStatistics.Row r) {
        return list(r, period.previous());
    }

    /** The statistics of a region row's region (its code padded to 12 digits), same period. */
    public String drill(AccidentStatistics.Row r) {
        String code = r.key() + "0".repeat(12 - r.key().length());
        if (!regions || code.equals(region)) {
            return null;
        }
        return UriComponentsBuilder.fromPath("/accidents/statistics").queryParam("year", period.year())
                .queryParam("to", period.to()).queryParam("region", code).build().toUriString();
    }

    private static String list(AccidentStatistics.Row r, AccidentStatistics.Period p) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/accidents").queryParam("counted", true)
                .queryParam("from", p.from()).queryParam("to", p.to());
        if (r.regionPrefix() != null) {
            b.queryParam("regionPrefix", r.regionPrefix());
        }
        if (r.sector() != null) {
            b.queryParam("sector", r.sector());
        }
        if (r.categoryCode() != null) {
            b.queryParam("scheme", r.categoryScheme()).queryParam("category", r.categoryCode());
        }
        if (r.grade() != null) {
            b.queryParam("grade", r.grade());
        }
        return b.build().toUriString();
    }
}
