package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.common.document.PrintedPages;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import tools.jackson.databind.ObjectMapper;

/**
 * 典型案例: 东关镇 marks a closed case and submits it to 示范县, which returns it, then accepts and publishes it;
 * 西河镇 (a sibling) sees it only once published; states, stale versions, scope and bad input.
 */
@ZhibenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypicalCaseTest {

    private static final String PASSWORD = "Demo@12345";
    private static final ItData DATA = new ItData('H');
    private static final String DONGGUAN_VILLAGE = "990101100201";
    private static final String URL = "/api/v1/enforcement/typical-cases";
    private static final String XIHE = "it.enf.typical.xihe";
    /** A 东关镇 officer with a valid 执法证 (the demo's 吴站长 has an expired one, so he cannot handle cases). */
    private static final String DONGGUAN_OFFICER = "it.enf.typical.dongguan";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    UUID closedCase;
    UUID openCase;
    UUID secondClosedCase;

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(username));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions put(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private static String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    private UUID closedCaseOf(String name, boolean close) throws Exception {
        UUID e = DATA.register(mvc, name, DONGGUAN_VILLAGE);
        UUID c = UUID.fromString(JsonPath.read(body(post("/api/v1/enforcement/cases", Map.of("enterpriseId", e,
                "title", "未按规定开展隐患排查", "facts", "未建立隐患排查治理台账"), DONGGUAN_OFFICER)
                .andExpect(status().isCreated())), "$.id"));
        if (!close) {
            return c;
        }
        act(c, Map.of("action", "INVESTIGATE", "text", "台账缺失照片"));
        String due = java.time.LocalDate.now(org.zhiben.common.Zones.CHINA).plusDays(30).toString();
        act(c, Map.of("action", "NOTIFY", "measures", List.of("RECTIFY"), "rectifyDue", due));
        act(c, Map.of("action", "STATEMENT", "text", "无异议"));
        act(c, Map.of("action", "DECIDE", "text", "责令限期整改", "measures", List.of("RECTIFY"), "rectifyDue", due));
        act(c, Map.of("action", "EXECUTE"));
        act(c, Map.of("action", "CLOSE"));
        return c;
    }

    private void act(UUID c, Map<String, Object> body) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>(body);
        m.put("version", JsonPath.read(body(get("/api/v1/enforcement/cases/" + c, DONGGUAN_OFFICER)), "$.version"));
        var r = post("/api/v1/enforcement/cases/" + c + "/actions", m, DONGGUAN_OFFICER).andReturn().getResponse();
        assertThat(r.getStatus()).as(body.get("action") + " " + r.getContentAsString()).isEqualTo(200);
    }

    @BeforeAll
    void fixtures() throws Exception {
        if (jdbc.queryForObject("select count(*) from identity_user where username = ?", Integer.class, XIHE) == 0) {
            accounts.create(new AccountForm(XIHE, "西河镇安监站 集成测试", PASSWORD, Role.OFFICIAL, "990101101000", null,
                    null, null, true, false));
        }
        if (jdbc.queryForObject("select count(*) from identity_user where username = ?", Integer.class,
                DONGGUAN_OFFICER) == 0) {
            UUID user = accounts.create(new AccountForm(DONGGUAN_OFFICER, "东关镇安监站 集成测试", PASSWORD, Role.OFFICIAL,
                    "990101100000", null, null, null, true, false));
            java.time.LocalDate today = java.time.LocalDate.now(org.zhiben.common.Zones.CHINA);
            Map<String, Object> officer = new LinkedHashMap<>();
            officer.put("userId", user);
            officer.put("certNo", "ZBIT" + user.toString().substring(0, 8));
            officer.put("validFrom", today.minusYears(1).toString());
            officer.put("validUntil", today.plusYears(2).toString());
            officer.put("regionCode", "990101100000");
            officer.put("office", "东关镇安全生产监督管理站");
            post("/api/v1/enforcement/officers", officer, "county.yjj").andExpect(status().isCreated());
        }
        closedCase = closedCaseOf("典型案例测试机械有限公司", true);
        secondClosedCase = closedCaseOf("典型案例页面测试有限公司", true);
        openCase = closedCaseOf("典型案例未结案有限公司", false);
    }

    private static Map<String, Object> text(UUID caseId) {
        Map<String, Object> m = new HashMap<>();
        if (caseId != null) {
            m.put("caseId", caseId);
        }
        m.put("title", "某机械公司未开展隐患排查被处罚案");
        m.put("summary", "执法人员检查发现该公司未建立隐患排查治理台账。");
        m.put("lessons", "企业必须落实隐患排查治理主体责任。");
        m.put("tags", List.of("隐患排查", "工贸"));
        return m;
    }

    private int version(String id, String user) throws Exception {
        return JsonPath.read(body(get(URL + "/" + id, user)), "$.version");
    }

    private ResultActions action(String id, String action, String user, Integer version, String reason)
            throws Exception {
        Map<String, Object> m = new HashMap<>();
        m.put("action", action);
        m.put("version", version == null ? version(id, user) : version);
        if (reason != null) {
            m.put("reason", reason);
        }
        return post(URL + "/" + id + "/actions", m, user);
    }

    private int audited(String id) {
        return jdbc.queryForObject("select (select count(*) from audit_pending where entity_id = ?) + (select count(*)"
                + " from audit_entry where entity_id = ?)", Integer.class, id, id);
    }

    @Test
    void aTypicalCaseGoesUpIsReturnedAcceptedAndPublishedDown() throws Exception {
        // only the office that handled the case marks it, and only once it is closed
        post(URL, text(closedCase), "county.yjj").andExpect(status().isForbidden());
        post(URL, text(openCase), "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseId"));
        post(URL, text(closedCase), XIHE).andExpect(status().isNotFound());

        String created = body(post(URL, text(closedCase), "town.aj").andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.tags[1]").value("工贸"))
                .andExpect(jsonPath("$.canEdit").value(true)));
        String id = JsonPath.read(created, "$.id");
        post(URL, text(closedCase), "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("该案件已列为典型案例"));

        // a draft is its office's own
        get(URL + "/" + id, "county.yjj").andExpect(status().isNotFound());
        get(URL + "/" + id, XIHE).andExpect(status().isNotFound());

        // revise: stale version 409
        Map<String, Object> revised = text(null);
        revised.put("summary", "执法人员四不两直检查发现该公司未建立隐患排查治理台账。");
        revised.put("version", 99);
        put(URL + "/" + id, revised, "town.aj").andExpect(status().isConflict());
        revised.put("version", version(id, "town.aj"));
        put(URL + "/" + id, revised, "town.aj").andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value(containsString("四不两直")));

        action(id, "SUBMIT", "town.aj", null, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUBMITTED"))
                .andExpect(jsonPath("$.submittedTo").value("990101000000"))
                .andExpect(jsonPath("$.canEdit").value(false));
        // editing after submission is refused
        revised.put("version", version(id, "town.aj"));
        put(URL + "/" + id, revised, "town.aj").andExpect(status().isBadRequest());

        // the county (submitted to) reviews; the city sees it in its jurisdiction but may not review;
        // the sibling town and the 住建 department (another sector) do not see it
        get(URL + "/" + id, "county.yjj").andExpect(status().isOk()).andExpect(jsonPath("$.canReview").value(true));
        get(URL + "/" + id, "city.yjj").andExpect(status().isOk()).andExpect(jsonPath("$.canReview").value(false));
        action(id, "ACCEPT", "city.yjj", null, null).andExpect(status().isForbidden());
        get(URL + "/" + id, XIHE).andExpect(status().isNotFound());
        get(URL + "/" + id, "county.zjj").andExpect(status().isNotFound());
        action(id, "ACCEPT", XIHE, 0, null).andExpect(status().isNotFound());
        get(URL + "?box=RECEIVED&size=500", "county.yjj").andExpect(jsonPath("$.content[*].id", hasItem(id)));
        get(URL + "?box=RECEIVED&size=500", XIHE).andExpect(jsonPath("$.content[*].id", not(hasItem(id))));

        // returned with a reason (required), revised, submitted again
        action(id, "RETURN", "county.yjj", null, " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        action(id, "RETURN", "county.yjj", null, "x".repeat(501)).andExpect(status().isBadRequest());
        action(id, "RETURN", "county.yjj", null, "请补充处罚依据").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RETURNED"))
                .andExpect(jsonPath("$.returnReason").value("请补充处罚依据"));
        action(id, "PUBLISH", "county.yjj", null, null).andExpect(status().isBadRequest());
        revised.put("lessons", "企业必须落实隐患排查治理主体责任,依据《安全生产法》第一百零二条处罚。");
        revised.put("version", version(id, "town.aj"));
        put(URL + "/" + id, revised, "town.aj").andExpect(status().isOk());
        action(id, "SUBMIT", "town.aj", null, null).andExpect(status().isOk());

        // accepted (stale version 409 first), then published by the county only
        int v = version(id, "county.yjj");
        action(id, "ACCEPT", "county.yjj", v - 1, null).andExpect(status().isConflict());
        action(id, "ACCEPT", "county.yjj", v, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED")).andExpect(jsonPath("$.returnReason").isEmpty());
        action(id, "ACCEPT", "county.yjj", null, null).andExpect(status().isBadRequest());
        action(id, "PUBLISH", "town.aj", null, null).andExpect(status().isForbidden());
        get(URL + "/" + id, XIHE).andExpect(status().isNotFound());
        action(id, "PUBLISH", "county.yjj", null, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PUBLISHED"));

        // published: the offices below the county see it, the sibling town included; still not the 住建 department
        get(URL + "/" + id, XIHE).andExpect(status().isOk()).andExpect(jsonPath("$.canReview").value(false));
        get(URL + "?box=PUBLISHED&size=500", XIHE).andExpect(jsonPath("$.content[*].id", hasItem(id)));
        get(URL + "/" + id, "county.zjj").andExpect(status().isNotFound());
        get(URL + "/" + id, "ent.a.boss").andExpect(status().isForbidden());

        // created, revised twice, submitted twice, returned, accepted, published: 8 audit entries
        assertThat(audited(id)).isEqualTo(8);

        byte[] docx = mvc.perform(MockMvcRequestBuilders.get(URL + "/" + id + "/docx").with(httpBasic(XIHE, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PrintedPages.assumeLibreOffice();
        PrintedPages pages = PrintedPages.print(docx, "docx").allA4(false);
        assertThat(pages.text()).contains("典型案例", "某机械公司未开展隐患排查被处罚案", "警示意义", "第一百零二条");
    }

    @Test
    void badInputIsRefusedBesideItsFieldAndNothingIsWritten() throws Exception {
        Map<String, Object> m = text(secondClosedCase);
        m.put("title", " ");
        post(URL, m, "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")));
        m = text(secondClosedCase);
        m.put("summary", "长".repeat(4001));
        post(URL, m, "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("summary")));
        m = text(secondClosedCase);
        m.put("tags", List.of());
        post(URL, m, "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tags"));
        m.put("tags", List.of("一", "二", "三", "四", "五", "六", "七", "八", "九"));
        post(URL, m, "town.aj").andExpect(status().isBadRequest());
        m.put("tags", List.of("标签,含逗号"));
        post(URL, m, "town.aj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tags[0]"));
        m.put("tags", List.of("长".repeat(21)));
        post(URL, m, "town.aj").andExpect(status().isBadRequest());
        m.put("tags", List.of("ok"));
        m.put("caseId", UUID.randomUUID());
        post(URL, m, "town.aj").andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from enforcement_typical_case where case_id = ?",
                Integer.class, secondClosedCase)).isZero();
        post(URL + "/" + UUID.randomUUID() + "/actions", Map.of("action", "SUBMIT", "version", 0), "town.aj")
                .andExpect(status().isNotFound());
        get(URL + "?state=NOPE", "town.aj").andExpect(status().isBadRequest());

        // the page form puts the message beside the field and keeps what was typed
        mvc.perform(MockMvcRequestBuilders.post("/enforcement/typical-cases").with(as("town.aj")).with(csrf())
                .param("idempotencyKey", UUID.randomUUID().toString()).param("caseId", secondClosedCase.toString())
                .param("title", "页面典型案例").param("summary", "").param("lessons", "警示")
                .param("tags", "工贸,隐患")).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写案情简介")))
                .andExpect(content().string(containsString("页面典型案例")));
        mvc.perform(MockMvcRequestBuilders.post("/enforcement/typical-cases").with(as("town.aj")).with(csrf())
                .param("idempotencyKey", UUID.randomUUID().toString()).param("caseId", secondClosedCase.toString())
                .param("title", "页面典型案例").param("summary", "案情").param("lessons", "警示")
                .param("tags", "工贸,隐患")).andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/typical-cases").param("box", "MINE").with(as("town.aj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面典型案例")))
                .andExpect(content().string(containsString("table-cards")));
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/cases/" + secondClosedCase).with(as("town.aj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("典型案例(拟报送)")));
        mvc.perform(MockMvcRequestBuilders.get("/enforcement/typical-cases").with(as(XIHE)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("页面典型案例"))));
    }
}
