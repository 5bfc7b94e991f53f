package org.zhiben.risk.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.RegionLevel;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.Regions.RegionView;
import org.zhiben.directory.Regions;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.risk.map.RiskOverview.Count;
import org.zhiben.risk.map.RiskOverview.EnterpriseRisk;

/**
 * The officials' view of risk in their jurisdiction, read from each enterprise's unit counts per level (kept in
 * {@code risk_enterprise_level} as the inventory changes) with the caller's scope in the same statement (a
 * department's sector limit through the registry's SQL face): one page of enterprises at a time, and the counts
 * per sub-region and sector over all of them.
 */
@Service
public class RiskOverviews {

    private final UnitLevelCounts counts;
    private final Regions regions;
    private final SectorCatalog sectors;
    private final DataScopes scopes;

    RiskOverviews(UnitLevelCounts counts, Regions regions, SectorCatalog sectors, DataScopes scopes) {
        this.counts = counts;
        this.regions = regions;
        this.sectors = sectors;
        this.scopes = scopes;
    }

    /** Enterprises per page of the overview. */
    public static final int PAGE_SIZE = 50;

    /** Page {@code page} (from 0) of the overview of the caller's jurisdiction; the counts cover all of it. */
    @Transactional(readOnly = true)
    public RiskOverview overview(int page) {
        DataScope scope = scopes.current();
        if (scope.kind() != DataScope.Kind.ALL && scope.kind() != DataScope.Kind.JURISDICTION) {
            throw new AccessDeniedException("风险总览仅供监管人员和管理员使用");
        }
        if (page < 0) {
            throw new InvalidInputException("page", "页码不能为负数");
        }
        boolean all = scope.kind() == DataScope.Kind.ALL;
        RegionLevel level = all ? null : scope.region().level();
        int areaPrefix = all ? RegionLevel.PROVINCE.prefixLength() : level == RegionLevel.VILLAGE
                ? level.prefixLength() : RegionLevel.ofDepth(level.depth() + 1).prefixLength();
        // the scope in SQL over the enterprises' levels, a department's sector limit asked of the registry there too
        UnitLevelCounts.Overview o = counts.overview(
                scope.sql(Enterprises.scopeColumns("r.enterprise_id", "r.region_code")), (long) page * PAGE_SIZE,
                PAGE_SIZE, areaPrefix, scope.sectorLimited() ? scope.sectors() : Set.of());

        List<EnterpriseRisk> list = o.page().stream().map(r -> new EnterpriseRisk(r.enterpriseId(), r.name(),
                r.regionCode(), r.level(), MapColor.of(r.level()), r.major(), r.large(), r.general(), r.low(),
                r.unassessed())).toList();
        List<RegionView> areas = level == RegionLevel.VILLAGE ? List.of()
                : all ? regions.roots() : regions.children(scope.region().value());
        List<Count> regionCounts = areas.stream().map(a -> {
            long[] c = o.byArea().getOrDefault(a.code().substring(0, areaPrefix), new long[2]);
            return new Count(a.code(), a.name(), c[0], c[1]);
        }).toList();
        List<Count> sectorCounts = new ArrayList<>();
        for (SectorCatalog.Entry s : sectors.sectors()) {
            long[] c = o.bySector().get(s.code());
            if (c != null) {
                sectorCounts.add(new Count(s.code(), s.name(), c[0], c[1]));
            }
        }
        return new RiskOverview(list, o.total(), page, PAGE_SIZE, regionCounts, sectorCounts);
    }

}
