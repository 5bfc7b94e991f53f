package org.zhiben.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.zhiben.ZhibenTest;
import tools.jackson.databind.ObjectMapper;

/** Item 7: a drill's findings (不足) become hazards of the enterprise, once per finding, in scope. */
@ZhibenTest
class TrainingDrillHazardTest {

    private static final String PASSWORD = "Demo@12345";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private ResultActions send(String method, String url, Object body, String user) throws Exception {
        var r = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), url)
                .with(httpBasic(user, PASSWORD));
        if (body != null) {
            r.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(r);
    }

    private static String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    private String drill(String shortfalls, String improvements) throws Exception {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", "EVACUATION");
        d.put("areaType", "PRODUCTION");
        d.put("heldOn", LocalDate.now().minusDays(3).toString());
        d.put("scenario", "测试车间火灾疏散-" + UUID.randomUUID().toString().substring(0, 6));
        d.put("participants", "测试班组全体");
        d.put("participantCount", 12);
        d.put("shortfalls", shortfalls);
        d.put("improvements", improvements);
        return JsonPath.read(body(send("POST", "/api/v1/training/drills", d, "ent.a.safety")
                .andExpect(status().isCreated())), "$.id");
    }

    private long audits(String hazardLink) {
        return jdbc.queryForObject("select (select count(*) from audit_entry where entity_type = 'TrainingDrillHazard'"
                + " and entity_id = ?) + (select count(*) from audit_pending where entity_type = 'TrainingDrillHazard'"
                + " and entity_id = ?)", Long.class, hazardLink, hazardLink);
    }

    @Test
    void findingsAreSplitByLineAndSemicolon() {
        assertThat(Drills.findingItems(" 灭火器压力不足 \n\n疏散通道堆放杂物；广播听不清;  ")).containsExactly("灭火器压力不足",
                "疏散通道堆放杂物", "广播听不清");
        assertThat(Drills.findingItems("")).isEmpty();
        assertThat(Drills.findingItems(null)).isEmpty();
    }

    @Test
    void aFindingBecomesAHazardOnceWithTheLinkAndTheLiveStateOnTheDrill() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = drill("灭火器压力不足\n疏散通道堆放杂物" + tag + "；应急广播听不清", "每月检查灭火器压力;清理通道");
        String detail = body(send("GET", "/api/v1/training/drills/" + id, null, "ent.a.safety")
                .andExpect(status().isOk()));
        assertThat((List<String>) JsonPath.read(detail, "$.findings[*].text")).containsExactly("灭火器压力不足",
                "疏散通道堆放杂物" + tag, "应急广播听不清");
        assertThat((List<Object>) JsonPath.read(detail, "$.findings[*].hazardId")).containsOnlyNulls();

        String first = body(send("POST", "/api/v1/training/drills/" + id + "/findings/2/hazard", null, "ent.a.safety")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.created").value(true)));
        String hazardId = JsonPath.read(first, "$.hazardId");
        String hazard = body(send("GET", "/api/v1/hazards/" + hazardId, null, "ent.a.safety")
                .andExpect(status().isOk()));
        assertThat(hazard).contains("疏散通道堆放杂物").contains("每月检查灭火器压力").contains("REPORTED")
                .doesNotContain("应急广播听不清");

        // a double submit answers the same hazard and creates nothing
        send("POST", "/api/v1/training/drills/" + id + "/findings/2/hazard", null, "ent.a.safety")
                .andExpect(status().isOk()).andExpect(jsonPath("$.hazardId").value(hazardId))
                .andExpect(jsonPath("$.created").value(false));
        assertThat(jdbc.queryForObject("select count(*) from training_drill_hazard where drill_id = ?", Long.class,
                UUID.fromString(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard where description like ?", Long.class,
                "%疏散通道堆放杂物" + tag + "%")).isEqualTo(1);
        UUID link = jdbc.queryForObject("select id from training_drill_hazard where drill_id = ?", UUID.class,
                UUID.fromString(id));
        assertThat(audits(link.toString())).isEqualTo(1);

        detail = body(send("GET", "/api/v1/training/drills/" + id, null, "ent.a.safety").andExpect(status().isOk()));
        assertThat((String) JsonPath.read(detail, "$.findings[1].hazardId")).isEqualTo(hazardId);
        assertThat((String) JsonPath.read(detail, "$.findings[1].hazardState")).isEqualTo("REPORTED");
        assertThat((Object) JsonPath.read(detail, "$.findings[0].hazardId")).isNull();

        // the drill page shows the link with the hazard's state
        String html = mvc.perform(get("/training/drills").with(user(users.loadUserByUsername("ent.a.safety"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/hazards/" + hazardId).contains("隐患:已上报");
    }

    @Test
    void anotherEnterpriseGets404AWorkerIsRefusedAndAMissingItemIs400() throws Exception {
        String id = drill("消防泵启动慢", "");
        send("GET", "/api/v1/training/drills/" + id, null, "ent.b.boss").andExpect(status().isNotFound());
        send("POST", "/api/v1/training/drills/" + id + "/findings/1/hazard", null, "ent.b.boss")
                .andExpect(status().isNotFound());
        send("POST", "/api/v1/training/drills/" + UUID.randomUUID() + "/findings/1/hazard", null, "ent.a.safety")
                .andExpect(status().isNotFound());
        send("POST", "/api/v1/training/drills/" + id + "/findings/1/hazard", null, "ent.a.worker")
                .andExpect(status().isForbidden());
        send("POST", "/api/v1/training/drills/" + id + "/findings/2/hazard", null, "ent.a.safety")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("itemNo"));
        send("POST", "/api/v1/training/drills/" + id + "/findings/0/hazard", null, "ent.a.safety")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("select count(*) from training_drill_hazard where drill_id = ?", Long.class,
                UUID.fromString(id))).isZero();
        // the page form: a second post does not report twice
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/training/drills/" + id + "/findings/1/hazard")
                    .with(user(users.loadUserByUsername("ent.a.safety"))).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("select count(*) from training_drill_hazard where drill_id = ?", Long.class,
                UUID.fromString(id))).isEqualTo(1);
        mvc.perform(post("/training/drills/" + id + "/findings/1/hazard")
                .with(user(users.loadUserByUsername("ent.b.boss"))).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aDoubleTapAtOnceRaisesOneHazardAndAnswersItToBoth() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String id = drill("消防水带老化" + tag, "更换水带");
        int taps = 4;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(taps);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(taps);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < taps; i++) {
            answers.add(pool.submit(() -> {
                together.await();
                return send("POST", "/api/v1/training/drills/" + id + "/findings/1/hazard", null, "ent.a.safety")
                        .andReturn().getResponse().getStatus();
            }));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard where description like ?", Long.class,
                "%消防水带老化" + tag + "%")).isEqualTo(1);
    }
}
