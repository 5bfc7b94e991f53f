package org.zhiben.hazard.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhiben.common.PageResponse;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;
import org.zhiben.hazard.statistics.HazardStatistics;
import org.zhiben.hazard.statistics.PeriodStatus;
import org.zhiben.hazard.statistics.StatisticsDocuments;
import org.zhiben.hazard.statistics.StatisticsFigures;
import org.zhiben.hazard.statistics.StatisticsPeriod;
import org.zhiben.identity.CurrentUser;

/** Pages of the 16号令 statistics table: periods per enterprise, one period with sign-off, officials' overdue list. */
@Controller
class StatisticsController {

    private final HazardStatistics statistics;
    private final java.time.Clock clock;

    StatisticsController(HazardStatistics statistics, java.time.Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping("/hazards/statistics")
    String overdue(@RequestParam(required = false) String period, @RequestParam(defaultValue = "0") int page,
            Model model) {
        var today = statistics.today();
        StatisticsPeriod p = period == null || period.isBlank() ? StatisticsPeriod.latestDue(today, false)
                : StatisticsPeriod.parse(period);
        model.addAttribute("period", p);
        model.addAttribute("overdue", statistics.overdue(p, today,
                PageResponse.pageOf(page, 50)));
        model.addAttribute("choices", java.util.List.of(StatisticsPeriod.latestDue(today, false),
                StatisticsPeriod.latestDue(today, false).previous(), StatisticsPeriod.latestDue(today, true)));
        return "hazard/statistics/overdue";
    }

    @GetMapping("/hazards/statistics/enterprises/{id}")
    String periods(@PathVariable UUID id, Model model) {
        model.addAttribute("enterprise", statistics.enterprise(id));
        model.addAttribute("periods", statistics.periods(id, statistics.today()));
        model.addAttribute("owes", statistics.owesSignoff(statistics.enterprise(id)));
        return "hazard/statistics/periods";
    }

    @GetMapping("/hazards/statistics/enterprises/{id}/{period}")
    String period(@PathVariable UUID id, @PathVariable String period, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        StatisticsPeriod p = StatisticsPeriod.parse(period);
        StatisticsFigures figures = statistics.figures(id, p);
        model.addAttribute("figures", figures);
        model.addAttribute("lines", StatisticsDocuments.lines(figures));
        model.addAttribute("periodEnded", p.ended(statistics.today()));
        model.addAttribute("status", p.ended(statistics.today()) ? statistics.status(id, p, statistics.today()) : null);
        model.addAttribute("canSign", me.principalOf(id));
        return "hazard/statistics/period";
    }

    @PostMapping("/hazards/statistics/enterprises/{id}/{period}/signoff")
    String sign(@PathVariable UUID id, @PathVariable String period, @RequestParam(required = false) String confirmed,
            @RequestParam(required = false) String figuresHash, RedirectAttributes redirect) {
        StatisticsPeriod p = StatisticsPeriod.parse(period);
        try {
            if (confirmed == null || figuresHash == null || figuresHash.isBlank()) {
                throw new InvalidInputException("confirmed", "请先核对上表数据并勾选确认,再签字");
            }
            statistics.sign(id, p, clock.instant(), figuresHash);
            redirect.addFlashAttribute("notice", "已签字:" + p.label() + "统计分析表,数据指纹 " + figuresHash);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/hazards/statistics/enterprises/" + id + "/" + p.code();
    }

    @GetMapping("/hazards/statistics/enterprises/{id}/{period}/export.xlsx")
    void xlsx(@PathVariable UUID id, @PathVariable String period, HttpServletResponse response) throws IOException {
        StatisticsPeriod p = StatisticsPeriod.parse(period);
        StatisticsFigures f = statistics.figures(id, p);
        PeriodStatus status = p.ended(statistics.today()) ? statistics.status(id, p, statistics.today()) : null;
        attachment(response, FileType.XLSX.contentType(), f, "xlsx");
        StatisticsDocuments.xlsx(f, status, response.getOutputStream());
    }

    @GetMapping("/hazards/statistics/enterprises/{id}/{period}/export.docx")
    void docx(@PathVariable UUID id, @PathVariable String period, HttpServletResponse response) throws IOException {
        StatisticsPeriod p = StatisticsPeriod.parse(period);
        StatisticsFigures f = statistics.figures(id, p);
        PeriodStatus status = p.ended(statistics.today()) ? statistics.status(id, p, statistics.today()) : null;
        attachment(response, FileType.DOCX.contentType(), f, "docx");
        StatisticsDocuments.docx(f, status, response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, String type, StatisticsFigures f, String ext) {
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                Downloads.attachment("隐患统计分析表-" + f.enterpriseName() + "-" + f.period().code() + "." + ext));
    }
}
