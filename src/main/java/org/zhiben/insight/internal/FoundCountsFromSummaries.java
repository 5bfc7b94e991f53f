package org.zhiben.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.common.RegionCode;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.hazard.FoundHazardCounts;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.identity.DataScope;

/**
 * The ledger's totals from the monthly found rows of the hazard summaries (with their pending deltas, so as exact as
 * the ledger): a few hundred rows for a province instead of its millions of hazards.
 */
@Component
class FoundCountsFromSummaries implements FoundHazardCounts {

    private final JdbcTemplate jdbc;

    FoundCountsFromSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<List<Month>> byMonth(DataScope scope, RegionCode region, String sector, HazardLevel level) {
        List<Object> args = new ArrayList<>();
        String where;
        RegionCode area = region != null ? region : scope.kind() == DataScope.Kind.JURISDICTION ? scope.region() : null;
        if (area != null) {
            where = "area = ? and lvl = ?";
            args.add(area.value());
            args.add((short) area.level().depth());
        } else if (scope.kind() == DataScope.Kind.ALL) {
            where = "parent = '" + Areas.TOP + "' and lvl = 1";
        } else {
            return Optional.empty();
        }
        // region rows are kept per sector set and summed over all of them ('*'); a sector condition needs the former
        List<SqlFragment> sectors = new ArrayList<>();
        if (scope.sectorLimited()) {
            sectors.add(SectorSet.anyOf("sectors", scope.sectors()));
        }
        if (sector != null) {
            sectors.add(SqlFragment.of("sectors like ?", SectorSet.pattern(sector)));
        }
        if (sectors.isEmpty()) {
            where += " and sectors = '" + HazardSummary.ALL_SECTORS + "'";
        }
        for (SqlFragment s : sectors) {
            where += " and " + s.sql();
            args.addAll(s.args());
        }
        if (level != null) {
            where += " and level = ?";
            args.add(level.name());
        }
        return Optional.of(jdbc.query("select period, closed, sum(n) from " + SummaryFolding.FLOW + " where " + where
                + " and grain = 'M' and kind = 'F' group by period, closed",
                (rs, n) -> new Month(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getLong(3)),
                args.toArray()));
    }
}
