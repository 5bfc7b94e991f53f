package org.zhiben.insight.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.zhiben.hazard.HazardCount;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.insight.EnterpriseFigure;

/**
 * The list behind each figure, filtered by the figure's own definition ({@link HazardCount} for the hazard list,
 * {@link EnterpriseFigure} for insight's enterprise list, the closed tasks for the completion rate), the period, the
 * region (null: the caller's whole scope) or one enterprise of a village's ranking, and the sector. The dashboard of a
 * sub-region and the exports too. docs/metrics.md names the list of every figure.
 */
public record Links(String sector, LocalDate from, LocalDate to, boolean direct) {

    /** The same links for the records placed at a region itself (a ranking's "(直属)" row). */
    public Links directly() {
        return new Links(sector, from, to, true);
    }

    private StringBuilder base(String path, String region, String enterprise) {
        StringBuilder b = new StringBuilder(path).append('?');
        if (region != null) {
            b.append("region=").append(region).append('&');
            if (direct) {
                b.append("direct=true&");
            }
        }
        if (enterprise != null) {
            b.append("enterpriseId=").append(enterprise).append('&');
        }
        if (sector != null) {
            b.append("sector=").append(URLEncoder.encode(sector, StandardCharsets.UTF_8)).append('&');
        }
        return b;
    }

    private String period() {
        return "from=" + from + "&to=" + to;
    }

    private static String trim(StringBuilder b) {
        char last = b.charAt(b.length() - 1);
        return last == '&' || last == '?' ? b.substring(0, b.length() - 1) : b.toString();
    }

    /** The hazards {@code figure} counts, with the period when the figure is period-bound, optionally of one level. */
    public String hazards(String region, String enterprise, HazardCount figure, boolean inPeriod, HazardLevel level,
            String stock) {
        StringBuilder b = base("/hazards", region, enterprise).append("figure=").append(figure.name()).append('&');
        if (inPeriod) {
            b.append(period()).append('&');
        }
        if (level != null) {
            b.append("level=").append(level.name()).append('&');
        }
        if (stock != null) {
            b.append("stock=").append(stock).append('&');
        }
        return trim(b);
    }

    /** Hazards found in the period ({@link HazardCount#FOUND}). */
    public String found(String region, String enterprise, boolean major) {
        return hazards(region, enterprise, HazardCount.FOUND, true, major ? HazardLevel.MAJOR : null, null);
    }

    /** Of the hazards found in the period, those closed by now: 整改率's numerator. */
    public String foundClosed(String region, String enterprise) {
        return hazards(region, enterprise, HazardCount.FOUND_CLOSED, true, null, null);
    }

    /** Hazards closed in the period (by closing day); {@code onTime}: only those closed by their deadline. */
    public String closed(String region, String enterprise, boolean onTime) {
        return hazards(region, enterprise, onTime ? HazardCount.CLOSED_ON_TIME : HazardCount.CLOSED, true, null,
                null);
    }

    /** Hazards open now; {@code overdue}: only those marked overdue. */
    public String open(String region, String enterprise, boolean overdue, boolean major) {
        return hazards(region, enterprise, overdue ? HazardCount.OVERDUE : HazardCount.OPEN, false,
                major ? HazardLevel.MAJOR : null, null);
    }

    /** 重大 hazards of the stock (STOCK) or increment (INCREMENT), all found or the open ones, not period-bound. */
    public String major(String region, String stock, boolean open) {
        return hazards(region, null, open ? HazardCount.OPEN : HazardCount.FOUND, false, HazardLevel.MAJOR, stock);
    }

    /** The enterprises {@code figure} counts (the reporting ones: in the period). */
    public String enterprises(String region, String enterprise, EnterpriseFigure figure) {
        StringBuilder b = base("/insight/enterprises", region, enterprise).append("figure=").append(figure.name())
                .append('&');
        if (figure.ofRecords()) {
            b.append(period());
        }
        return trim(b);
    }

    /** {@link #enterprises} by the figure's name (for templates). */
    public String enterpriseList(String region, String enterprise, String figure) {
        return enterprises(region, enterprise, EnterpriseFigure.valueOf(figure));
    }

    /** The inspection tasks due in the period and closed: all ({@code done} false, the denominator) or done. */
    public String tasks(String region, String enterprise, boolean done) {
        return trim(base("/inspection/tasks", region, enterprise).append(period())
                .append(done ? "&outcome=DONE" : ""));
    }

    public String drill(String region) {
        return new Links(sector, from, to, false).base("/insight", region, null) + period();
    }

    public String export(String what, String region) {
        return new Links(sector, from, to, false).base("/insight/" + what, region, null) + period();
    }

    /**
     * The accidents the dashboard's accident figure counts: not voided, occurred in the period, in the region (by its
     * code's significant prefix; null: the caller's whole scope) and the sector.
     */
    public String accidents(String region) {
        StringBuilder b = new StringBuilder("/accidents?counted=true&").append(period()).append('&');
        if (region != null) {
            b.append("regionPrefix=").append(org.zhiben.common.RegionCode.of(region).prefix()).append('&');
        }
        if (sector != null) {
            b.append("sector=").append(URLEncoder.encode(sector, StandardCharsets.UTF_8)).append('&');
        }
        return trim(b);
    }
}
