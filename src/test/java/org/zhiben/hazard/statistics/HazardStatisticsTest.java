package org.zhiben.hazard.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Zones;
import org.zhiben.common.document.PrintedPages;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.UnitType;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardRows;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import tools.jackson.databind.ObjectMapper;

/** The 16号令 statistics table against a hand-computed fixture, period boundaries, sign-off rules and due dates. */
@ZhibenTest
class HazardStatisticsTest {

    static final ItData DATA = new ItData('L');
    static final String VILLAGE = "990101100202";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    HazardStatistics statistics;
    @Autowired
    AuditTrail audit;

    UUID enterprise;
    String name;
    HazardRows rows;
    CurrentUser principal;

    @BeforeEach
    void setUp() throws Exception {
        rows = new HazardRows(jdbc);
        name = "统计测试" + UUID.randomUUID().toString().substring(0, 6) + "有限公司";
        String body = mvc.perform(post("/api/v1/enterprises").with(user(load("county.yjj")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ItData.enterprise(DATA.nextUscc(), name, VILLAGE))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        enterprise = UUID.fromString(JsonPath.read(body, "$.id"));
        principal = new CurrentUser(UUID.randomUUID(), "boss-" + enterprise, "测试负责人", Role.ENTERPRISE_PRINCIPAL,
                null, null, enterprise, true, false, false, "x");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    CurrentUser load(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    HazardRows.Row hazard() {
        return rows.of(enterprise, name, VILLAGE, ",03,");
    }

    void signIn(CurrentUser u) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    static Instant shanghai(String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), Zones.CHINA).toInstant();
    }

    /** Q2 2024 (04-01..06-30) by hand: see the comment on each row. */
    void fixture() {
        // before Q2, still open at its end: outstanding general, not found in Q2
        hazard().found("2024-03-31").deadline("2024-05-01").insert();
        // before Q2, closed in Q2: closed-in-period general (not rectified-of-found), cost counts
        hazard().found("2024-02-10").closed("2024-04-20").cost("300.00").insert();
        // found on Q2's first day, closed in Q2: found + rectified general, funds and cost
        hazard().found("2024-04-01").closed("2024-06-30").funds("1000.50").cost("800.00").insert();
        // found in Q2 major, supervised, closed after Q2: found major, outstanding at end
        hazard().found("2024-05-15").level(HazardLevel.MAJOR).source(HazardSource.SUPERVISION).type(HazardType.FIRE)
                .supervised().funds("50000").closed("2024-07-01").insert();
        // found in Q2 major by public tip, closed in Q2
        hazard().found("2024-06-30").level(HazardLevel.MAJOR).source(HazardSource.PUBLIC_TIP).closed("2024-06-30")
                .insert();
        // found in Q2 general, open and past its deadline at the end
        hazard().found("2024-04-02").deadline("2024-06-01").state(HazardState.RECTIFYING).insert();
        // rejected: counts nowhere
        hazard().found("2024-05-01").state(HazardState.REJECTED).insert();
        // after Q2: counts nowhere in Q2
        hazard().found("2024-07-01").insert();
    }

    @Test
    void quarterFiguresMatchTheHandComputedTable() {
        fixture();
        signIn(load("county.yjj"));
        StatisticsFigures f = statistics.figures(enterprise, StatisticsPeriod.parse("2024Q2"));
        assertThat(f.foundGeneral()).isEqualTo(2);
        assertThat(f.foundMajor()).isEqualTo(2);
        assertThat(f.rectifiedGeneral()).isEqualTo(1);
        assertThat(f.rectifiedMajor()).isEqualTo(1);
        assertThat(f.rateGeneral()).isEqualByComparingTo("50.0");
        assertThat(f.rateMajor()).isEqualByComparingTo("50.0");
        assertThat(f.rateTotal()).isEqualByComparingTo("50.0");
        assertThat(f.closedInPeriodGeneral()).isEqualTo(2);
        assertThat(f.closedInPeriodMajor()).isEqualTo(1);
        assertThat(f.outstandingGeneral()).isEqualTo(2);
        assertThat(f.outstandingMajor()).isEqualTo(1);
        assertThat(f.overdueOutstanding()).isEqualTo(2);
        assertThat(f.majorSupervised()).isEqualTo(1);
        assertThat(f.fundsPlanned()).isEqualByComparingTo(new BigDecimal("51000.50"));
        assertThat(f.costSpent()).isEqualByComparingTo(new BigDecimal("1100.00"));
        assertThat(f.foundBySource().get(HazardSource.DAILY)).isEqualTo(2);
        assertThat(f.foundBySource().get(HazardSource.SUPERVISION)).isEqualTo(1);
        assertThat(f.rectifiedBySource().get(HazardSource.PUBLIC_TIP)).isEqualTo(1);
        assertThat(f.foundByGovernment()).isEqualTo(2);
        assertThat(f.foundByEnterprise()).isEqualTo(2);
        assertThat(f.foundByType().get(HazardType.FIRE)).isEqualTo(1);
        assertThat(f.foundByType().get(HazardType.SAFETY)).isEqualTo(3);

        // Q1 ends on 03-31: the 03-31 hazard is Q1's, the 04-01 one is not
        StatisticsFigures q1 = statistics.figures(enterprise, StatisticsPeriod.parse("2024Q1"));
        assertThat(q1.foundGeneral()).isEqualTo(2);
        assertThat(q1.outstandingGeneral()).isEqualTo(2);
        assertThat(q1.rateTotal()).isEqualByComparingTo("0.0");
        // a third of three: one decimal, half up
        assertThat(StatisticsFigures.rate(1, 3)).isEqualByComparingTo("33.3");
        assertThat(StatisticsFigures.rate(2, 3)).isEqualByComparingTo("66.7");
        assertThat(StatisticsFigures.rate(0, 0)).isNull();
    }

    @Test
    void yearBoundaryDecemberThirtyFirstVersusJanuaryFirst() {
        hazard().found("2024-12-31").insert();
        hazard().found("2025-01-01").insert();
        hazard().found("2024-12-30").closed("2025-01-01").insert();
        signIn(load("county.yjj"));
        StatisticsFigures y2024 = statistics.figures(enterprise, StatisticsPeriod.parse("2024"));
        assertThat(y2024.foundGeneral()).isEqualTo(2);
        assertThat(y2024.rectifiedGeneral()).isZero();
        assertThat(y2024.outstandingGeneral()).isEqualTo(2);
        StatisticsFigures q4 = statistics.figures(enterprise, StatisticsPeriod.parse("2024Q4"));
        assertThat(q4.foundGeneral()).isEqualTo(2);
        StatisticsFigures q1 = statistics.figures(enterprise, StatisticsPeriod.parse("2025Q1"));
        assertThat(q1.foundGeneral()).isEqualTo(1);
        assertThat(q1.closedInPeriodGeneral()).isEqualTo(1);
        assertThat(q1.outstandingGeneral()).isEqualTo(2);
    }

    @Test
    void onlyThePrincipalOfThatEnterpriseSignsAndReSignsOnlyAfterTheFiguresChange() {
        fixture();
        StatisticsPeriod q2 = StatisticsPeriod.parse("2024Q2");
        for (String other : new String[] {"county.yjj", "admin"}) {
            signIn(load(other));
            assertThatThrownBy(() -> statistics.sign(enterprise, q2, shanghai("2024-07-10T09:00")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn(load("ent.a.boss"));
        assertThatThrownBy(() -> statistics.sign(enterprise, q2, shanghai("2024-07-10T09:00")))
                .isInstanceOf(org.zhiben.common.NotFoundException.class);
        CurrentUser safety = new CurrentUser(UUID.randomUUID(), "safety-" + enterprise, "安全员",
                Role.ENTERPRISE_SAFETY_MANAGER, null, null, enterprise, true, false, false, "x");
        signIn(safety);
        assertThatThrownBy(() -> statistics.sign(enterprise, q2, shanghai("2024-07-10T09:00")))
                .isInstanceOf(AccessDeniedException.class);

        signIn(principal);
        assertThatThrownBy(() -> statistics.sign(enterprise, q2, shanghai("2024-06-30T23:59")))
                .isInstanceOf(org.zhiben.common.InvalidInputException.class);
        // 2024-07-15 23:30 in Shanghai is the due day: on time
        Signoff s = statistics.sign(enterprise, q2, shanghai("2024-07-15T23:30"));
        assertThat(s.signedOn()).isEqualTo("2024-07-15");
        assertThat(s.late()).isFalse();
        assertThat(s.figuresHash()).hasSize(64)
                .isEqualTo(statistics.figures(enterprise, q2).sha256());
        assertThat(s.signedByName()).isEqualTo("测试负责人");
        assertThat(audit.historyOf("HazardStatistics", enterprise + "/2024Q2")).hasSize(1);
        assertThat(statistics.status(enterprise, q2, LocalDate.parse("2024-08-01")).state())
                .isEqualTo(PeriodStatus.State.SIGNED);
        assertThatThrownBy(() -> statistics.sign(enterprise, q2, shanghai("2024-07-16T09:00")))
                .isInstanceOf(org.zhiben.common.InvalidInputException.class);

        // a hazard of the period reported late changes the figures: the signature no longer matches
        hazard().found("2024-06-01").insert();
        assertThat(statistics.status(enterprise, q2, LocalDate.parse("2024-08-01")).state())
                .isEqualTo(PeriodStatus.State.CHANGED);
        Signoff again = statistics.sign(enterprise, q2, shanghai("2024-08-01T10:00"));
        assertThat(again.figuresHash()).isNotEqualTo(s.figuresHash());
        PeriodStatus now = statistics.status(enterprise, q2, LocalDate.parse("2024-08-02"));
        assertThat(now.state()).isEqualTo(PeriodStatus.State.SIGNED);
        assertThat(now.first().id()).isEqualTo(s.id());
        assertThat(now.latest().id()).isEqualTo(again.id());
        assertThat(audit.historyOf("HazardStatistics", enterprise + "/2024Q2")).hasSize(2);
    }

    List<EnterpriseSummary> overdue(StatisticsPeriod period, LocalDate today) {
        return statistics.overdue(period, today, PageRequest.of(0, 500)).getContent();
    }

    @Test
    void onlyProductionAndBusinessUnitsOweTheSignedTable() throws Exception {
        String school = "统计测试" + UUID.randomUUID().toString().substring(0, 6) + "中心小学";
        Map<String, Object> data = ItData.enterprise(DATA.nextUscc(), school, VILLAGE);
        data.put("unitType", "SCHOOL");
        UUID schoolId = UUID.fromString(JsonPath.read(mvc.perform(post("/api/v1/enterprises")
                        .with(user(load("county.yjj"))).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(data))).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id"));
        StatisticsPeriod q1 = StatisticsPeriod.parse("2024Q1");
        signIn(load("county.yjj"));
        Page<EnterpriseSummary> page = statistics.overdue(q1, LocalDate.parse("2024-04-16"), PageRequest.of(0, 500));
        assertThat(page.getContent()).extracting(e -> e.id()).contains(enterprise).doesNotContain(schoolId);
        assertThat(page.getContent()).extracting(e -> e.unitType()).doesNotContain(UnitType.VILLAGE,
                UnitType.SCHOOL, UnitType.HOSPITAL, UnitType.RELIGIOUS_SITE);
        // pages add up to the total, in name order, each unit once
        Page<EnterpriseSummary> first = statistics.overdue(q1, LocalDate.parse("2024-04-16"), PageRequest.of(0, 7));
        assertThat(first.getTotalElements()).isEqualTo(page.getTotalElements());
        List<UUID> walked = new ArrayList<>();
        for (int i = 0; i < first.getTotalPages(); i++) {
            statistics.overdue(q1, LocalDate.parse("2024-04-16"), PageRequest.of(i, 7)).forEach(e -> walked.add(e.id()));
        }
        assertThat(walked).containsExactlyElementsOf(page.getContent().stream().map(EnterpriseSummary::id).toList());

        CurrentUser head = new CurrentUser(UUID.randomUUID(), "head-" + schoolId, "测试校长", Role.ENTERPRISE_PRINCIPAL,
                null, null, schoolId, true, false, false, "x");
        signIn(head);
        assertThatThrownBy(() -> statistics.sign(schoolId, q1, shanghai("2024-04-10T09:00")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("适用于生产经营单位");
    }

    @Test
    void signingAfterTheDueDayIsLateAndUnsignedPeriodsAreOverdueForOfficials() throws Exception {
        StatisticsPeriod q1 = StatisticsPeriod.parse("2024Q1");
        signIn(load("county.yjj"));
        assertThat(statistics.status(enterprise, q1, LocalDate.parse("2024-04-15")).state())
                .isEqualTo(PeriodStatus.State.DUE);
        assertThat(statistics.status(enterprise, q1, LocalDate.parse("2024-04-16")).state())
                .isEqualTo(PeriodStatus.State.OVERDUE);
        assertThat(overdue(q1, LocalDate.parse("2024-04-15"))).isEmpty();
        assertThat(overdue(q1, LocalDate.parse("2024-04-16"))).extracting(e -> e.id()).contains(enterprise);
        signIn(load("county.zjj"));
        assertThat(overdue(q1, LocalDate.parse("2024-04-16"))).extracting(e -> e.id())
                .doesNotContain(enterprise);

        signIn(principal);
        // 2024-04-16 00:10 Shanghai is still 04-15 in UTC: the Shanghai date decides, so it is late
        Signoff s = statistics.sign(enterprise, q1, shanghai("2024-04-16T00:10"));
        assertThat(s.late()).isTrue();
        assertThat(statistics.status(enterprise, q1, LocalDate.parse("2024-05-01")).state())
                .isEqualTo(PeriodStatus.State.SIGNED_LATE);
        signIn(load("county.yjj"));
        assertThat(overdue(q1, LocalDate.parse("2024-04-16"))).extracting(e -> e.id())
                .doesNotContain(enterprise);
        signIn(principal);
        assertThatThrownBy(() -> overdue(q1, LocalDate.parse("2024-04-16")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pagesApiAndDocumentsInScope() throws Exception {
        fixture();
        mvc.perform(get("/api/v1/hazards/statistics/enterprises/{id}/2024Q2", enterprise).with(user(load("town.aj"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.foundMajor").value(2))
                .andExpect(jsonPath("$.status.dueDate").value("2024-07-15"));
        mvc.perform(get("/api/v1/hazards/statistics/enterprises/{id}/2024Q2", enterprise).with(user(load("ent.b.boss"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/hazards/statistics/enterprises/{id}/2024Q5", enterprise).with(user(load("town.aj"))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(post("/api/v1/hazards/statistics/enterprises/{id}/2024Q2/signoff", enterprise)
                .with(user(load("town.aj")))).andExpect(status().isForbidden());
        // signing is deliberate: the page shows what is signed, with its fingerprint, and asks for confirmation
        signIn(principal);
        String hash = statistics.figures(enterprise, StatisticsPeriod.parse("2024Q2")).sha256();
        mvc.perform(get("/hazards/statistics/enterprises/{id}/2024Q2", enterprise).with(user(principal)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(hash)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"confirmed\"")));
        String signoffs = "select count(*) from hazard_statistics_signoff where enterprise_id = ?";
        mvc.perform(post("/hazards/statistics/enterprises/{id}/2024Q2/signoff", enterprise).with(user(principal))
                .param("figuresHash", hash).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "请先核对上表数据并勾选确认,再签字"));
        mvc.perform(post("/hazards/statistics/enterprises/{id}/2024Q2/signoff", enterprise).with(user(principal))
                .param("confirmed", "true").param("figuresHash", "0".repeat(64)).with(csrf()))
                .andExpect(flash().attribute("error", "统计数据在您核对后已变化,请核对最新数据后再签字"));
        assertThat(jdbc.queryForObject(signoffs, Long.class, enterprise)).isZero();
        mvc.perform(post("/hazards/statistics/enterprises/{id}/2024Q2/signoff", enterprise).with(user(principal))
                .param("confirmed", "true").param("figuresHash", hash).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("notice"));
        assertThat(jdbc.queryForObject(signoffs, Long.class, enterprise)).isEqualTo(1);
        mvc.perform(get("/hazards/statistics/enterprises/{id}", enterprise).with(user(principal)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("2024年第二季度")));
        mvc.perform(get("/hazards/statistics/enterprises/{id}/2024Q2", enterprise).with(user(load("county.yjj"))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("测试负责人")));
        // the overdue list is paged (50 a page) and other tests' enterprises share the county: look through the pages
        boolean listed = false;
        for (int p = 0; !listed; p++) {
            String html = mvc.perform(get("/hazards/statistics").param("period", "2024Q1").param("page", String.valueOf(p))
                    .with(user(load("county.yjj")))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            listed = html.contains(name);
            if (!listed && !html.contains("page=" + (p + 1))) {
                break;
            }
        }
        org.assertj.core.api.Assertions.assertThat(listed).as(name + " in the overdue list").isTrue();

        byte[] xlsx = mvc.perform(get("/hazards/statistics/enterprises/{id}/2024Q2/export.xlsx", enterprise)
                .with(user(load("town.aj")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("2024年第二季度");
            // title, unit, period, header, section 一: the count of 重大事故隐患 is a number beside its label
            assertThat(wb.getSheetAt(0).getRow(6).getCell(0).getStringCellValue()).isEqualTo("  重大事故隐患");
            assertThat(wb.getSheetAt(0).getRow(6).getCell(1).getNumericCellValue()).isEqualTo(2);
        }
        PrintedPages printed = PrintedPages.print(xlsx, "xlsx").allA4(false);
        assertThat(printed.count()).isEqualTo(1);
        assertThat(printed.text()).contains("重大事故隐患整改率50.0%").contains("九、按隐患类型").contains("测试负责人");
        byte[] docx = mvc.perform(get("/hazards/statistics/enterprises/{id}/2024Q2/export.docx", enterprise)
                .with(user(load("town.aj")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables().get(0).getText()).contains("重大事故隐患整改率").contains("50.0%");
            assertThat(doc.getParagraphs().get(doc.getParagraphs().size() - 1).getText()).contains("测试负责人");
        }
        printed = PrintedPages.print(docx, "docx").allA4(false);
        assertThat(printed.count()).isEqualTo(1);
        assertThat(printed.text()).contains("重大事故隐患整改率50.0%").contains("九、按隐患类型").contains("测试负责人")
                .contains("第1页共1页");
    }
}
