package org.zhiben.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions;
import org.zhiben.directory.Regions.RegionView;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.hazard.HazardState;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.insight.internal.Raw;
import org.zhiben.insight.internal.SummaryReader;

/**
 * The metrics of docs/metrics.md, defined once here and used by the dashboards, the exports and the API: resolves
 * the caller's scope (outside it: 404), reads the summaries and derives the rates.
 */
@Service
public class Metrics {

    private final SummaryReader reader;
    private final DataScopes scopes;
    private final Regions regions;
    private final Enterprises enterprises;
    private final SectorCatalog sectors;
    private final Clock clock;
    private final SummaryMaintenance maintenance;

    Metrics(SummaryReader reader, DataScopes scopes, Regions regions, Enterprises enterprises, SectorCatalog sectors,
            Clock clock, SummaryMaintenance maintenance) {
        this.reader = reader;
        this.scopes = scopes;
        this.regions = regions;
        this.enterprises = enterprises;
        this.sectors = sectors;
        this.clock = clock;
        this.maintenance = maintenance;
    }

    /** The period asked for: from/to as yyyy-MM-dd (defaults: 1 January of this year, today). */
    public record Period(LocalDate from, LocalDate to) {
    }

    public Period period(String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate f = parse("from", from, today.withDayOfYear(1), errors);
        LocalDate t = parse("to", to, today, errors);
        if (errors.isEmpty() && f.isAfter(t)) {
            errors.add(new FieldViolation("to", "结束日期不能早于开始日期"));
        }
        if (errors.isEmpty() && f.getYear() < 2000) {
            errors.add(new FieldViolation("from", "开始日期不能早于2000年"));
        }
        if (errors.isEmpty() && t.getYear() > 2100) {
            errors.add(new FieldViolation("to", "结束日期不能晚于2100年"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Period(f, t);
    }

    private static LocalDate parse(String field, String text, LocalDate fallback, List<FieldViolation> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return InputRules.date(field, text);
        } catch (InvalidInputException e) {
            errors.addAll(e.violations());
            return fallback;
        }
    }

    /**
     * The caller's scope narrowed to {@code region} and {@code sector} when given. A region outside the caller's
     * jurisdiction, an unknown region, or a sector outside a department's sector limit is 404; a malformed sector 400.
     */
    public StatsScope scope(String region, String sector) {
        DataScope scope = scopes.current();
        String wanted = region == null || region.isBlank() ? null : region.strip();
        String sec = sector == null || sector.isBlank() ? null : sector.strip();
        if (sec != null && sectors.sectors().stream().noneMatch(s -> s.code().equals(sec))) {
            throw new InvalidInputException("sector", "未知的行业领域:" + sec);
        }
        Set<String> effective = new HashSet<>();
        if (scope.sectorLimited()) {
            if (sec != null && !scope.sectors().contains(sec)) {
                throw new NotFoundException("行业领域");
            }
            effective.addAll(sec == null ? scope.sectors() : Set.of(sec));
        } else if (sec != null) {
            effective.add(sec);
        }
        switch (scope.kind()) {
            case NONE -> throw new AccessDeniedException("统计仅供监管人员、企业用户和管理员使用");
            case ENTERPRISE -> {
                if (wanted != null) {
                    throw new NotFoundException("区划");
                }
                return new StatsScope(StatsScope.Kind.ENTERPRISE, null, 6, scope.enterpriseId(), effective);
            }
            case ALL -> {
                if (wanted == null) {
                    return new StatsScope(StatsScope.Kind.ALL, null, 0, null, effective);
                }
            }
            case JURISDICTION -> {
                if (wanted == null) {
                    wanted = scope.region().value();
                }
            }
            default -> throw new IllegalStateException();
        }
        if (!RegionCode.isValid(wanted) || !scope.coversRegion(wanted) || regions.find(wanted).isEmpty()) {
            throw new NotFoundException("区划");
        }
        RegionCode code = RegionCode.of(wanted);
        return new StatsScope(StatsScope.Kind.REGION, code.value(), code.level().depth(), null, effective);
    }

    /** The figures of one scope and period, with the monthly trend. */
    @Transactional(readOnly = true)
    public Overview overview(StatsScope scope, Period period) {
        Raw raw = reader.read(scope, false, period.from(), period.to()).getOrDefault(SummaryReader.TOTAL, new Raw());
        TreeMap<YearMonth, long[]> months = reader.months(scope, period.to());
        YearMonth last = YearMonth.from(period.to());
        YearMonth first = YearMonth.from(period.from());
        if (first.isAfter(last.minusMonths(11))) {
            first = last.minusMonths(11);
        }
        List<Overview.TrendPoint> trend = new ArrayList<>();
        long openMajor = 0;
        for (Map.Entry<YearMonth, long[]> e : months.headMap(first).entrySet()) {
            openMajor += e.getValue()[2] - e.getValue()[3];
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long[] v = months.getOrDefault(m, new long[4]);
            openMajor += v[2] - v[3];
            trend.add(new Overview.TrendPoint(m, v[0], v[1], v[2], openMajor));
        }
        return new Overview(scope, name(scope), period.from(), period.to(), maintenance.baseline(), figures(raw),
                trend);
    }

    /** The 晾晒通报 of a scope: every sub-region (or every enterprise of a village) with its figures. */
    @Transactional(readOnly = true)
    public Ranking ranking(StatsScope scope, Period period) {
        if (!scope.hasChildren()) {
            throw new NotFoundException("下级区划");
        }
        Map<String, Raw> raws = reader.read(scope, true, period.from(), period.to());
        List<Ranking.Row> rows = new ArrayList<>();
        boolean ofEnterprises = scope.kind() == StatsScope.Kind.REGION && scope.lvl() == 5;
        if (ofEnterprises) {
            List<UUID> ids = raws.keySet().stream().map(UUID::fromString).toList();
            for (EnterpriseSummary e : enterprises.findAll(ids)) {
                if (scope.sectors().isEmpty() || e.sectors().stream().anyMatch(scope.sectors()::contains)) {
                    rows.add(new Ranking.Row(e.id().toString(), e.name(), figures(raws.get(e.id().toString()))));
                }
            }
            rows.sort(java.util.Comparator.comparing(Ranking.Row::name));
        } else {
            List<RegionView> children = scope.kind() == StatsScope.Kind.ALL ? regions.roots()
                    : regions.children(scope.regionCode());
            Set<String> listed = new HashSet<>();
            for (RegionView child : children) {
                listed.add(child.code());
                rows.add(new Ranking.Row(child.code(), child.name(), figures(raws.getOrDefault(child.code(),
                        new Raw()))));
            }
            raws.forEach((code, raw) -> {
                if (!listed.contains(code)) {
                    String label = code.equals(scope.regionCode()) ? "(直属)" : code;
                    rows.add(new Ranking.Row(code, label, figures(raw)));
                }
            });
        }
        return new Ranking(scope, name(scope), period.from(), period.to(), ofEnterprises, rows);
    }

    /** Enterprises per page of {@link #enterprises}. */
    public static final int LIST_PAGE_SIZE = 20;

    /**
     * The enterprises {@code figure} counts in the scope (and period, for a figure over records), optionally only
     * {@code enterprise} (a row of a village's ranking), or with {@code direct} only those placed at the region itself
     * (a ranking's "(直属)" row): one page in region order, with the exact total.
     */
    @Transactional(readOnly = true)
    public EnterpriseList enterprises(StatsScope scope, EnterpriseFigure figure, UUID enterprise, boolean direct,
            Period period, int page) {
        if (page < 0) {
            throw new InvalidInputException("page", "页码不能为负数");
        }
        SummaryReader.EnterprisePage found = reader.enterprises(scope, figure, enterprise, direct, period.from(),
                period.to(), page, LIST_PAGE_SIZE);
        long all = figure == EnterpriseFigure.ENTERPRISES ? found.total()
                : reader.enterprises(scope, EnterpriseFigure.ENTERPRISES, enterprise, direct, period.from(),
                        period.to(), 0, 1).total();
        Map<UUID, EnterpriseSummary> byId = new java.util.HashMap<>();
        enterprises.findAll(found.ids()).forEach(e -> byId.put(e.id(), e));
        Map<String, String> regionNames = enterprises.regionNames(byId.values().stream()
                .map(EnterpriseSummary::regionCode).toList());
        List<EnterpriseList.Row> rows = found.ids().stream().filter(byId::containsKey).map(byId::get)
                .map(e -> new EnterpriseList.Row(e, regionNames.getOrDefault(e.regionCode(), e.regionCode())))
                .toList();
        return new EnterpriseList(scope, name(scope), figure, period.from(), period.to(), rows, page, LIST_PAGE_SIZE,
                found.total(), all);
    }

    public String name(StatsScope scope) {
        return switch (scope.kind()) {
            case ALL -> "全部";
            case ENTERPRISE -> enterprises.find(scope.enterpriseId()).map(EnterpriseSummary::name).orElse("本企业");
            case REGION -> regions.find(scope.regionCode()).map(RegionView::name).orElse(scope.regionCode());
        };
    }

    /** The path from the caller's top region down to the scope, for the breadcrumb. */
    public List<RegionView> path(StatsScope scope) {
        if (scope.kind() != StatsScope.Kind.REGION) {
            return List.of();
        }
        DataScope caller = scopes.current();
        return regions.path(scope.regionCode()).stream()
                .filter(r -> caller.kind() == DataScope.Kind.ALL || caller.coversRegion(r.code())).toList();
    }

    /** Derives every metric from the summed counters (the single definition of each rate). */
    public static Figures figures(Raw r) {
        if (r == null) {
            r = new Raw();
        }
        Map<HazardState, Long> byState = new EnumMap<>(HazardState.class);
        byState.putAll(r.openByState);
        return new Figures(r.enterprises, r.withInventory, Figures.rate(r.withInventory, r.enterprises),
                r.withMajorRisk, r.unitsMajor, r.unitsLarge, r.unitsGeneral, r.unitsLow,
                r.reporting, Figures.rate(r.reporting, r.enterprises), r.tasksDone, r.tasksMissed,
                Figures.rate(r.tasksDone, r.tasksDone + r.tasksMissed),
                r.found, r.foundMajor, r.closedOfFound, Figures.rate(r.closedOfFound, r.found),
                r.closed, r.closedOnTime, Figures.rate(r.closedOnTime, r.closed),
                r.openGeneral, r.openMajor, r.overdueGeneral, r.overdueMajor, Map.copyOf(byState),
                r.majorStock, r.majorStockOpen, r.majorIncrement, r.majorIncrementOpen, r.majorIncrementInPeriod);
    }
}
