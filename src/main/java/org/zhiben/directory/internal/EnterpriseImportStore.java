package org.zhiben.directory.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.EnterpriseScale;
import org.zhiben.directory.EnterpriseStatus;
import org.zhiben.directory.StandardizationGrade;
import org.zhiben.directory.UnitType;

/**
 * The bulk import's database side, in plain JDBC batches: one query per chunk for the enterprises already
 * registered under the chunk's USCCs, batched inserts of new enterprises and their sectors, batched updates with
 * an optimistic version check. The rows written are exactly those the {@link Enterprise} entity maps (values taken
 * from entities built with {@link Enterprise#register}, so normalisation stays in one place); the caller's
 * transaction covers them.
 * <p>
 * Lookups join against {@code unnest(?)} of one array parameter rather than {@code IN (?, …)}: PostgreSQL caches a
 * generic plan for a prepared statement, and a plan made while the table was still small (a sequential scan
 * testing each row against 1000 parameters) made a 100,000-row re-import take minutes; the join stays a cheap
 * hash or index join whatever plan is cached.
 */
@Component
public class EnterpriseImportStore {

    /** An enterprise as stored: id, version for the optimistic check, and its data. */
    public record Existing(UUID id, long version, EnterpriseData data) {
    }

    /** New values for a registered enterprise, expected at {@code version}. */
    public record Update(UUID id, long version, Enterprise values) {
    }

    private static final String FIND = """
            select e.id, e.version, e.uscc, e.name, e.unit_type, e.industry_category, e.region_code, e.address,
                   e.principal_name, e.principal_phone, e.actual_controller_name, e.actual_controller_phone,
                   e.safety_manager_name, e.safety_manager_phone, e.scale, e.high_risk, e.standardization_grade,
                   e.status, e.beneficial_owner_name, e.parent_company_name, e.parent_company_uscc, s.sector_code
            from unnest(?) as k(uscc)
            join directory_enterprise e on e.uscc = k.uscc
            left join directory_enterprise_sector s on s.enterprise_id = e.id""";
    private static final String INSERT = """
            insert into directory_enterprise (id, uscc, name, unit_type, industry_category, region_code, address,
                principal_name, principal_phone, actual_controller_name, actual_controller_phone, safety_manager_name,
                safety_manager_phone, scale, high_risk, standardization_grade, status, beneficial_owner_name,
                parent_company_name, parent_company_uscc, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";
    private static final String UPDATE = """
            update directory_enterprise set name = ?, unit_type = ?, industry_category = ?, region_code = ?,
                address = ?, principal_name = ?, principal_phone = ?, actual_controller_name = ?,
                actual_controller_phone = ?, safety_manager_name = ?, safety_manager_phone = ?, scale = ?,
                high_risk = ?, standardization_grade = ?, status = ?, beneficial_owner_name = ?,
                parent_company_name = ?, parent_company_uscc = ?, updated_at = ?, version = version + 1
            where id = ? and version = ?""";
    private static final String INSERT_SECTOR =
            "insert into directory_enterprise_sector (enterprise_id, sector_code) values (?, ?)";
    private static final String DELETE_SECTORS = "delete from directory_enterprise_sector where enterprise_id = ?";

    private final JdbcTemplate jdbc;

    EnterpriseImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** All region codes, for the validator's existence check without a query per row. */
    public Set<String> regionCodes() {
        Set<String> codes = new HashSet<>();
        jdbc.query("select code from directory_region", rs -> {
            codes.add(rs.getString(1));
        });
        return codes;
    }

    /** The registered enterprises among these USCCs, by USCC. */
    public Map<String, Existing> findByUscc(Collection<String> usccs) {
        if (usccs.isEmpty()) {
            return Map.of();
        }
        record Row(UUID id, long version, String[] fields, boolean highRisk, Set<String> sectors) {
        }
        Map<String, Row> rows = new HashMap<>();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(FIND);
            Array keys = con.createArrayOf("varchar", usccs.toArray());
            ps.setArray(1, keys);
            return ps;
        }, (ResultSet rs) -> {
            String uscc = rs.getString("uscc");
            Row row = rows.get(uscc);
            if (row == null) {
                String[] f = new String[17];
                int i = 0;
                for (String column : List.of("name", "unit_type", "industry_category", "region_code", "address",
                        "principal_name", "principal_phone", "actual_controller_name", "actual_controller_phone",
                        "safety_manager_name", "safety_manager_phone", "scale", "standardization_grade", "status",
                        "beneficial_owner_name", "parent_company_name", "parent_company_uscc")) {
                    f[i++] = rs.getString(column);
                }
                row = new Row(rs.getObject("id", UUID.class), rs.getLong("version"), f, rs.getBoolean("high_risk"),
                        new TreeSet<>());
                rows.put(uscc, row);
            }
            String sector = rs.getString("sector_code");
            if (sector != null) {
                row.sectors().add(sector);
            }
        });
        Map<String, Existing> found = new HashMap<>(rows.size() * 2);
        rows.forEach((uscc, r) -> {
            String[] f = r.fields();
            found.put(uscc, new Existing(r.id(), r.version(), new EnterpriseData(uscc, f[0], UnitType.valueOf(f[1]),
                    r.sectors(), f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10],
                    EnterpriseScale.valueOf(f[11]), r.highRisk(), StandardizationGrade.valueOf(f[12]),
                    EnterpriseStatus.valueOf(f[13]), f[14], f[15], f[16])));
        });
        return found;
    }

    /** Inserts new enterprises (built by {@link Enterprise#register}, never persisted) and their sectors. */
    public void insert(List<Enterprise> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Enterprise e = fresh.get(i);
                ps.setObject(1, e.getId());
                ps.setString(2, e.getUscc());
                int next = values(ps, 3, e);
                ps.setObject(next, utc(e.getCreatedAt()));
                ps.setObject(next + 1, utc(e.getUpdatedAt()));
            }

            @Override
            public int getBatchSize() {
                return fresh.size();
            }
        });
        insertSectors(fresh.stream().map(e -> new SectorsOf(e.getId(), e.getSectors())).toList());
    }

    /**
     * Applies the updates whose version still matches; returns, per update, whether it was applied (false: someone
     * changed the enterprise since it was read).
     */
    public boolean[] update(List<Update> updates) {
        boolean[] applied = new boolean[updates.size()];
        if (updates.isEmpty()) {
            return applied;
        }
        int[] counts = jdbc.batchUpdate(UPDATE, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Update u = updates.get(i);
                Enterprise e = u.values();
                int next = values(ps, 1, e);
                ps.setObject(next, utc(e.getUpdatedAt()));
                ps.setObject(next + 1, u.id());
                ps.setLong(next + 2, u.version());
            }

            @Override
            public int getBatchSize() {
                return updates.size();
            }
        });
        List<SectorsOf> changed = new ArrayList<>();
        for (int i = 0; i < applied.length; i++) {
            applied[i] = counts[i] > 0 || counts[i] == Statement.SUCCESS_NO_INFO;
            if (applied[i]) {
                changed.add(new SectorsOf(updates.get(i).id(), updates.get(i).values().getSectors()));
            }
        }
        if (!changed.isEmpty()) {
            jdbc.batchUpdate(DELETE_SECTORS, changed.stream().map(c -> new Object[] {c.enterpriseId()}).toList());
            insertSectors(changed);
        }
        return applied;
    }

    private record SectorsOf(UUID enterpriseId, Set<String> sectors) {
    }

    private void insertSectors(List<SectorsOf> owners) {
        List<Object[]> rows = new ArrayList<>();
        for (SectorsOf owner : owners) {
            for (String code : new TreeSet<>(owner.sectors())) {
                rows.add(new Object[] {owner.enterpriseId(), code});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT_SECTOR, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                ps.setObject(1, rows.get(i)[0]);
                ps.setString(2, (String) rows.get(i)[1]);
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
    }

    /** Binds name … parent company (18 columns) from {@code from}; returns the next parameter index. */
    private static int values(PreparedStatement ps, int from, Enterprise e) throws SQLException {
        int i = from;
        ps.setString(i++, e.getName());
        ps.setString(i++, e.getUnitType().name());
        ps.setString(i++, e.getIndustryCategory());
        ps.setString(i++, e.getRegionCode());
        ps.setString(i++, e.getAddress());
        ps.setString(i++, e.getPrincipalName());
        ps.setString(i++, e.getPrincipalPhone());
        ps.setString(i++, e.getActualControllerName());
        ps.setString(i++, e.getActualControllerPhone());
        ps.setString(i++, e.getSafetyManagerName());
        ps.setString(i++, e.getSafetyManagerPhone());
        ps.setString(i++, e.getScale().name());
        ps.setBoolean(i++, e.isHighRisk());
        ps.setString(i++, e.getStandardizationGrade().name());
        ps.setString(i++, e.getStatus().name());
        ps.setString(i++, e.getBeneficialOwnerName());
        ps.setString(i++, e.getParentCompanyName());
        ps.setString(i++, e.getParentCompanyUscc());
        return i;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
