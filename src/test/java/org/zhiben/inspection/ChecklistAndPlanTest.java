package org.zhiben.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.risk.CheckCycleUnit;

/** The checklist library as data, plans (major-hazard cadence by high-risk flag), rates and the phone pages. */
@ZhibenTest
class ChecklistAndPlanTest {

    static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    Checklists checklists;
    @Autowired
    InspectionSchedules schedules;
    @Autowired
    InspectionTasks tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    CurrentUser signIn(String username) {
        CurrentUser u = (CurrentUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return u;
    }

    @Test
    void theGeneralMajorHazardItemsShipWithTheirArticles() {
        TemplateView t = checklists.byCode("GM-MAJOR-GENERAL").orElseThrow();
        assertThat(t.items()).hasSize(3).allMatch(TemplateView.Item::major);
        assertThat(t.items()).extracting(TemplateView.Item::basisArticle)
                .containsExactly("第三条第(一)项", "第三条第(二)项", "第三条第(三)项");
        assertThat(t.items().get(0).basisDocument()).contains("应急管理部令第10号");
        assertThat(t.sectors()).containsExactly("03");
        TemplateView small = checklists.byCode("SMALL-GENERAL").orElseThrow();
        assertThat(small.sectors()).isEmpty();
        assertThat(small.items()).extracting(TemplateView.Item::content).anyMatch(c -> c.contains("特种作业"))
                .anyMatch(c -> c.contains("疏散通道")).anyMatch(c -> c.contains("应急救援预案"));
        assertThat(checklists.forSectors(java.util.Set.of("02"))).extracting(TemplateView::code)
                .contains("SMALL-GENERAL").doesNotContain("GM-MAJOR-GENERAL");
    }

    @Test
    void aSectorListIsImportedAsDataExportedAndReplaced() throws Exception {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = """
                code: %s
                name: 粉尘涉爆企业检查表(测试)
                sectors: ["03"]
                items:
                  - content: 除尘系统按规定设置锁气卸灰装置
                    basis: { document: 工贸企业重大事故隐患判定标准, article: 第十七条 }
                    major: true
                    type: EQUIPMENT
                  - content: 作业现场积尘及时清理
                """.formatted(code);
        String ids = mvc.perform(post("/api/v1/inspection/templates/import").with(httpBasic("admin", PASSWORD))
                .contentType("application/yaml").content(yaml.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ids).contains("ids");
        TemplateView t = checklists.byCode(code).orElseThrow();
        assertThat(t.items()).hasSize(2);
        assertThat(t.items().get(0).major()).isTrue();
        assertThat(t.items().get(1).code()).isEqualTo("2");
        String exported = mvc.perform(get("/api/v1/inspection/templates/export?ids=" + t.id())
                .with(httpBasic("ent.a.worker", PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported).contains("code: " + code).contains("第十七条").contains("major: true");
        // the export imports back unchanged; a third item replaces the list
        mvc.perform(post("/api/v1/inspection/templates/import").with(httpBasic("admin", PASSWORD))
                .contentType("application/yaml").content(exported.replace("  - code: '2'", "  - code: '3'\n"
                        + "    content: 新增一项\n  - code: '2'").getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk());
        assertThat(checklists.byCode(code).orElseThrow().items()).hasSize(3);
        assertThat(checklists.byCode(code).orElseThrow().version()).isEqualTo(t.version() + 1);
    }

    @Test
    void badChecklistFilesAreRefusedWithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/inspection/templates/import").with(httpBasic("admin", PASSWORD))
                .contentType("application/yaml").content("code: X1\nname: 坏表\nsectors: [\"77\"]\nitems:\n  - major: yes-ish\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("sectors",
                        "items[0].content", "items[0].major")));
        mvc.perform(post("/api/v1/inspection/templates/import").with(httpBasic("admin", PASSWORD))
                .contentType("application/yaml").content("a: &x [1]\nb: *x\n"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/inspection/templates/import").with(httpBasic("admin", PASSWORD))
                .contentType("application/yaml").content("{{{"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(post("/api/v1/inspection/templates/import").with(httpBasic("county.yjj", PASSWORD))
                .contentType("application/yaml").content("code: X2\nname: n\nitems:\n  - content: c\n"))
                .andExpect(status().isForbidden());
        assertThat(checklists.byCode("X2")).isEmpty();
        // the page shows the errors beside the upload
        mvc.perform(multipart("/inspection/checklists/import").file(new MockMultipartFile("file", "x.yaml",
                "application/yaml", "name: 无编码\nitems: []\n".getBytes(StandardCharsets.UTF_8)))
                .with(user(users.loadUserByUsername("admin"))).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("errors")));
    }

    @Test
    void theMajorHazardInspectionIsQuarterlyButMonthlyForAHighRiskEnterprise() {
        UUID general = checklists.byCode("SMALL-GENERAL").orElseThrow().id();
        UUID a = signIn("ent.a.boss").enterpriseId();
        UUID planA = schedules.addPlan(a, new PlanData(PlanKind.MAJOR_HAZARD, general, WorkdayType.EVERY_DAY, null,
                null), null);
        assertThat(schedules.get(planA).cycle()).isEqualTo(3);
        assertThat(schedules.get(planA).cycleUnit()).isEqualTo(CheckCycleUnit.MONTH);
        UUID b = signIn("ent.b.boss").enterpriseId();
        UUID planB = schedules.addPlan(b, new PlanData(PlanKind.MAJOR_HAZARD, general, WorkdayType.EVERY_DAY, null,
                null), "plan-b-" + UUID.randomUUID());
        assertThat(schedules.get(planB).cycle()).isEqualTo(1);
        UUID weekly = schedules.addPlan(b, new PlanData(PlanKind.DEPARTMENT_WEEKLY, general, WorkdayType.WORKDAY,
                "罐区班组", null), null);
        assertThat(schedules.get(weekly).cycleUnit()).isEqualTo(CheckCycleUnit.WEEK);
        try {
            schedules.addPlan(b, new PlanData(PlanKind.PLANT_MONTHLY, UUID.randomUUID(), null, null, null), null);
        } catch (InvalidInputException e) {
            assertThat(e.violations()).extracting(v -> v.field()).contains("templateId", "workdayType");
        }
        signIn("ent.a.worker");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schedules.addPlan(a, new PlanData(
                PlanKind.TEAM_DAILY, general, WorkdayType.EVERY_DAY, null, null), null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signIn("ent.b.boss");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schedules.get(planA))
                .isInstanceOf(org.zhiben.common.NotFoundException.class);
    }

    @Test
    void schoolsClinicsVillagesAndTemplesKeepNoDailyWeeklyMonthlyPlans() {
        UUID general = checklists.byCode("SMALL-GENERAL").orElseThrow().id();
        UUID school = jdbc.queryForList("select id from directory_enterprise where unit_type = 'SCHOOL'", UUID.class)
                .get(0);
        CurrentUser head = new CurrentUser(UUID.randomUUID(), "head", "测试校长", Role.ENTERPRISE_PRINCIPAL, null,
                null, school, true, false, false, "x");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(head, null, head.getAuthorities()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schedules.addPlan(school, new PlanData(
                PlanKind.MAJOR_HAZARD, general, WorkdayType.EVERY_DAY, null, null), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("适用于生产经营单位");
        assertThat(jdbc.queryForObject("select count(*) from inspection_schedule where enterprise_id = ?",
                Long.class, school)).isZero();
    }

    @Test
    void ratesCountDoneAndMissedApartFromBaobaoWithinScope() throws Exception {
        UUID enterprise = UUID.randomUUID();
        LocalDate due = LocalDate.of(2024, 5, 6);
        insertTask(enterprise, "DAILY", false, "DONE", "岗位甲", due);
        insertTask(enterprise, "DAILY", false, "MISSED", "岗位甲", due);
        insertTask(enterprise, "DAILY", false, "DONE", null, due);
        insertTask(enterprise, "BAOBAO_TECHNICAL", true, "MISSED", null, due);
        signIn("county.yjj");
        CompletionRates rates = tasks.rates(due, due, null);
        RateRow daily = rates.byType().stream().filter(r -> r.key().equals("DAILY")).findFirst().orElseThrow();
        assertThat(daily.done()).isGreaterThanOrEqualTo(2);
        RateRow position = rates.byPosition().stream().filter(r -> r.key().equals("岗位甲")).findFirst().orElseThrow();
        assertThat(position.done()).isEqualTo(1);
        assertThat(position.missed()).isEqualTo(1);
        assertThat(position.rate()).isEqualTo(50.0);
        assertThat(rates.baobaoByType()).extracting(RateRow::key).contains("BAOBAO_TECHNICAL");
        assertThat(rates.byType()).extracting(RateRow::key).doesNotContain("BAOBAO_TECHNICAL");
        // an enterprise user sees only its own enterprise: none of these
        signIn("ent.b.boss");
        assertThat(tasks.rates(due, due, null).byPosition()).extracting(RateRow::key).doesNotContain("岗位甲");
        mvc.perform(get("/inspection/rates?from=2024-05-01&to=2024-05-31")
                .with(user(users.loadUserByUsername("county.yjj")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("岗位甲")));
        mvc.perform(get("/api/v1/inspection/rates?from=2024-05-31&to=2024-05-01")
                .with(httpBasic("county.yjj", PASSWORD))).andExpect(status().isBadRequest());
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    /**
     * A closed task written straight into the table, announced like a real closing so the statistics count it (the
     * shared context's dashboards must keep matching their lists, see FigureListsTest).
     */
    private void insertTask(UUID enterprise, String type, boolean baobao, String status, String position,
            LocalDate due) {
        tx.executeWithoutResult(s -> insertTaskRow(enterprise, type, baobao, status, position, due));
    }

    private void insertTaskRow(UUID enterprise, String type, boolean baobao, String status, String position,
            LocalDate due) {
        UUID id = UUID.randomUUID();
        java.sql.Timestamp start = java.sql.Timestamp.from(due.atStartOfDay(Zones.CHINA).toInstant());
        java.sql.Timestamp end = java.sql.Timestamp.from(due.plusDays(1).atStartOfDay(Zones.CHINA).toInstant());
        events.publishEvent(new InspectionTaskClosed(id, enterprise, "990101100000", java.util.Set.of("03"),
                TaskType.valueOf(type), baobao, due, TaskStatus.valueOf(status), end.toInstant()));
        jdbc.update("insert into inspection_task (id, source_id, period_key, enterprise_id, region_code, sectors,"
                + " task_type, baobao, title, assignee_position, window_start, window_end, due_date, status, version,"
                + " created_at) values (?, ?, ?, ?, '990101100000', ',03,', ?, ?, '测试任务', ?, ?, ?, ?, ?, 0, ?)",
                id, id, due.toString(), enterprise, type, baobao, position, start, end, java.sql.Date.valueOf(due),
                status, start);
    }

    @Test
    void theWorkerOpensAUnitByItsQrLinkAndSeesTheChecklistForm() throws Exception {
        CurrentUser safety = signIn("ent.a.safety");
        LocalDate today = LocalDate.now(Zones.CHINA);
        tasks.generate(today);
        UUID workerId = ((CurrentUser) users.loadUserByUsername("ent.a.worker")).id();
        // an open check of a control measure that the worker may do: a daily one, or the 包保 check they hold
        Map<String, Object> open = jdbc.queryForList("select id, unit_id from inspection_task where enterprise_id = ?"
                + " and measure_id is not null and status = 'OPEN' and window_start <= ? and window_end > ? and"
                + " (task_type = 'DAILY' or assignee_user_id = ?) order by id", safety.enterpriseId(),
                java.sql.Timestamp.from(java.time.Instant.now()), java.sql.Timestamp.from(java.time.Instant.now()),
                workerId).get(0);
        UUID unit = (UUID) open.get("unit_id");
        var worker = user(users.loadUserByUsername("ent.a.worker"));
        mvc.perform(get("/inspection/units/" + unit).with(worker)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-task")));
        mvc.perform(get("/inspection/units/" + unit + "/qr.png").with(worker)).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get("/inspection/units/" + unit).with(user(users.loadUserByUsername("ent.b.boss"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inspection/today").with(worker)).andExpect(status().isOk());
        signIn("ent.a.worker");
        assertThat(tasks.ofUnit(unit, today)).extracting(TaskView::id).contains((UUID) open.get("id"));
        mvc.perform(get("/inspection/tasks/" + open.get("id")).with(worker)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("capture=\"environment\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("idempotencyKey")));
        mvc.perform(get("/inspection/calendar?year=2026").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("国庆节")));
        mvc.perform(get("/inspection/calendar?year=999999999").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("年份应在1900至2999之间")));
        // a day beyond the window: its message beside the field, what was typed kept; a year without days says so
        String refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/inspection/calendar").with(user(users.loadUserByUsername("admin")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf())
                        .param("day", "2999-01-01").param("workday", "true").param("note", "远期调休"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("日期应在").contains("value=\"2999-01-01\"").contains("value=\"远期调休\"")
                .containsPattern("id=\"cal-day\"[^>]*is-invalid|is-invalid[^>]*id=\"cal-day\"");
        mvc.perform(get("/inspection/calendar?year=2090").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("2090年暂无登记的节假日或调休上班日")));
        mvc.perform(get("/inspection/checklists").with(worker)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("GM-MAJOR-GENERAL")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/inspection/checklists/export")));
        // the page's export works with the page's session (the API's takes Basic or a token)
        mvc.perform(get("/inspection/checklists/export").with(worker)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("GM-MAJOR-GENERAL")));
    }
}
