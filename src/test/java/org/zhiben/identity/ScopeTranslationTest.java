package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Ids;
import org.zhiben.common.RegionCode;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.probe.ScopeProbe;
import org.zhiben.common.probe.ScopeProbeRepository;
import org.zhiben.directory.internal.EnterpriseSpecifications;

/**
 * The three faces of a scope — SQL, JPA and in memory — answer alike: random scopes of every kind over random
 * records, with region codes at the very ends of each range and just outside them, on the database under test.
 */
@ZhibenTest
class ScopeTranslationTest {

    private static final List<String> SECTORS = List.of("01", "02", "03", "04", "10");
    private static final List<String> JURISDICTIONS = List.of("980000000000", "980100000000", "980101000000",
            "980101001000", "980102000000", "980101399000");

    @Autowired
    ScopeProbeRepository probes;

    @Autowired
    JdbcTemplate jdbc;

    private final String run = "scope-" + Ids.newId();

    @AfterEach
    void removeProbes() {
        jdbc.update("delete from test_scope_probe where label = ?", run);
    }

    @Test
    void sqlJpaAndMemoryAgreeOnRandomScopesAndRecords() {
        long seed = 20261206L;
        Random random = new Random(seed);
        List<UUID> enterprises = List.of(Ids.newId(), Ids.newId(), Ids.newId(), Ids.newId());
        List<String> codes = interestingCodes();
        List<ScopeProbe> records = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            records.add(new ScopeProbe(enterprises.get(random.nextInt(enterprises.size())),
                    codes.get(random.nextInt(codes.size())), randomSectors(random), run, Instant.now()));
        }
        probes.saveAll(records);

        List<DataScope> scopes = new ArrayList<>(List.of(DataScope.ALL, DataScope.NONE));
        for (UUID e : enterprises) {
            scopes.add(DataScope.enterprise(e));
        }
        scopes.add(DataScope.enterprise(Ids.newId()));
        for (String j : JURISDICTIONS) {
            scopes.add(DataScope.jurisdiction(RegionCode.of(j), Set.of()));
        }
        for (int i = 0; i < 40; i++) {
            Set<String> limit = randomSectors(random).codes();
            scopes.add(DataScope.jurisdiction(RegionCode.of(JURISDICTIONS.get(random.nextInt(JURISDICTIONS.size()))),
                    limit.isEmpty() ? Set.of("03") : limit));
        }

        Specification<ScopeProbe> thisRun = (root, query, cb) -> cb.equal(root.get("label"), run);
        for (DataScope scope : scopes) {
            Set<UUID> inMemory = records.stream().filter(scope::permits).map(ScopeProbe::getId)
                    .collect(Collectors.toSet());
            SqlFragment where = scope.sql("p");
            Set<UUID> bySql = new HashSet<>(jdbc.queryForList("select p.id from test_scope_probe p where p.label = ? and "
                    + where.sql(), UUID.class, prepend(run, where.args())));
            Set<UUID> byJpa = probes.findAll(thisRun.and(scope.specification())).stream().map(ScopeProbe::getId)
                    .collect(Collectors.toSet());
            assertThat(bySql).as("SQL face of %s (seed %d)", scope, seed).isEqualTo(inMemory);
            assertThat(byJpa).as("JPA face of %s (seed %d)", scope, seed).isEqualTo(inMemory);

            // records of a region (not of an enterprise): inside the jurisdiction or on the way down to it
            Set<UUID> navigable = records.stream().filter(r -> RegionCode.isValid(r.getRegionCode()))
                    .filter(r -> scope.permitsRegionRecord(r.getRegionCode(), r.getSectors().codes()))
                    .map(ScopeProbe::getId).collect(Collectors.toSet());
            Set<UUID> byRegion = probes.findAll(thisRun.and(scope.regionRecords("regionCode", "sectors"))).stream()
                    .filter(r -> RegionCode.isValid(r.getRegionCode())).map(ScopeProbe::getId)
                    .collect(Collectors.toSet());
            assertThat(byRegion).as("region records under %s (seed %d)", scope, seed).isEqualTo(navigable);
        }
        // the draw must exercise every outcome, or agreement would prove little
        assertThat(scopes).anySatisfy(s -> assertThat(records.stream().filter(s::permits).count())
                .isStrictlyBetween(0L, (long) records.size()));
    }

    @Test
    void enterpriseTableAgreesWithMemory() {
        Map<UUID, String> region = new HashMap<>();
        Map<UUID, Set<String>> sectors = new HashMap<>();
        jdbc.query("select id, region_code from directory_enterprise", rs -> {
            region.put(rs.getObject(1, UUID.class), rs.getString(2));
            sectors.put(rs.getObject(1, UUID.class), new HashSet<>());
        });
        jdbc.query("select enterprise_id, sector_code from directory_enterprise_sector",
                rs -> { sectors.get(rs.getObject(1, UUID.class)).add(rs.getString(2)); });
        assertThat(region).isNotEmpty();
        UUID some = region.keySet().iterator().next();
        String county = region.get(some).substring(0, 6) + "000000";
        List<DataScope> scopes = List.of(DataScope.ALL, DataScope.NONE, DataScope.enterprise(some),
                DataScope.jurisdiction(RegionCode.of(county), Set.of()),
                DataScope.jurisdiction(RegionCode.of(county), Set.of("07")),
                DataScope.jurisdiction(RegionCode.of(county), Set.of("02", "03")));
        for (DataScope scope : scopes) {
            Set<UUID> inMemory = region.keySet().stream()
                    .filter(id -> scope.permits(id, region.get(id), sectors.get(id))).collect(Collectors.toSet());
            SqlFragment where = scope.sql(EnterpriseSpecifications.scopeColumns("e"));
            Set<UUID> bySql = new HashSet<>(jdbc.queryForList("select e.id from directory_enterprise e where "
                    + where.sql(), UUID.class, where.argArray()));
            assertThat(bySql).as("enterprise table under %s", scope).isEqualTo(inMemory);
        }
    }

    /** Codes at both ends of every jurisdiction's range and just outside them, and some inside. */
    private static List<String> interestingCodes() {
        List<String> codes = new ArrayList<>();
        for (String j : JURISDICTIONS) {
            RegionCode r = RegionCode.of(j);
            codes.add(r.rangeLow());
            codes.add(r.rangeHigh());
            codes.add(String.format("%012d", Long.parseLong(r.rangeLow()) - 1));
            codes.add(String.format("%012d", Long.parseLong(r.rangeHigh()) + 1));
        }
        codes.addAll(List.of("980101001201", "980101002001", "980102100001", "980199000000", "970101001001",
                "990101001001"));
        return codes;
    }

    private static SectorSet randomSectors(Random random) {
        Set<String> s = new HashSet<>();
        for (String code : SECTORS) {
            if (random.nextInt(3) == 0) {
                s.add(code);
            }
        }
        return SectorSet.of(s);
    }

    private static Object[] prepend(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }
}
