package org.zhiben.insight.internal;

import org.zhiben.common.SectorSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.directory.EnterpriseRegistered;
import org.zhiben.directory.EnterpriseUpdated;
import org.zhiben.risk.EnterpriseRiskChanged;
import org.zhiben.risk.RiskCounts;

/**
 * Keeps one row per enterprise (region, sectors, units per risk level) from the directory's and the risk module's
 * events, in their transactions, and appends what the change does to the per-region enterprise counts
 * ({@code insight_enterprise_count}): the row before subtracted, the row after added.
 */
@Component
public class EnterpriseStats {

    static final List<String> COUNT_KEYS = List.of("area", "lvl", "sectors", "figure");

    /** The figures counted per region, in the order of {@link Row#values()}. */
    public static final List<String> FIGURES = List.of("enterprises", "with_inventory", "with_major_risk",
            "units_major", "units_large", "units_general", "units_low");


    private static final String COLUMNS = "region_code, sectors, units_major, units_large, units_general, units_low,"
            + " units_none, major_source";

    private final JdbcTemplate jdbc;

    EnterpriseStats(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An enterprise as the statistics hold it. */
    record Row(String regionCode, String sectors, RiskCounts counts) {

        /**
         * What the enterprise adds to each of {@link #FIGURES}: in Java the conditions of
         * {@link org.zhiben.insight.EnterpriseFigure} (the consistency check holds the two to the same counts).
         */
        long[] values() {
            RiskCounts c = counts;
            boolean inventory = c.major() + c.large() + c.general() + c.low() > 0;
            boolean majorRisk = c.major() > 0 || c.majorHazardSource();
            return new long[] {1, inventory ? 1 : 0, majorRisk ? 1 : 0, c.major(), c.large(), c.general(), c.low()};
        }
    }

    /** Sector codes as stored in the summaries: sorted, comma-separated, with leading and trailing commas. */
    public static String sectors(Collection<String> codes) {
        return SectorSet.encode(codes);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EnterpriseRegistered e) {
        change(e.enterpriseId(), e.regionCode(), r -> new Row(e.regionCode(), sectors(e.sectors()), r.counts()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EnterpriseUpdated e) {
        change(e.enterpriseId(), e.regionCode(), r -> new Row(e.regionCode(), sectors(e.sectors()), r.counts()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EnterpriseRiskChanged e) {
        change(e.enterpriseId(), e.regionCode(), r -> new Row(r.regionCode(), r.sectors(), e.after()));
    }

    /**
     * Locks the enterprise's row, writes it as {@code edit} makes it (a missing row starts at {@code regionCode}
     * without sectors or units) and appends the difference to the region counts.
     */
    private void change(UUID id, String regionCode, UnaryOperator<Row> edit) {
        Row before = jdbc.query("select " + COLUMNS + " from insight_enterprise where enterprise_id = ? for update",
                rs -> rs.next() ? new Row(rs.getString(1), rs.getString(2), new RiskCounts(rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBoolean(8))) : null, id);
        Row after = edit.apply(before != null ? before : new Row(regionCode, ",", RiskCounts.NONE));
        RiskCounts c = after.counts();
        Object[] values = {after.regionCode(), after.sectors(), c.major(), c.large(), c.general(), c.low(),
                c.unassessed(), c.majorHazardSource(), id};
        if (before == null) {
            jdbc.update("insert into insight_enterprise (" + COLUMNS + ", enterprise_id) values (?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)", values);
        } else {
            jdbc.update("update insight_enterprise set " + COLUMNS.replace(",", " = ?,") + " = ? where enterprise_id"
                    + " = ?", values);
        }
        Map<String, Object[]> deltas = new TreeMap<>();
        count(before, -1, deltas);
        count(after, 1, deltas);
        List<Object[]> rows = HazardSummary.nonZero(deltas);
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into insight_enterprise_count_delta (area, lvl, sectors, figure, parent, n)"
                    + " values (?, ?, ?, ?, ?, ?)", rows);
        }
    }

    /** Adds {@code sign} times the row's figures to the counts of its five regions (each sector key). */
    private static void count(Row row, long sign, Map<String, Object[]> deltas) {
        if (row == null) {
            return;
        }
        long[] values = row.values();
        for (Areas.Slot s : Areas.regions(row.regionCode())) {
            for (String sectors : s.sectorKeys(row.sectors())) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != 0) {
                        HazardSummary.merge(deltas, new Object[] {s.area(), (short) s.lvl(), sectors, FIGURES.get(i),
                                s.parent(), 0L}, COUNT_KEYS.size(), sign * values[i]);
                    }
                }
            }
        }
    }
}
