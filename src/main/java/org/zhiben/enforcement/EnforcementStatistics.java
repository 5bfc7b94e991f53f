package org.zhiben.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.RegionLevel;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/**
 * 执法统计 for a year in the caller's scope: inspections, enterprises covered, hazards found (一般 / 重大), cases
 * filed, fines decided (yuan, unit and principal), 停产停业整顿 and 关闭取缔 decisions — by region (the level below the
 * caller's), sector (an enterprise of two sectors counts in both), mode (inspections only) and month; and the offices
 * that inspected in the year without deciding any penalty (只检查不处罚). Two scoped reads of the year's rows, then
 * aggregated here.
 */
@Service
public class EnforcementStatistics {

    private final JdbcTemplate jdbc;
    private final DataScopes scopes;
    private final Enterprises enterprises;
    private final SectorCatalog sectors;

    EnforcementStatistics(JdbcTemplate jdbc, DataScopes scopes, Enterprises enterprises, SectorCatalog sectors) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.enterprises = enterprises;
        this.sectors = sectors;
    }

    /** One row of figures under a key (a region, sector, mode or month). */
    public record Row(String key, String label, long inspections, long enterprisesCovered, long generalHazards,
            long majorHazards, long cases, BigDecimal finesYuan, long suspensions, long closures) {
    }

    /** The running sums behind a {@link Row}. */
    private static final class Acc {
        private final String key;
        private String label;
        private long inspections;
        private final Set<UUID> covered = new HashSet<>();
        private long generalHazards;
        private long majorHazards;
        private long cases;
        private BigDecimal fines = BigDecimal.ZERO;
        private long suspensions;
        private long closures;

        Acc(String key, String label) {
            this.key = key;
            this.label = label;
        }

        Row row() {
            return new Row(key, label, inspections, covered.size(), generalHazards, majorHazards, cases, fines,
                    suspensions, closures);
        }
    }

    private static List<Row> rows(Map<String, Acc> accs) {
        return accs.values().stream().map(Acc::row).toList();
    }

    /** An office that inspected in the year and decided no penalty. */
    public record Office(String code, String name, long inspections, long cases) {
    }

    public record Report(int year, Row total, List<Row> byRegion, List<Row> bySector, List<Row> byMode,
            List<Row> byMonth, List<Office> inspectWithoutPenalty) {
    }

    private record InspectionRow(UUID enterpriseId, String region, SectorSet sectors, InspectionMode mode,
            LocalDate on, int general, int major, String office, String officeName) {
    }

    private record CaseRow(UUID enterpriseId, String region, SectorSet sectors, LocalDate filedOn, LocalDate decidedOn,
            String measures, BigDecimal fines, String office, String officeName) {
    }

    @Transactional(readOnly = true)
    public Report report(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "年份应为2000至2100");
        }
        EnforcementDirectory.requireOfficial();
        DataScope scope = scopes.current();
        SqlFragment si = scope.sql("i");
        List<Object> args = new ArrayList<>(si.args());
        args.add(year);
        List<InspectionRow> inspections = jdbc.query("select i.enterprise_id, i.region_code, i.sectors, i.mode,"
                + " i.inspected_on, i.general_findings, i.major_findings, i.office_code, i.office_name"
                + " from enforcement_inspection i where " + si.sql() + " and i.inspected_year = ?",
                (rs, n) -> new InspectionRow(rs.getObject(1, UUID.class), rs.getString(2),
                        SectorSet.decode(rs.getString(3)), InspectionMode.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7), rs.getString(8),
                        rs.getString(9)), args.toArray());
        SqlFragment sc = scope.sql("c");
        List<Object> cargs = new ArrayList<>(sc.args());
        cargs.add(year);
        cargs.add(LocalDate.of(year, 1, 1));
        cargs.add(LocalDate.of(year, 12, 31));
        List<CaseRow> cases = jdbc.query("select c.enterprise_id, c.region_code, c.sectors, c.filed_on, c.decided_on,"
                + " c.measures, c.fine_unit_yuan + c.fine_principal_yuan, c.office_code, c.office_name"
                + " from enforcement_case c where " + sc.sql() + " and (c.filed_year = ? or c.decided_on between ? and ?)",
                (rs, n) -> new CaseRow(rs.getObject(1, UUID.class), rs.getString(2), SectorSet.decode(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getBigDecimal(7), rs.getString(8), rs.getString(9)), cargs.toArray());

        int prefix = childPrefix(scope);
        Map<String, String> sectorNames = new HashMap<>();
        sectors.sectors().forEach(e -> sectorNames.put(e.code(), e.name()));
        Acc total = new Acc("total", "合计");
        Map<String, Acc> byRegion = new TreeMap<>();
        Map<String, Acc> bySector = new TreeMap<>();
        Map<String, Acc> byMode = new TreeMap<>();
        Map<String, Acc> byMonth = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            String key = String.format("%d-%02d", year, m);
            byMonth.put(key, new Acc(key, m + "月"));
        }
        for (InspectionMode mode : InspectionMode.values()) {
            byMode.put(String.format("%02d", mode.ordinal()), new Acc(mode.name(), mode.label()));
        }
        for (InspectionRow i : inspections) {
            List<Acc> rows = new ArrayList<>(List.of(total, region(byRegion, i.region(), prefix),
                    byMode.get(String.format("%02d", i.mode().ordinal())), byMonth.get(month(i.on()))));
            i.sectors().codes().forEach(s -> rows.add(bySector.computeIfAbsent(s, k -> new Acc(k,
                    sectorNames.getOrDefault(k, k)))));
            for (Acc r : rows) {
                r.inspections++;
                r.covered.add(i.enterpriseId());
                r.generalHazards += i.general();
                r.majorHazards += i.major();
            }
        }
        for (CaseRow c : cases) {
            boolean filed = c.filedOn().getYear() == year;
            boolean decided = c.decidedOn() != null && c.decidedOn().getYear() == year;
            List<Acc> fixed = new ArrayList<>(List.of(total, region(byRegion, c.region(), prefix)));
            c.sectors().codes().forEach(s -> fixed.add(bySector.computeIfAbsent(s, k -> new Acc(k,
                    sectorNames.getOrDefault(k, k)))));
            for (Acc r : fixed) {
                add(r, c, filed, decided);
            }
            if (filed) {
                byMonth.get(month(c.filedOn())).cases++;
            }
            if (decided) {
                Acc m = byMonth.get(month(c.decidedOn()));
                m.fines = m.fines.add(c.fines());
                m.suspensions += c.measures().contains(CaseMeasure.SUSPEND.name()) ? 1 : 0;
                m.closures += c.measures().contains(CaseMeasure.CLOSE_DOWN.name()) ? 1 : 0;
            }
        }
        Map<String, String> names = enterprises.regionNames(byRegion.keySet());
        byRegion.values().forEach(r -> r.label = names.getOrDefault(r.key, r.key));

        Map<String, long[]> offices = new TreeMap<>();
        Map<String, String> officeNames = new HashMap<>();
        for (InspectionRow i : inspections) {
            offices.computeIfAbsent(i.office(), k -> new long[3])[0]++;
            officeNames.put(i.office(), i.officeName());
        }
        for (CaseRow c : cases) {
            long[] o = offices.computeIfAbsent(c.office(), k -> new long[3]);
            officeNames.putIfAbsent(c.office(), c.officeName());
            if (c.filedOn().getYear() == year) {
                o[1]++;
            }
            if (c.decidedOn() != null && c.decidedOn().getYear() == year) {
                o[2]++;
            }
        }
        List<Office> flagged = new ArrayList<>();
        offices.forEach((code, o) -> {
            if (o[0] > 0 && o[2] == 0) {
                flagged.add(new Office(code, officeNames.get(code), o[0], o[1]));
            }
        });
        return new Report(year, total.row(), rows(byRegion), rows(bySector), rows(byMode), rows(byMonth), flagged);
    }

    private static void add(Acc r, CaseRow c, boolean filed, boolean decided) {
        if (filed) {
            r.cases++;
        }
        if (decided) {
            r.fines = r.fines.add(c.fines());
            r.suspensions += c.measures().contains(CaseMeasure.SUSPEND.name()) ? 1 : 0;
            r.closures += c.measures().contains(CaseMeasure.CLOSE_DOWN.name()) ? 1 : 0;
        }
    }

    private static String month(LocalDate d) {
        return String.format("%d-%02d", d.getYear(), d.getMonthValue());
    }

    private static Acc region(Map<String, Acc> rows, String code, int prefix) {
        String key = code.length() <= prefix ? code : code.substring(0, prefix) + "0".repeat(12 - prefix);
        return rows.computeIfAbsent(key, k -> new Acc(k, k));
    }

    /** The prefix length of the level below the caller's jurisdiction (provinces for everyone else). */
    private static int childPrefix(DataScope scope) {
        if (scope.kind() != DataScope.Kind.JURISDICTION) {
            return RegionLevel.PROVINCE.prefixLength();
        }
        RegionLevel level = RegionCode.of(scope.regionLow()).level();
        RegionLevel lowest = RegionLevel.VILLAGE;
        return level == lowest ? lowest.prefixLength() : RegionLevel.ofDepth(level.depth() + 1).prefixLength();
    }
}
