package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.Zones;

/**
 * Item 8: the officials' figures by region and sector from grouped SQL, against a hand-counted fixture in a region of
 * its own (city 9909, counties 990901 and 990902), on a chosen day.
 */
@ZhibenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingStatisticsTest {

    static final String CITY = "990900000000";
    static final LocalDate TODAY = LocalDate.of(2026, 8, 15);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrainingStatistics statistics;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;

    private <T> T runAs(String username, Supplier<T> work) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private final Timestamp now = Timestamp.from(Instant.now());
    private UUID exam;

    private UUID person(UUID ent, String region, String sectors, boolean highRisk, boolean principal,
            String initialHours) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into training_person (id, enterprise_id, region_code, sectors, version, created_at,"
                + " updated_at, high_risk, metal_smelting, name, staff_no, kind, hired_on, principal, safety_manager,"
                + " special_operator, violator, on_duty) values (?, ?, ?, ?, 0, ?, ?, ?, false, ?, ?, 'EMPLOYEE', ?, ?,"
                + " false, false, false, true)", id, ent, region, sectors, now, now, highRisk, "统计测试",
                "S-" + id.toString().substring(0, 8), LocalDate.of(2024, 1, 1), principal);
        if (initialHours != null) {
            jdbc.update("insert into training_hours (id, enterprise_id, region_code, sectors, version, created_at,"
                    + " updated_at, person_id, kind, hours, taken_on, topic) values (?, ?, ?, ?, 0, ?, ?, ?, 'INITIAL',"
                    + " ?, ?, '初次培训')", UUID.randomUUID(), ent, region, sectors, now, now, id,
                    new BigDecimal(initialHours), LocalDate.of(2025, 3, 1));
        }
        return id;
    }

    private void attempt(UUID person, UUID ent, String region, String sectors, boolean passed, boolean selfTest,
            LocalDateTime submittedChina) {
        Timestamp at = Timestamp.from(submittedChina.atZone(Zones.CHINA).toInstant());
        jdbc.update("insert into training_attempt (id, enterprise_id, region_code, sectors, version, created_at,"
                + " updated_at, exam_id, person_id, self_test, high_risk, started_at, deadline, paper, answers,"
                + " submitted_at, score, max_score, passed) values (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, false, ?, ?, '', '',"
                + " ?, 0, 100, ?)", UUID.randomUUID(), ent, region, sectors, now, now, exam, person, selfTest, at, at,
                at, passed);
    }

    private void certificate(UUID person, UUID ent, String region, String sectors, String type, LocalDate issued,
            LocalDate until, LocalDate reviewed) {
        jdbc.update("insert into training_certificate (id, enterprise_id, region_code, sectors, version, created_at,"
                + " updated_at, person_id, type_code, number, issuer, issued_on, valid_until, reviewed_on) values"
                + " (?, ?, ?, ?, 0, ?, ?, ?, ?, 'T-1', '测试局', ?, ?, ?)", UUID.randomUUID(), ent, region, sectors, now,
                now, person, type, issued, until, reviewed);
    }

    private void drill(UUID ent, String region, String sectors, String kind, String area, LocalDate on) {
        jdbc.update("insert into training_drill (id, enterprise_id, region_code, sectors, version, created_at,"
                + " updated_at, high_risk, kind, area_type, held_on, scenario, participants, participant_count,"
                + " photo_keys, shortfalls, improvements) values (?, ?, ?, ?, 0, ?, ?, false, ?, ?, ?, '测试', '测试', 5,"
                + " '', '', '')", UUID.randomUUID(), ent, region, sectors, now, now, kind, area, on);
    }

    @BeforeAll
    void fixture() {
        // the fixture's region is its own: clear what an earlier run left in a kept database (PostgreSQL)
        for (String t : new String[] {"training_attempt", "training_hours", "training_certificate", "training_drill",
                "training_exam", "training_person"}) {
            jdbc.update("delete from " + t + " where region_code like '9909%'");
        }
        UUID e1 = UUID.randomUUID(); // county 990901, sector 02, high-risk
        UUID e2 = UUID.randomUUID(); // county 990901, sector 03
        UUID e3 = UUID.randomUUID(); // county 990902, sector 03
        String r1 = "990901001000";
        String r2 = "990902000000";
        exam = UUID.randomUUID();
        jdbc.update("insert into training_exam (id, enterprise_id, region_code, sectors, version, created_at,"
                + " updated_at, title, mode, question_ids, draw_rules, points_each, pass_mark, minutes,"
                + " multiple_partial, self_test) values (?, ?, ?, ',02,', 0, ?, ?, '统计测试', 'FIXED', '', '', 1, 1,"
                + " 10, false, false)", exam, e1, r1, now, now);
        person(e1, r1, ",02,", true, true, "48"); // meets 48
        person(e1, r1, ",02,", true, true, "47.9"); // one tenth short
        UUID p3 = person(e1, r1, ",02,", true, false, null);
        person(e2, r1, ",03,", false, true, "32"); // meets 32
        UUID p5 = person(e2, r1, ",03,", false, false, null);
        person(e3, r2, ",03,", false, true, "31.9"); // short
        UUID p7 = person(e3, r2, ",03,", false, false, null);

        attempt(p3, e1, r1, ",02,", true, false, LocalDateTime.of(2026, 3, 1, 10, 0));
        attempt(p3, e1, r1, ",02,", false, false, LocalDateTime.of(2026, 2, 1, 10, 0));
        attempt(p5, e2, r1, ",03,", true, true, LocalDateTime.of(2026, 3, 1, 10, 0)); // self-test: left out
        attempt(p5, e2, r1, ",03,", true, false, LocalDateTime.of(2025, 12, 31, 23, 59)); // last year: left out
        attempt(p7, e3, r2, ",03,", false, false, LocalDateTime.of(2026, 1, 1, 0, 0)); // first minute of the year

        certificate(p3, e1, r1, ",02,", "SP_ELEC", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1), null); // expired
        certificate(p3, e1, r1, ",02,", "SP_WELD", LocalDate.of(2023, 8, 15), LocalDate.of(2029, 8, 15), null); // review today
        certificate(p5, e2, r1, ",03,", "SP_HEIGHT", LocalDate.of(2023, 8, 14), LocalDate.of(2029, 8, 14), null); // review yesterday
        certificate(p5, e2, r1, ",03,", "PRINCIPAL", LocalDate.of(2023, 11, 13), LocalDate.of(2026, 11, 13), null); // 90 days
        certificate(p7, e3, r2, ",03,", "PRINCIPAL", LocalDate.of(2023, 11, 14), LocalDate.of(2026, 11, 14), null); // 91 days
        certificate(p7, e3, r2, ",03,", "SP_ELEC", LocalDate.of(2023, 1, 1), LocalDate.of(2029, 1, 1),
                LocalDate.of(2026, 1, 1)); // reviewed: due 2029

        // E1 (high-risk): evacuation of every area and 现场处置方案 in the first half → compliant
        drill(e1, r1, ",02,", "EVACUATION", "OFFICE", LocalDate.of(2026, 1, 1));
        drill(e1, r1, ",02,", "EVACUATION", "PRODUCTION", LocalDate.of(2026, 4, 1));
        drill(e1, r1, ",02,", "EVACUATION", "LIVING", LocalDate.of(2026, 6, 30));
        drill(e1, r1, ",02,", "ONSITE", "PRODUCTION", LocalDate.of(2026, 3, 1));
        // E2: its 现场处置方案 fell on 07-01, in the second half → the first half was missed
        drill(e2, r1, ",03,", "ONSITE", "PRODUCTION", LocalDate.of(2026, 7, 1));
        // E3 (not high-risk): 现场处置方案 on the last day of the first half → compliant
        drill(e3, r2, ",03,", "ONSITE", "PRODUCTION", LocalDate.of(2026, 6, 30));
    }

    private static String figures(TrainingStatistics.Figures f) {
        return f.enterprises() + " " + f.people() + " " + f.principalsTrained() + "/" + f.principals() + " "
                + f.passed() + "/" + f.sittings() + " " + f.certificatesExpired() + " " + f.certificatesExpiring()
                + " " + f.drillCompliant();
    }

    @Test
    void byRegionOneLevelDownIsHandCounted() {
        TrainingStatistics.Report r = runAs("admin", () -> statistics.report(TrainingStatistics.By.REGION, CITY,
                TODAY));
        Map<String, String> rows = r.rows().stream().collect(Collectors.toMap(TrainingStatistics.Row::key,
                x -> figures(x.figures())));
        assertThat(rows).containsOnly(Map.entry("990901", "2 5 2/3 1/2 2 2 1"), Map.entry("990902", "1 2 0/1 0/1 0 0 1"));
        assertThat(figures(r.total())).isEqualTo("3 7 2/4 1/3 2 2 2");
        assertThat(r.total().passRate()).isEqualByComparingTo("33.3");
        assertThat(r.total().principalRate()).isEqualByComparingTo("50.0");
        // the boundaries agree with the rules the person's page uses
        assertThat(new CertificateTerms(LocalDate.of(2023, 8, 15), LocalDate.of(2029, 8, 15), null, 3)
                .daysLeft(TODAY)).isZero();
        assertThat(new CertificateTerms(LocalDate.of(2023, 11, 13), LocalDate.of(2026, 11, 13), null, 0)
                .daysLeft(TODAY)).isEqualTo(90);
    }

    @Test
    void bySectorCountsAnEnterpriseInEachOfItsSectors() {
        TrainingStatistics.Report r = runAs("admin", () -> statistics.report(TrainingStatistics.By.SECTOR, CITY,
                TODAY));
        Map<String, String> rows = r.rows().stream().collect(Collectors.toMap(TrainingStatistics.Row::key,
                x -> figures(x.figures())));
        assertThat(rows).containsOnly(Map.entry("02", "1 3 1/2 1/2 1 1 1"), Map.entry("03", "2 4 1/2 0/1 1 1 1"));
    }

    @Test
    void beforeTheFirstHalfEndsNoDrillWindowIsMissed() {
        LocalDate jun30 = LocalDate.of(2026, 6, 30);
        TrainingStatistics.Figures f = runAs("admin", () -> statistics.figures(CITY, null, jun30));
        assertThat(f.drillCompliant()).isEqualTo(3);
        assertThat(runAs("admin", () -> statistics.figures(CITY, "03", TODAY)).drillCompliant()).isEqualTo(1);
        // a year later the sittings of 2026 no longer count
        assertThat(runAs("admin", () -> statistics.figures(CITY, null, LocalDate.of(2027, 1, 1))).sittings())
                .isZero();
    }

    @Test
    void scopeAndBadInput() throws Exception {
        assertThatThrownBy(() -> runAs("county.yjj", () -> statistics.report(TrainingStatistics.By.REGION, CITY,
                TODAY))).isInstanceOf(NotFoundException.class);
        // the county official's own figures leave the fixture out
        TrainingStatistics.Report own = runAs("county.yjj", () -> statistics.report(TrainingStatistics.By.REGION,
                null, TODAY));
        assertThat(own.rows()).noneMatch(x -> x.key().startsWith("9909"));
        mvc.perform(get("/api/v1/training/statistics").param("by", "region").param("region", CITY)
                .with(httpBasic("county.yjj", "Demo@12345"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training/statistics").param("by", "sector").param("region", CITY)
                .with(httpBasic("admin", "Demo@12345"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(2)).andExpect(jsonPath("$.total.people").value(7));
        mvc.perform(get("/api/v1/training/statistics").param("by", "town")
                .with(httpBasic("county.yjj", "Demo@12345"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("by"));
        mvc.perform(get("/api/v1/training/statistics").param("by", "region").param("region", "12x")
                .with(httpBasic("county.yjj", "Demo@12345"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/training/overview").param("size", "1")
                .with(httpBasic("county.yjj", "Demo@12345"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1));
        mvc.perform(get("/training/overview").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("county.yjj"))))
                .andExpect(status().isOk());
        mvc.perform(get("/insight").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("county.yjj"))))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result
                        .MockMvcResultMatchers.content().string(org.hamcrest.Matchers.containsString("kpi-training")));
    }
}
