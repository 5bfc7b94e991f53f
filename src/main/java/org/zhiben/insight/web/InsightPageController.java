package org.zhiben.insight.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhiben.common.FileType;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.web.Downloads;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.DataScopes;
import org.zhiben.insight.EnterpriseFigure;
import org.zhiben.insight.EnterpriseList;
import org.zhiben.insight.Metrics;
import org.zhiben.insight.Overview;
import org.zhiben.insight.Ranking;
import org.zhiben.insight.StatsScope;
import org.zhiben.insight.SummaryMaintenance;

/** The dashboards (government and enterprise), the 晾晒通报 exports and the administrators' maintenance page. */
@Controller
class InsightPageController {

    private final Metrics metrics;
    private final SectorCatalog sectors;
    private final Reports reports;
    private final SummaryMaintenance maintenance;

    InsightPageController(Metrics metrics, SectorCatalog sectors, Reports reports, SummaryMaintenance maintenance,
            org.zhiben.accident.AccidentStatistics accidentStatistics,
            org.zhiben.enforcement.EnforcementStatistics enforcementStatistics,
            org.zhiben.training.TrainingStatistics trainingStatistics) {
        this.accidentStatistics = accidentStatistics;
        this.enforcementStatistics = enforcementStatistics;
        this.trainingStatistics = trainingStatistics;
        this.metrics = metrics;
        this.sectors = sectors;
        this.reports = reports;
        this.maintenance = maintenance;
    }

    private final org.zhiben.accident.AccidentStatistics accidentStatistics;
    private final org.zhiben.enforcement.EnforcementStatistics enforcementStatistics;
    private final org.zhiben.training.TrainingStatistics trainingStatistics;

    @GetMapping("/insight")
    String dashboard(@RequestParam(required = false) String region, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        if (DataScopes.currentUser().map(u -> u.role().isEnterpriseRole()).orElse(false)) {
            return "redirect:/insight/enterprise";
        }
        Metrics.Period period;
        String error = null;
        try {
            period = metrics.period(from, to);
        } catch (InvalidInputException bad) {
            error = bad.violations().stream().map(v -> v.message()).reduce((a, b) -> a + ";" + b).orElse("");
            period = metrics.period(null, null);
        }
        StatsScope scope = metrics.scope(region, sector);
        Overview overview = metrics.overview(scope, period);
        Ranking ranking = metrics.ranking(scope, period);
        String code = scope.kind() == StatsScope.Kind.REGION ? scope.regionCode() : null;
        model.addAttribute("overview", overview);
        model.addAttribute("ranking", ranking);
        model.addAttribute("f", overview.figures());
        model.addAttribute("riskUnits", java.util.List.of(overview.figures().unitsMajor(),
                overview.figures().unitsLarge(), overview.figures().unitsGeneral(), overview.figures().unitsLow()));
        model.addAttribute("region", code);
        model.addAttribute("sector", sector == null || sector.isBlank() ? null : sector.strip());
        model.addAttribute("sectors", sectors.sectors());
        model.addAttribute("path", metrics.path(scope));
        model.addAttribute("periodError", error);
        model.addAttribute("links", new Links(sector == null || sector.isBlank() ? null : sector.strip(),
                period.from(), period.to(), false));
        model.addAttribute("accidents", accidentStatistics.figures(code,
                sector == null || sector.isBlank() ? null : sector.strip(), period.from(), period.to()));
        // enforcement figures are for officials and administrators (the enforcement module's own rule)
        if (DataScopes.currentUser().map(u -> u.isOfficialOrAdmin()).orElse(false)) {
            model.addAttribute("enforcement", enforcementStatistics.figures(code,
                    sector == null || sector.isBlank() ? null : sector.strip(), period.from(), period.to()));
        }
        // training figures as of today (the year so far), whatever the period chosen
        model.addAttribute("training", trainingStatistics.figures(code,
                sector == null || sector.isBlank() ? null : sector.strip(), metrics.period(null, null).to()));
        return "insight/dashboard";
    }

    @GetMapping("/insight/enterprise")
    String enterprise(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
        Metrics.Period period = metrics.period(from, to);
        StatsScope scope = metrics.scope(null, null);
        if (scope.kind() != StatsScope.Kind.ENTERPRISE) {
            return "redirect:/insight";
        }
        Overview overview = metrics.overview(scope, period);
        model.addAttribute("overview", overview);
        model.addAttribute("f", overview.figures());
        model.addAttribute("links", new Links(null, period.from(), period.to(), false));
        return "insight/enterprise";
    }

    /**
     * The enterprises behind an enterprise figure of the dashboards: the numerator of a rate ({@code figure}
     * WITH_INVENTORY, REPORTING), a count (WITH_MAJOR_RISK) or the denominator (ENTERPRISES), in the dashboard's region,
     * sector and period; paged, with the exact total.
     */
    @GetMapping("/insight/enterprises")
    String enterpriseList(@RequestParam(defaultValue = "ENTERPRISES") EnterpriseFigure figure,
            @RequestParam(required = false) String region, @RequestParam(required = false) String sector,
            @RequestParam(required = false) java.util.UUID enterpriseId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(defaultValue = "false") boolean direct,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Metrics.Period period = metrics.period(from, to);
        StatsScope scope = metrics.scope(region, sector);
        EnterpriseList list = metrics.enterprises(scope, figure, enterpriseId, direct, period, page);
        String code = scope.kind() == StatsScope.Kind.REGION ? scope.regionCode() : null;
        String sec = sector == null || sector.isBlank() ? null : sector.strip();
        Links links = new Links(sec, period.from(), period.to(), direct);
        String ent = enterpriseId == null ? null : enterpriseId.toString();
        model.addAttribute("list", list);
        model.addAttribute("links", links);
        model.addAttribute("figures", EnterpriseFigure.values());
        model.addAttribute("region", code);
        model.addAttribute("enterpriseId", ent);
        model.addAttribute("pageLink", links.enterprises(code, ent, figure) + "&page=");
        return "insight/enterprises";
    }

    @GetMapping("/insight/ranking.xlsx")
    ResponseEntity<byte[]> rankingXlsx(@RequestParam(required = false) String region,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) throws IOException {
        Ranking ranking = ranking(region, sector, from, to);
        return Downloads.document("晾晒通报-" + ranking.name() + ".xlsx", FileType.XLSX, reports.rankingXlsx(ranking));
    }

    @GetMapping("/insight/ranking.docx")
    ResponseEntity<byte[]> rankingDocx(@RequestParam(required = false) String region,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) throws IOException {
        Ranking ranking = ranking(region, sector, from, to);
        return Downloads.document("晾晒通报-" + ranking.name() + ".docx", FileType.DOCX, reports.rankingDocx(ranking));
    }

    @GetMapping("/insight/overview.xlsx")
    ResponseEntity<byte[]> overviewXlsx(@RequestParam(required = false) String region,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) throws IOException {
        Metrics.Period period = metrics.period(from, to);
        Overview overview = metrics.overview(metrics.scope(region, sector), period);
        return Downloads.document("统计指标-" + overview.name() + ".xlsx", FileType.XLSX, reports.overviewXlsx(overview));
    }

    private Ranking ranking(String region, String sector, String from, String to) {
        Metrics.Period period = metrics.period(from, to);
        return metrics.ranking(metrics.scope(region, sector), period);
    }


    @GetMapping("/admin/insight")
    String admin(Model model) {
        return "insight/admin";
    }

    @PostMapping("/admin/insight/check")
    String check(Model model) {
        model.addAttribute("report", maintenance.check());
        return "insight/admin";
    }

    @PostMapping("/admin/insight/rebuild")
    String rebuild(Model model) {
        maintenance.rebuild();
        model.addAttribute("report", maintenance.check());
        model.addAttribute("rebuilt", true);
        return "insight/admin";
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> badInput(InvalidInputException e) {
        return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(e.violations().stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "\n" + b)
                        .orElse("bad input"));
    }
}
