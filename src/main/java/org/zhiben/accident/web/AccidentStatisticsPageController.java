package org.zhiben.accident.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.accident.AccidentStatistics;
import org.zhiben.accident.zero.ZeroAccidents;
import org.zhiben.identity.DataScopes;

/**
 * 事故统计 (/accidents/statistics): the period picker (a year, optionally up to a date; the current year runs to today
 * so that 同比 compares the same span), the totals and the breakdowns by region, sector, category and grade with
 * 同比, a chart of the region rows, and the 零事故 rates by 县(市区) and group of every creation campaign in scope.
 */
@Controller
class AccidentStatisticsPageController {

    private final AccidentStatistics statistics;
    private final ZeroAccidents zero;

    AccidentStatisticsPageController(AccidentStatistics statistics, ZeroAccidents zero) {
        this.statistics = statistics;
        this.zero = zero;
    }

    /** One campaign's rates, as of a date. */
    record CampaignRates(ZeroAccidents.CampaignView campaign, LocalDate date, List<ZeroAccidents.RegionRates> rows) {
    }

    @GetMapping("/accidents/statistics")
    String statistics(@RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String region, Model model) {
        AccidentStatistics.Period period = period(statistics, year, to);
        AccidentStatistics.Report r = statistics.report(period, region);
        model.addAttribute("r", r);
        model.addAttribute("links", new StatisticsLinks(period, r.region(),
                DataScopes.currentUser().filter(u -> u.isOfficialOrAdmin()).isPresent()));
        List<Map<String, Object>> chart = new ArrayList<>();
        for (AccidentStatistics.Row row : r.byRegion()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", row.label());
            m.put("count", row.current().count());
            m.put("previous", row.previous().count());
            chart.add(m);
        }
        model.addAttribute("chart", chart);
        LocalDate asOf = period.to().isAfter(statistics.today()) ? statistics.today() : period.to();
        List<CampaignRates> rates = new ArrayList<>();
        if (!asOf.isBefore(period.from())) {
            for (ZeroAccidents.CampaignView c : zero.campaigns()) {
                if (c.firstYear() <= period.year() && period.year() <= c.lastYear()) {
                    rates.add(new CampaignRates(c, asOf, zero.ratesByRegion(c.id(), asOf)));
                }
            }
        }
        model.addAttribute("zeroRates", rates);
        return "accident/statistics";
    }

    /** The year asked (default this year) up to {@code to}; the current year without {@code to} runs to today. */
    static AccidentStatistics.Period period(AccidentStatistics statistics, Integer year, LocalDate to) {
        LocalDate today = statistics.today();
        int y = year == null ? (to == null ? today.getYear() : to.getYear()) : year;
        LocalDate end = to != null ? to : y == today.getYear() ? today : null;
        return AccidentStatistics.Period.of(y, end);
    }
}
