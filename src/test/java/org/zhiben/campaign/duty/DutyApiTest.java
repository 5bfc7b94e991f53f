package org.zhiben.campaign.duty;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhiben.ZhibenTest;
import org.zhiben.campaign.Campaigns;
import org.zhiben.campaign.NewPlan;
import org.zhiben.campaign.NewTask;
import org.zhiben.campaign.PlanLevel;
import org.zhiben.campaign.UnitKind;
import org.zhiben.campaign.UnitRole;
import org.zhiben.identity.CurrentUser;
import org.zhiben.inspection.AnswerInput;
import org.zhiben.inspection.AnswerResult;
import org.zhiben.inspection.Checklists;
import org.zhiben.inspection.InspectionRecords;
import org.zhiben.inspection.InspectionTasks;
import org.zhiben.inspection.TaskItem;
import tools.jackson.databind.ObjectMapper;

/**
 * The duties' API and page on the demo town plan (its 三三查 and 包联 duties at enterprise A): compliance, bad input
 * (400 beside the field, on the page beside the field), a stale version (409), scope (another town, an enterprise:
 * 404).
 */
@ZhibenTest
class DutyApiTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    LeaderDuties duties;
    @Autowired
    Campaigns campaigns;
    @Autowired
    Checklists checklists;
    @Autowired
    InspectionTasks inspectionTasks;
    @Autowired
    InspectionRecords records;

    private CurrentUser as(String username) {
        CurrentUser u = (CurrentUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return u;
    }

    /**
     * Committed, as in use: the leader's check is a 监管检查 of the engine; its finding becomes a hazard there; once the
     * record is committed the visit carries it (the listener runs after the commit).
     */
    @Test
    void theCheckRunsInTheInspectionEngineAndItsFindingBecomesAHazard() {
        try {
            UUID enterprise = as("ent.a.boss").enterpriseId();
            UUID leader = as("town.aj").id();
            UUID plan = campaigns.createPlan(new NewPlan("990101100000", PlanLevel.TOWN, "东关镇实施方案(包联检查测试)",
                    "东关镇人民政府", null, null, LocalDate.of(2024, 3, 22), LocalDate.of(2030, 12, 31), null,
                    List.of("开展党政领导干部安全生产履职能力提升行动")), null);
            UUID task = campaigns.addTask(plan, new NewTask(1, "1", "党政领导干部包联企业", Set.of(), null,
                    List.of(new NewTask.Unit(UnitRole.LEAD, UnitKind.OFFICE, null, "镇党政办")), List.of()), null);
            UUID d = duties.create(plan, new DutyData.NewDuty(DutyKind.PAIRING, task, leader, "党委书记", enterprise,
                    null, null, null, null), null);
            LeaderDuty duty = duties.duty(d);
            assertThat(duty.getFrequency()).as("enterprise A is not high-risk: quarterly")
                    .isEqualTo(DutyFrequency.QUARTER);
            assertThat(duty.getVisitsRequired()).isEqualTo(1);
            assertThat(duty.getEndDate()).isEqualTo(LocalDate.of(2030, 12, 31));

            LocalDate today = campaigns.today();
            UUID template = checklists.forSectors(Set.of("03")).get(0).id();
            UUID check = duties.arrangeVisit(d, new DutyData.NewVisit(template, today, today.plusDays(7)), null);
            assertThat(inspectionTasks.get(check).title()).startsWith("监管检查:领导包联·党委书记");
            List<TaskItem> items = inspectionTasks.items(inspectionTasks.get(check));
            List<AnswerInput> answers = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                answers.add(new AnswerInput(items.get(i).id(), i == 0 ? AnswerResult.HAZARD : AnswerResult.OK,
                        i == 0 ? "消防通道堆放杂物" : null, null));
            }
            UUID record = records.submit(check, null, answers, null);
            assertThat(records.get(record).hazardIds()).hasSize(1);
            await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> assertThat(duties.visits(d)).singleElement()
                    .satisfies(v -> {
                        assertThat(v.recordId()).isEqualTo(record);
                        assertThat(v.recordedOn()).isEqualTo(today);
                        assertThat(v.findings()).isEqualTo(1);
                    }));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private UUID plan(String like) {
        return jdbc.queryForObject("select id from campaign_plan where title like ?", UUID.class, like);
    }

    @Test
    void complianceBadInputStaleVersionAndScope() throws Exception {
        UUID town = plan("东关镇安全生产%");
        UUID xihe = plan("西河镇安全生产%");
        get("/api/v1/campaign/plans/" + town + "/duties/compliance?year=2025", "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.leaders.length()").value(1))
                .andExpect(jsonPath("$.duties.length()").value(2))
                .andExpect(jsonPath("$.duties[?(@.duty.kind == 'THREE_CHECKS')].periods.length()").value(4))
                .andExpect(jsonPath("$.duties[?(@.duty.kind == 'PAIRING')].periods.length()").value(12));
        get("/api/v1/campaign/plans/" + town + "/duties/compliance?year=99999", "town.aj")
                .andExpect(status().isBadRequest());

        Map<String, Object> duty = jdbc.queryForMap("select id, task_id, leader_user_id, enterprise_id from "
                + "campaign_duty where plan_id = ? and kind = 'PAIRING'", town);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PAIRING");
        body.put("taskId", duty.get("task_id"));
        body.put("leaderUserId", duty.get("leader_user_id"));
        body.put("leaderPost", "镇长");
        body.put("enterpriseId", duty.get("enterprise_id"));
        post("/api/v1/campaign/plans/" + town + "/duties", body, "town.aj").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("enterpriseId")));
        body.put("kind", "THREE_CHECKS");
        body.put("leaderPost", "x".repeat(51));
        post("/api/v1/campaign/plans/" + town + "/duties", body, "town.aj").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("leaderPost")));
        body.put("leaderPost", "镇长");
        body.put("kind", "NONSENSE");
        int status = post("/api/v1/campaign/plans/" + town + "/duties", body, "town.aj").andReturn().getResponse()
                .getStatus();
        org.assertj.core.api.Assertions.assertThat(status).isBetween(400, 422);

        post("/api/v1/campaign/duties/" + duty.get("id") + "/end", Map.of("version", 99, "endDate", "2026-06-30"),
                "town.aj").andExpect(status().isConflict());

        get("/api/v1/campaign/plans/" + xihe + "/duties", "town.aj").andExpect(status().isNotFound());
        get("/api/v1/campaign/plans/" + town + "/duties/compliance", "ent.a.boss").andExpect(status().isNotFound());
        get("/api/v1/campaign/duties/" + duty.get("id"), "ent.a.boss").andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/campaign/plans/" + xihe + "/duties")
                .with(user(users.loadUserByUsername("town.aj")))).andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsComplianceAndPutsMessagesBesideTheFields() throws Exception {
        UUID town = plan("东关镇安全生产%");
        mvc.perform(MockMvcRequestBuilders.get("/campaign/plans/" + town + "/duties?year=2025")
                .with(user(users.loadUserByUsername("town.aj")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("领导包联与三三查")))
                .andExpect(content().string(containsString("2025年第1季度")))
                .andExpect(content().string(containsString("id=\"duty-form\"")))
                .andExpect(content().string(containsString("安排检查")));
        mvc.perform(MockMvcRequestBuilders.post("/campaign/plans/" + town + "/duties").with(csrf())
                .with(user(users.loadUserByUsername("town.aj"))).param("kind", "PAIRING").param("leaderPost", "")
                .param("enterpriseId", "91000000000000000X")).andExpect(status().isOk())
                .andExpect(content().string(containsString("辖区内没有统一社会信用代码为 91000000000000000X 的企业")));
        mvc.perform(MockMvcRequestBuilders.get("/campaign/plans/" + town)
                .with(user(users.loadUserByUsername("town.aj")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"duty-link\"")));
    }
}
