package org.zhiben.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Ids;
import org.zhiben.directory.EnterpriseUpdated;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.insight.internal.SummaryFolding;
import org.zhiben.risk.EnterpriseRiskChanged;
import org.zhiben.risk.RiskCounts;

/**
 * The per-region enterprise counts ({@code insight_enterprise_count}) against a hand-computed fixture in province 95:
 * city C1 (county K1 with towns TA, TB; villages VA1, VA2 of TA, VB1 of TB) and city C2 (village V2). Enterprises:
 * A (VA1, 03; units 重大 + 低), B (VA2, 03+04; 一般), C (registered at the town code TB itself, 04; none), D (VB1, 02;
 * only a major hazard source), E (registered in V2 with 03 and two 较大 units, then moved to VA1 with 03+06), F (V2, 05).
 * The expected counts are derived in the comments from this list, not from the code.
 */
@ZhibenTest
class EnterpriseCountTest {

    static final String PROVINCE = "950000000000";
    static final String C1 = "950100000000";
    static final String K1 = "950101000000";
    static final String TA = "950101100000";
    static final String TB = "950101101000";
    static final String VA1 = "950101100201";
    static final String VA2 = "950101100202";
    static final String VB1 = "950101101201";
    static final String C2 = "950200000000";
    static final String K2 = "950201000000";
    static final String T2 = "950201100000";
    static final String V2 = "950201100201";
    static boolean built;

    @Autowired
    Metrics metrics;
    @Autowired
    SummaryMaintenance maintenance;
    @Autowired
    SummaryFolding folding;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void fixture() {
        if (built) {
            return;
        }
        built = true;
        TransactionTemplate tx = new TransactionTemplate(transactions);
        InsightFixture f = new InsightFixture(jdbc, tx, events);
        f.region(PROVINCE, "计数省", null, 1);
        f.region(C1, "一市", PROVINCE, 2);
        f.region(K1, "一县", C1, 3);
        f.region(TA, "甲镇", K1, 4);
        f.region(TB, "乙镇", K1, 4);
        f.region(VA1, "甲一村", TA, 5);
        f.region(VA2, "甲二村", TA, 5);
        f.region(VB1, "乙一村", TB, 5);
        f.region(C2, "二市", PROVINCE, 2);
        f.region(K2, "二县", C2, 3);
        f.region(T2, "丙镇", K2, 4);
        f.region(V2, "丙一村", T2, 5);
        UUID a = f.enterprise("计数甲企业", VA1, "00000001", Set.of("03"));
        UUID b = f.enterprise("计数乙企业", VA2, "00000002", Set.of("03", "04"));
        f.enterprise("计数丙企业", TB, "00000003", Set.of("04"));
        UUID d = f.enterprise("计数丁企业", VB1, "00000004", Set.of("02"));
        UUID e = f.enterprise("计数戊企业", V2, "00000005", Set.of("03"));
        f.enterprise("计数己企业", V2, "00000006", Set.of("05"));
        f.risks(a, VA1, List.of("MAJOR", "LOW"));
        f.risks(b, VA2, List.of("GENERAL"));
        f.risks(e, V2, List.of("LARGE", "LARGE"));
        // D: an analysis object that is a major hazard source, without units
        tx.executeWithoutResult(s -> {
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("insert into risk_analysis_object (id, enterprise_id, region_code, kind, name,"
                    + " major_hazard_source, version, created_at, updated_at) values (?, ?, ?, 'AREA', '储罐区', true, 0,"
                    + " ?, ?)", Ids.newId(), d, VB1, now, now);
            events.publishEvent(new EnterpriseRiskChanged(d, VB1, RiskCounts.NONE,
                    new RiskCounts(0, 0, 0, 0, 0, true)));
        });
        // E moves to VA1 and gains sector 06 (the registry row first, then the event, as the directory does)
        tx.executeWithoutResult(s -> {
            jdbc.update("update directory_enterprise set region_code = ? where id = ?", VA1, e);
            jdbc.update("insert into directory_enterprise_sector (enterprise_id, sector_code) values (?, '06')", e);
            events.publishEvent(new EnterpriseUpdated(e, VA1, Set.of("03", "06")));
        });
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void as(String region) {
        InsightFixture.signIn(MetricsTest.official(region, null));
    }

    /** enterprises, withInventory, withMajorRisk, units 重大, 较大, 一般, 低. */
    private static List<Long> counts(Figures f) {
        return List.of(f.enterprises(), f.withInventory(), f.withMajorRisk(), f.unitsMajor(), f.unitsLarge(),
                f.unitsGeneral(), f.unitsLow());
    }

    private Figures overview(String official, String region, String sector) {
        as(official);
        return metrics.overview(metrics.scope(region, sector), metrics.period("2025-01-01", "2025-03-31")).figures();
    }

    private Map<String, List<Long>> ranking(String official, String region, String sector) {
        as(official);
        return metrics.ranking(metrics.scope(region, sector), metrics.period("2025-01-01", "2025-03-31")).rows()
                .stream().collect(Collectors.toMap(Ranking.Row::code, r -> counts(r.figures())));
    }

    /** The summed rows (counters plus pending deltas) of one area and level: sectors/figure → n, zeros left out. */
    private Map<String, Long> rows(String area, int lvl) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.query("select sectors, figure, sum(n) from " + SummaryFolding.ENTERPRISES + " where area = ? and lvl = ?"
                + " group by sectors, figure having sum(n) <> 0", rs -> {
                    out.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
                }, area, (short) lvl);
        return out;
    }

    @Test
    void countsPerRegionAndSectorSetAreExact() {
        // VA1 holds A (03: 1 重大, 1 低) and E (03+06 after the move: 2 较大)
        assertThat(rows(VA1, 5)).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry(",03, enterprises", 1L), Map.entry(",03, with_inventory", 1L),
                Map.entry(",03, with_major_risk", 1L), Map.entry(",03, units_major", 1L),
                Map.entry(",03, units_low", 1L),
                Map.entry(",03,06, enterprises", 1L), Map.entry(",03,06, with_inventory", 1L),
                Map.entry(",03,06, units_large", 2L),
                Map.entry("* enterprises", 2L), Map.entry("* with_inventory", 2L), Map.entry("* with_major_risk", 1L),
                Map.entry("* units_major", 1L), Map.entry("* units_large", 2L), Map.entry("* units_low", 1L))));
        // V2 keeps only F (05, no units): E's old contribution is subtracted
        assertThat(rows(V2, 5)).isEqualTo(new TreeMap<>(Map.of(",05, enterprises", 1L, "* enterprises", 1L)));
        assertThat(rows(C2, 2)).isEqualTo(new TreeMap<>(Map.of(",05, enterprises", 1L, "* enterprises", 1L)));
    }

    @Test
    void dashboardsAndRankingsReadTheCountsAtEveryLevel() {
        // K1 and C1: A, B, C, D, E; with inventory A, B, E; 重大 A (unit), D (source); units 1 重大 (A), 2 较大 (E),
        // 1 一般 (B), 1 低 (A)
        assertThat(counts(overview(K1, null, null))).containsExactly(5L, 3L, 2L, 1L, 2L, 1L, 1L);
        assertThat(counts(overview(PROVINCE, C1, null))).containsExactly(5L, 3L, 2L, 1L, 2L, 1L, 1L);
        // the province adds F
        assertThat(counts(overview(PROVINCE, null, null))).containsExactly(6L, 3L, 2L, 1L, 2L, 1L, 1L);
        // sector 03: A, B, E (B and E, with two sectors each, once)
        assertThat(counts(overview(PROVINCE, null, "03"))).containsExactly(3L, 3L, 1L, 1L, 2L, 1L, 1L);
        // sector 04: B, C
        assertThat(counts(overview(PROVINCE, null, "04"))).containsExactly(2L, 1L, 0L, 0L, 0L, 1L, 0L);

        // cities of the province; with sector 03, C2 is listed with zeros (E left it)
        assertThat(ranking(PROVINCE, null, null)).containsOnly(
                Map.entry(C1, List.of(5L, 3L, 2L, 1L, 2L, 1L, 1L)), Map.entry(C2, List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L)));
        assertThat(ranking(PROVINCE, null, "03")).containsOnly(
                Map.entry(C1, List.of(3L, 3L, 1L, 1L, 2L, 1L, 1L)), Map.entry(C2, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L)));
        // towns of K1: TA holds A, B, E; TB holds C (at the town code) and D
        assertThat(ranking(K1, null, null)).containsOnly(
                Map.entry(TA, List.of(3L, 3L, 1L, 1L, 2L, 1L, 1L)), Map.entry(TB, List.of(2L, 0L, 1L, 0L, 0L, 0L, 0L)));
        // villages of TB, and C registered at the town itself as its own row (直属)
        assertThat(ranking(TB, null, null)).containsOnly(
                Map.entry(VB1, List.of(1L, 0L, 1L, 0L, 0L, 0L, 0L)), Map.entry(TB, List.of(1L, 0L, 0L, 0L, 0L, 0L, 0L)));
        assertThat(ranking(TA, null, "04")).containsOnly(
                Map.entry(VA1, List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L)), Map.entry(VA2, List.of(1L, 1L, 0L, 0L, 0L, 1L, 0L)));
        // an administrator's ranking of provinces reads the province rows
        InsightFixture.signIn(new CurrentUser(Ids.newId(), "count.admin", "管理员", Role.ADMIN, null, null, null, true,
                false, false, "x"));
        assertThat(metrics.ranking(metrics.scope(null, null), metrics.period("2025-01-01", "2025-03-31")).rows())
                .filteredOn(r -> r.code().equals(PROVINCE)).singleElement()
                .satisfies(r -> assertThat(counts(r.figures())).containsExactly(6L, 3L, 2L, 1L, 2L, 1L, 1L));
    }

    @Test
    void consistencyCheckCoversTheCountsAndTheRebuildRepairsThem() {
        assertThat(maintenance.check(PROVINCE).consistent()).as("counters plus pending deltas").isTrue();
        folding.fold();
        assertThat(maintenance.check(PROVINCE).consistent()).as("after folding").isTrue();
        assertThat(maintenance.check(K1).consistent()).isTrue();

        jdbc.update("update insight_enterprise_count set n = n + 1 where area = ? and lvl = 2 and sectors = '*'"
                + " and figure = 'enterprises'", C2);
        ConsistencyReport tampered = maintenance.check(PROVINCE);
        assertThat(tampered.consistent()).isFalse();
        assertThat(tampered.enterpriseCountDiffs()).as("the row as recounted and as stored").isEqualTo(2);
        assertThat(tampered.samples()).anySatisfy(s -> assertThat(s).contains("insight_enterprise_count", C2));
        // the city's row is outside a county's check
        assertThat(maintenance.check(K1).consistent()).isTrue();

        maintenance.rebuildEnterprises();
        assertThat(maintenance.check(PROVINCE).consistent()).isTrue();
        assertThat(rows(C2, 2)).containsEntry("* enterprises", 1L);
    }
}
