package org.zhiben.risk.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.RegionCode;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions.RegionView;
import org.zhiben.directory.Regions;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.map.RiskOverview.Count;
import org.zhiben.risk.map.RiskOverview.EnterpriseRisk;
import org.zhiben.risk.map.UnitLevelCounts.EnterpriseCounts;

/**
 * The officials' view of risk in their jurisdiction: unit levels are counted in SQL over the risk tables (which carry
 * the region code), then only the enterprises that have an inventory are looked up in the directory, which applies
 * the caller's scope (including a department's sector limit).
 */
@Service
public class RiskOverviews {

    private final UnitLevelCounts counts;
    private final Enterprises enterprises;
    private final Regions regions;
    private final SectorCatalog sectors;
    private final DataScopes scopes;

    RiskOverviews(UnitLevelCounts counts, Enterprises enterprises, Regions regions, SectorCatalog sectors,
            DataScopes scopes) {
        this.counts = counts;
        this.enterprises = enterprises;
        this.regions = regions;
        this.sectors = sectors;
        this.scopes = scopes;
    }

    @Transactional(readOnly = true)
    public RiskOverview overview() {
        DataScope scope = scopes.current();
        if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.JURISDICTION) {
            throw new AccessDeniedException("风险总览仅供监管人员和管理员使用");
        }
        boolean all = scope.kind() == DataScope.Kind.ALL;
        List<EnterpriseCounts> rows = counts.within(scope);
        Map<UUID, EnterpriseSummary> visible = enterprises.findAll(rows.stream().map(EnterpriseCounts::enterpriseId)
                .toList()).stream().collect(Collectors.toMap(EnterpriseSummary::id, Function.identity()));
        List<EnterpriseCounts> inScope = rows.stream().filter(r -> visible.containsKey(r.enterpriseId())).toList();

        List<EnterpriseRisk> list = inScope.stream().map(r -> {
            EnterpriseSummary e = visible.get(r.enterpriseId());
            return new EnterpriseRisk(e.id(), e.name(), e.regionCode(), r.level(), MapColor.of(r.level()),
                    r.count(RiskLevel.MAJOR), r.count(RiskLevel.LARGE), r.count(RiskLevel.GENERAL),
                    r.count(RiskLevel.LOW), r.count(null));
        }).sorted(Comparator.comparing((EnterpriseRisk e) -> e.level() == null ? 9 : e.level().ordinal())
                .thenComparing(EnterpriseRisk::major, Comparator.reverseOrder())
                .thenComparing(EnterpriseRisk::large, Comparator.reverseOrder())
                .thenComparing(EnterpriseRisk::name)).toList();

        List<RegionView> areas = all ? regions.roots() : regions.children(scope.region().value());
        Map<String, long[]> byRegion = new LinkedHashMap<>();
        areas.forEach(a -> byRegion.put(a.code(), new long[2]));
        for (EnterpriseCounts r : inScope) {
            String region = visible.get(r.enterpriseId()).regionCode();
            areas.stream().filter(a -> RegionCode.of(a.code()).contains(region)).findFirst()
                    .ifPresent(a -> add(byRegion.get(a.code()), r));
        }
        List<Count> regionCounts = areas.stream()
                .map(a -> new Count(a.code(), a.name(), byRegion.get(a.code())[0], byRegion.get(a.code())[1]))
                .toList();

        Set<String> sectorLimit = scope.sectorLimited() ? scope.sectors() : null;
        Map<String, long[]> bySector = new LinkedHashMap<>();
        for (EnterpriseCounts r : inScope) {
            for (String sector : visible.get(r.enterpriseId()).sectors()) {
                if (sectorLimit == null || sectorLimit.contains(sector)) {
                    add(bySector.computeIfAbsent(sector, s -> new long[2]), r);
                }
            }
        }
        List<Count> sectorCounts = new ArrayList<>();
        for (SectorCatalog.Entry s : sectors.sectors()) {
            long[] c = bySector.get(s.code());
            if (c != null) {
                sectorCounts.add(new Count(s.code(), s.name(), c[0], c[1]));
            }
        }
        return new RiskOverview(list, regionCounts, sectorCounts);
    }

    private static void add(long[] target, EnterpriseCounts r) {
        target[0] += r.count(RiskLevel.MAJOR);
        target[1] += r.count(RiskLevel.LARGE);
    }
}
