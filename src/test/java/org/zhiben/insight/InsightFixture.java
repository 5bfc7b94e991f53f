package org.zhiben.insight;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.common.Ids;
import org.zhiben.common.Uscc;
import org.zhiben.directory.EnterpriseRegistered;
import org.zhiben.hazard.HazardChanged;
import org.zhiben.hazard.HazardFacts;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.identity.CurrentUser;
import org.zhiben.risk.EnterpriseRiskChanged;
import org.zhiben.risk.RiskCounts;

/**
 * Writes base rows the way their modules would (row and event in one transaction), so the summaries and the
 * consistency check stay right: regions, enterprises, risk units, hazards and hazard transitions.
 */
final class InsightFixture {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    InsightFixture(JdbcTemplate jdbc, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
    }

    /** Signs {@code u} in for the calls that follow on this thread. */
    static void signIn(CurrentUser u) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    void region(String code, String name, String parent, int level) {
        jdbc.update("insert into directory_region (code, name, parent_code, level) values (?, ?, ?, ?)", code, name,
                parent, level);
    }

    UUID enterprise(String name, String region, String serial, Set<String> sectors) {
        UUID id = Ids.newId();
        String first17 = "91" + region.substring(0, 6) + "Q" + serial;
        Timestamp now = Timestamp.from(Instant.now());
        tx.executeWithoutResult(s -> {
            jdbc.update("insert into directory_enterprise (id, uscc, name, unit_type, industry_category, region_code,"
                    + " scale, high_risk, standardization_grade, status, created_at, updated_at, version)"
                    + " values (?, ?, ?, 'FACTORY_MINE', 'C', ?, 'BELOW', false, 'NONE', 'OPERATING', ?, ?, 0)", id,
                    first17 + Uscc.checkCharacter(first17), name, region, now, now);
            sectors.forEach(sec -> jdbc.update(
                    "insert into directory_enterprise_sector (enterprise_id, sector_code) values (?, ?)", id, sec));
            events.publishEvent(new EnterpriseRegistered(id, name, region, sectors));
        });
        return id;
    }

    /** One analysis unit per level given (MAJOR, LARGE, GENERAL, LOW), each with one assessed event. */
    void risks(UUID enterprise, String region, List<String> levels) {
        Timestamp now = Timestamp.from(Instant.now());
        tx.executeWithoutResult(s -> {
            UUID object = Ids.newId();
            jdbc.update("insert into risk_analysis_object (id, enterprise_id, region_code, kind, name,"
                    + " major_hazard_source, version, created_at, updated_at) values (?, ?, ?, 'AREA', '区域', false, 0,"
                    + " ?, ?)", object, enterprise, region, now, now);
            long[] c = new long[4];
            for (String level : levels) {
                UUID unit = Ids.newId();
                jdbc.update("insert into risk_analysis_unit (id, enterprise_id, region_code, object_id, name,"
                        + " responsible_person, control_level, version, created_at, updated_at) values (?, ?, ?, ?,"
                        + " '单元', '某人', 'TEAM', 0, ?, ?)", unit, enterprise, region, object, now, now);
                jdbc.update("insert into risk_event (id, enterprise_id, region_code, unit_id, description,"
                        + " hazard_factor_code, accident_types, inherent_level, residual_level, version, created_at,"
                        + " updated_at) values (?, ?, ?, ?, '事件', '1101', 'FIRE', ?, ?, 0, ?, ?)", Ids.newId(),
                        enterprise, region, unit, level, level, now, now);
                c[List.of("MAJOR", "LARGE", "GENERAL", "LOW").indexOf(level)]++;
            }
            events.publishEvent(new EnterpriseRiskChanged(enterprise, region, RiskCounts.NONE,
                    new RiskCounts(c[0], c[1], c[2], c[3], 0, false)));
        });
    }

    static HazardFacts facts(UUID enterprise, String region, Set<String> sectors, HazardLevel level, HazardState state,
            String found, String deadline, String closed, boolean overdue) {
        return new HazardFacts(enterprise, region, sectors.stream().sorted().collect(Collectors.joining(",", ",", ",")),
                level, HazardSource.DAILY, state, LocalDate.parse(found), deadline == null ? null
                        : LocalDate.parse(deadline), closed == null ? null : LocalDate.parse(closed), overdue);
    }

    /** Reports a hazard with these facts (row and event). */
    UUID hazard(HazardFacts f) {
        UUID id = Ids.newId();
        Timestamp now = Timestamp.from(Instant.now());
        tx.executeWithoutResult(s -> {
            jdbc.update("insert into hazard_hazard (id, enterprise_id, enterprise_name, region_code, sectors, source,"
                    + " level, state, type, description, found_at, found_on, reported_by, reported_by_name, deadline,"
                    + " closed_on, overdue, supervised, version, created_at, updated_at) values (?, ?, '企业', ?, ?, ?,"
                    + " ?, ?, 'SAFETY', '测试隐患', ?, ?, ?, '测试员', ?, ?, ?, false, 0, ?, ?)", id, f.enterpriseId(),
                    f.regionCode(), f.sectors(), f.source().name(), f.level().name(), f.state().name(), now,
                    Date.valueOf(f.foundOn()), Ids.newId(), date(f.deadline()), date(f.closedOn()), f.overdue(), now,
                    now);
            events.publishEvent(new HazardChanged(id, null, f));
        });
        return id;
    }

    /** Moves a hazard to new facts (row and event with before and after). */
    void change(UUID id, HazardFacts before, HazardFacts after) {
        tx.executeWithoutResult(s -> {
            jdbc.update("update hazard_hazard set level = ?, state = ?, deadline = ?, closed_on = ?, overdue = ?"
                    + " where id = ?", after.level().name(), after.state().name(), date(after.deadline()),
                    date(after.closedOn()), after.overdue(), id);
            events.publishEvent(new HazardChanged(id, before, after));
        });
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
