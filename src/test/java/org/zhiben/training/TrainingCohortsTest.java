package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.LiveMetrics;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;

/**
 * Item 2: the campaign cohorts as data, days from 学时 (8 a day) with the 2.9 / 3 day boundary and the year's edges,
 * in a region of the fixture's own (9908).
 */
@ZhibenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingCohortsTest {

    static final SqlFragment AREA = SqlFragment.of("p.region_code like ?", "9908%");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TrainingCohorts cohorts;
    @Autowired
    LiveMetrics metrics;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private final Timestamp now = Timestamp.from(Instant.now());

    private UUID principal(String sectors, boolean metal, boolean principal, Object... hours) {
        UUID id = UUID.randomUUID();
        UUID ent = UUID.randomUUID();
        String region = "990801000000";
        jdbc.update("insert into training_person (id, enterprise_id, region_code, sectors, version, created_at,"
                + " updated_at, high_risk, metal_smelting, name, staff_no, kind, hired_on, principal, safety_manager,"
                + " special_operator, violator, on_duty) values (?, ?, ?, ?, 0, ?, ?, false, ?, '批次测试', ?, 'EMPLOYEE',"
                + " ?, ?, false, false, false, true)", id, ent, region, sectors, now, now, metal,
                "C-" + id.toString().substring(0, 8), LocalDate.of(2020, 1, 1), principal);
        for (int i = 0; i < hours.length; i += 3) {
            jdbc.update("insert into training_hours (id, enterprise_id, region_code, sectors, version, created_at,"
                    + " updated_at, person_id, kind, hours, taken_on, topic) values (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?,"
                    + " '专题培训')", UUID.randomUUID(), ent, region, sectors, now, now, id, hours[i],
                    new BigDecimal((String) hours[i + 1]), hours[i + 2]);
        }
        return id;
    }

    @BeforeAll
    void fixture() {
        // the fixture's region is its own: clear what an earlier run left in a kept database (PostgreSQL)
        jdbc.update("delete from training_hours where region_code like '9908%'");
        jdbc.update("delete from training_person where region_code like '9908%'");
        // 大型商业综合体 (sector 20), 2026
        principal(",20,", false, true, "INITIAL", "24", LocalDate.of(2026, 1, 1)); // 3.0 days on the first day
        principal(",20,", false, true, "YEARLY", "23.2", LocalDate.of(2026, 12, 31)); // 2.9 days: short
        principal(",20,", false, true, "YEARLY", "16", LocalDate.of(2026, 12, 31), "INITIAL", "8",
                LocalDate.of(2026, 6, 1)); // 16 + 8 = 24 across kinds
        principal(",20,", false, true, "INITIAL", "8", LocalDate.of(2025, 12, 31), "YEARLY", "16",
                LocalDate.of(2026, 3, 1)); // the 2025 hours are outside the year: 2 days
        principal(",20,", false, true, "TEAM", "40", LocalDate.of(2026, 3, 1)); // induction hours do not count
        principal(",20,", false, false, "INITIAL", "40", LocalDate.of(2026, 3, 1)); // not a principal
        // 金属冶炼 by the flag, 2025; and a principal of sector 15 (重点文物保护, 2025)
        principal(",03,", true, true, "INITIAL", "24", LocalDate.of(2025, 12, 31));
        principal(",15,", false, true, "INITIAL", "24", LocalDate.of(2026, 1, 1)); // hours in 2026 for a 2025 cohort
    }

    @Test
    void daysAreHoursOverEightRoundedDown() {
        assertThat(TrainingCohorts.days(new BigDecimal("23.2"), new BigDecimal("8"))).isEqualByComparingTo("2.9");
        assertThat(TrainingCohorts.days(new BigDecimal("23.99"), new BigDecimal("8"))).isEqualByComparingTo("2.9");
        assertThat(TrainingCohorts.days(new BigDecimal("24"), new BigDecimal("8"))).isEqualByComparingTo("3.0");
    }

    @Test
    void theSeedsCohortsAreData() {
        Map<String, TrainingCohorts.Cohort> all = cohorts.cohorts().stream()
                .collect(Collectors.toMap(TrainingCohorts.Cohort::code, c -> c));
        assertThat(all).containsKeys("MINE_2024", "HOSPITAL_2024", "METAL_2025", "RELIC_2025", "COMPLEX_2026");
        assertThat(all.get("COMPLEX_2026").year()).isEqualTo(2026);
        assertThat(all.get("COMPLEX_2026").minHours()).isEqualByComparingTo("24");
        assertThat(all.get("METAL_2025").metalSmelting()).isTrue();
        assertThat(all.values()).allMatch(c -> c.targetRate() == 100);
    }

    @Test
    void whoAppliesAndWhoReachedThreeDaysAtTheBoundaries() {
        Map<String, TrainingCohorts.Standing> y2026 = cohorts.standings(2026, AREA).stream()
                .collect(Collectors.toMap(s -> s.cohort().code(), s -> s));
        assertThat(y2026).containsOnlyKeys("COMPLEX_2026");
        TrainingCohorts.Standing complex = y2026.get("COMPLEX_2026");
        assertThat(complex.applying()).isEqualTo(5);
        assertThat(complex.meeting()).isEqualTo(2);
        assertThat(complex.rate()).isEqualByComparingTo("40.0");
        assertThat(complex.targetMet()).isFalse();

        Map<String, TrainingCohorts.Standing> y2025 = cohorts.standings(2025, AREA).stream()
                .collect(Collectors.toMap(s -> s.cohort().code(), s -> s));
        assertThat(y2025.get("METAL_2025").applying()).isEqualTo(1);
        assertThat(y2025.get("METAL_2025").meeting()).isEqualTo(1); // 12-31 is inside the year
        assertThat(y2025.get("METAL_2025").targetMet()).isTrue();
        assertThat(y2025.get("RELIC_2025").applying()).isEqualTo(1);
        assertThat(y2025.get("RELIC_2025").meeting()).isZero(); // 2026-01-01 is outside 2025
        Map<String, TrainingCohorts.Standing> y2024 = cohorts.standings(2024, AREA).stream()
                .collect(Collectors.toMap(s -> s.cohort().code(), s -> s));
        // sector 03 (非煤矿山、冶金工贸) is a 矿山 sector: the metal-smelting principal applies, without 2024 hours
        assertThat(y2024.get("MINE_2024").applying()).isEqualTo(1);
        assertThat(y2024.get("MINE_2024").meeting()).isZero();
        assertThat(y2024.get("MINE_2024").rate()).isEqualByComparingTo("0.0");
        assertThat(y2024.get("HOSPITAL_2024").applying()).isZero();
        assertThat(y2024.get("HOSPITAL_2024").rate()).isNull();
    }

    @Test
    void theRateIsALiveMetricOfThisYearsCohorts() throws Exception {
        LiveMetric m = metrics.find("training.cohort.rate").orElseThrow();
        int year = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
        List<TrainingCohorts.Standing> mine = cohorts.standings(year, AREA);
        long all = mine.stream().mapToLong(TrainingCohorts.Standing::applying).sum();
        long ok = mine.stream().mapToLong(TrainingCohorts.Standing::meeting).sum();
        BigDecimal expected = all == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(ok * 100).divide(BigDecimal.valueOf(all), 1, java.math.RoundingMode.HALF_UP);
        assertThat(m.measure(LiveMetric.Area.region("990800000000"))).isEqualByComparingTo(expected);
        if (year == 2026) {
            assertThat(expected).isEqualByComparingTo("40.0");
        }
        assertThat(m.measure(LiveMetric.Area.region("990700000000"))).isZero();
        // the officials' page and the API show the cohorts in scope
        mvc.perform(get("/api/v1/training/cohorts").with(httpBasic("county.yjj", "Demo@12345")))
                .andExpect(status().isOk());
        String html = mvc.perform(get("/training/overview").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("county.yjj"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("training-cohorts").contains("大型商业综合体主要负责人");
    }
}
