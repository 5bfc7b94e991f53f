package org.zhiben.hazard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhiben.common.Ids;
import org.zhiben.common.Zones;

/**
 * Test fixture: writes hazard_hazard rows directly (the read side's tests do not depend on the write side). Defaults:
 * a general, daily-inspection, safety hazard, reported and open.
 */
public final class HazardRows {

    private final JdbcTemplate jdbc;

    public HazardRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Row of(UUID enterpriseId, String enterpriseName, String regionCode, String sectors) {
        return new Row(enterpriseId, enterpriseName, regionCode, sectors);
    }

    public final class Row {
        final UUID enterpriseId;
        final String enterpriseName;
        final String regionCode;
        final String sectors;
        String description = "测试隐患";
        String location;
        UUID unitId;
        HazardLevel level = HazardLevel.GENERAL;
        HazardSource source = HazardSource.DAILY;
        HazardState state = HazardState.REPORTED;
        HazardType type = HazardType.SAFETY;
        LocalDate foundOn = LocalDate.of(2024, 6, 1);
        LocalDate deadline;
        LocalDate closedOn;
        boolean overdue;
        boolean supervised;
        BigDecimal funds;
        BigDecimal cost;

        Row(UUID enterpriseId, String enterpriseName, String regionCode, String sectors) {
            this.enterpriseId = enterpriseId;
            this.enterpriseName = enterpriseName;
            this.regionCode = regionCode;
            this.sectors = sectors;
        }

        public Row description(String d) { description = d; return this; }
        public Row location(String l) { location = l; return this; }
        public Row unit(UUID u) { unitId = u; return this; }
        public Row level(HazardLevel l) { level = l; return this; }
        public Row source(HazardSource s) { source = s; return this; }
        public Row state(HazardState s) { state = s; return this; }
        public Row type(HazardType t) { type = t; return this; }
        public Row found(String date) { foundOn = LocalDate.parse(date); return this; }
        public Row deadline(String date) { deadline = LocalDate.parse(date); return this; }
        /** Closed (销号) on that Asia/Shanghai date. */
        public Row closed(String date) { closedOn = LocalDate.parse(date); state = HazardState.CLOSED; return this; }
        public Row overdue() { overdue = true; return this; }
        public Row supervised() { supervised = true; return this; }
        public Row funds(String f) { funds = new BigDecimal(f); return this; }
        public Row cost(String c) { cost = new BigDecimal(c); return this; }

        public UUID insert() {
            UUID id = Ids.newId();
            Timestamp foundAt = Timestamp.from(ZonedDateTime.of(foundOn, LocalTime.of(10, 0), Zones.CHINA).toInstant());
            Timestamp closedAt = closedOn == null ? null
                    : Timestamp.from(ZonedDateTime.of(closedOn, LocalTime.of(23, 30), Zones.CHINA).toInstant());
            jdbc.update("""
                    insert into hazard_hazard (id, enterprise_id, enterprise_name, region_code, sectors, source, level,
                        state, type, description, location, unit_id, found_at, found_on, reported_by, reported_by_name,
                        deadline, funds, cost, closed_at, closed_on, overdue, supervised, version, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
                    id, enterpriseId, enterpriseName, regionCode, sectors, source.name(), level.name(), state.name(),
                    type.name(), description, location, unitId, foundAt, foundOn, UUID.randomUUID(), "测试上报人",
                    deadline, funds, cost, closedAt, closedOn, overdue, supervised, foundAt, foundAt);
            return id;
        }
    }
}
