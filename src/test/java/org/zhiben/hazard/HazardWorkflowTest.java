package org.zhiben.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhiben.hazard.HazardApi.action;
import static org.zhiben.hazard.HazardApi.confirm;
import static org.zhiben.hazard.HazardApi.report;
import static org.zhiben.hazard.HazardApi.with;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.Zones;
import org.zhiben.identity.CurrentUser;
import org.zhiben.notify.Notice;
import tools.jackson.databind.ObjectMapper;

/** The closed loop through the API: transitions, guards, bad input, idempotency, conflicts, scope and events. */
@ZhibenTest
@RecordApplicationEvents
class HazardWorkflowTest {

    static final String WORKER = "ent.a.worker";
    static final String SAFETY = "ent.a.safety";
    static final String BOSS = "ent.a.boss";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationEvents events;
    @Autowired
    JdbcTemplate jdbc;

    HazardApi api;
    UUID a;
    UUID worker;
    LocalDate today;

    @BeforeEach
    void setUp() {
        api = new HazardApi(mvc, json);
        CurrentUser w = (CurrentUser) users.loadUserByUsername(WORKER);
        a = w.enterpriseId();
        worker = w.id();
        today = LocalDate.now(Zones.CHINA);
    }

    private int v(String id) throws Exception {
        return api.version(id, WORKER);
    }

    private String reported(String description) throws Exception {
        return api.create(report(a, "DAILY", description, List.of(api.photo(WORKER))), WORKER);
    }

    @Test
    void workerReportsSafetyManagerConfirmsWorkerRectifiesAndManagerAccepts() throws Exception {
        String id = reported("冲床光电保护失效");
        api.get("/api/v1/hazards/" + id, WORKER).andExpect(jsonPath("$.state").value("REPORTED"))
                                .andExpect(jsonPath("$.photos", hasSize(1)))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("CONFIRM"))))
                .andExpect(jsonPath("$.allowedActions", hasItem("ADD_PHOTO")));
        api.transition(id, WORKER, confirm(v(id), "GENERAL", today.plusDays(7), worker)).andExpect(status().isForbidden());
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.allowedActions", hasItem("CONFIRM")));

        // the 五定 phone is a phone number (mobile, landline with area code and extension), nothing else
        Map<String, Object> badPhone = new java.util.HashMap<>(confirm(v(id), "GENERAL", today.plusDays(7), worker));
        for (String phone : List.of("请打电话", "1234", "<script>")) {
            badPhone.put("responsiblePhone", phone);
            api.transition(id, SAFETY, badPhone).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("responsiblePhone"));
        }

        events.clear();
        Map<String, Object> good = new java.util.HashMap<>(confirm(v(id), "GENERAL", today.plusDays(7), worker));
        good.put("responsiblePhone", "0371-6588 1234-808");
        api.transition(id, SAFETY, good).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CONFIRMED"))
                .andExpect(jsonPath("$.responsibleName").value("郑操作"))
                .andExpect(jsonPath("$.deadline").value(today.plusDays(7).toString()));
        HazardChanged changed = events.stream(HazardChanged.class).filter(e -> e.hazardId().toString().equals(id))
                .findFirst().orElseThrow();
        assertThat(changed.before().state()).isEqualTo(HazardState.REPORTED);
        assertThat(changed.before().deadline()).isNull();
        assertThat(changed.after().state()).isEqualTo(HazardState.CONFIRMED);
        assertThat(changed.after().deadline()).isEqualTo(today.plusDays(7));
        assertThat(changed.after().sectors()).isEqualTo(",03,");
        assertThat(changed.after().enterpriseId()).isEqualTo(a);

        api.get("/api/v1/hazards/" + id, WORKER).andExpect(jsonPath("$.allowedActions", hasItem("START")));
        api.transition(id, WORKER, action("START", v(id))).andExpect(jsonPath("$.state").value("RECTIFYING"));
        api.transition(id, WORKER, with(action("SUBMIT", v(id)), "rectification", "已更换光电保护"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("afterPhotos"));
        api.transition(id, WORKER, with(action("SUBMIT", v(id)), "rectification", "已更换光电保护", "cost", 1200,
                "afterPhotos", List.of(api.photo(WORKER)))).andExpect(jsonPath("$.state").value("AWAITING_ACCEPTANCE"));
        api.transition(id, WORKER, action("ACCEPT", v(id))).andExpect(status().isForbidden());
        events.clear();
        api.transition(id, SAFETY, with(action("ACCEPT", v(id)), "note", "验收合格"))
                .andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.closedOn").value(today.toString()))
                .andExpect(jsonPath("$.timeline", hasSize(5)))
                .andExpect(jsonPath("$.photos", hasSize(2)));
        HazardChanged closed = events.stream(HazardChanged.class).filter(e -> e.hazardId().toString().equals(id))
                .findFirst().orElseThrow();
        assertThat(closed.before().state()).isEqualTo(HazardState.AWAITING_ACCEPTANCE);
        assertThat(closed.after().closedOn()).isEqualTo(today);
        assertThat(audit.historyOf("Hazard", id)).hasSize(5);
        api.transition(id, SAFETY, action("FAIL", v(id))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("action"));
    }

    @Test
    void creationPublishesFactsWithoutBefore() throws Exception {
        events.clear();
        String id = reported("创建事件");
        HazardChanged created = events.stream(HazardChanged.class).filter(e -> e.hazardId().toString().equals(id))
                .findFirst().orElseThrow();
        assertThat(created.before()).isNull();
        assertThat(created.after().state()).isEqualTo(HazardState.REPORTED);
        assertThat(created.after().level()).isEqualTo(HazardLevel.GENERAL);
        assertThat(created.after().foundOn()).isEqualTo(today);
        assertThat(created.after().regionCode()).startsWith("990101");
    }

    @Test
    void failedAcceptanceReturnsToRectifying() throws Exception {
        String id = reported("验收不通过");
        api.transition(id, SAFETY, confirm(v(id), "GENERAL", today.plusDays(3), null)).andExpect(status().isOk());
        api.transition(id, SAFETY, action("START", v(id))).andExpect(status().isOk());
        api.transition(id, SAFETY, with(action("SUBMIT", v(id)), "rectification", "已整改", "afterPhotos",
                List.of(api.photo(SAFETY)))).andExpect(status().isOk());
        api.transition(id, SAFETY, action("FAIL", v(id))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.transition(id, SAFETY, with(action("FAIL", v(id)), "reason", "防护罩未固定"))
                .andExpect(jsonPath("$.state").value("RECTIFYING"))
                .andExpect(jsonPath("$.timeline[4].note").value("防护罩未固定"));
    }

    @Test
    void rejectionNeedsAReason() throws Exception {
        String id = reported("重复的报告");
        api.transition(id, WORKER, with(action("REJECT", v(id)), "rejectionKind", "DUPLICATE", "reason", "与上周重复"))
                .andExpect(status().isForbidden());
        api.transition(id, SAFETY, with(action("REJECT", v(id)), "rejectionKind", "DUPLICATE"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.transition(id, SAFETY, with(action("REJECT", v(id)), "rejectionKind", "DUPLICATE", "reason", "与上周重复"))
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("与上周重复"))
                .andExpect(jsonPath("$.allowedActions", hasSize(0)));
    }

    @Test
    void immediateFixClosesInOneStepWithBothPhotos() throws Exception {
        var body = with(report(a, "DAILY", "灭火器压力不足", List.of(api.photo(WORKER))), "manageType", "IMMEDIATE",
                "rectification", "当场更换灭火器");
        api.post("/api/v1/hazards", body, WORKER).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("afterPhotos"));
        body = with(report(a, "DAILY", "灭火器压力不足", List.of(api.photo(WORKER))), "manageType", "IMMEDIATE",
                "rectification", "当场更换灭火器", "afterPhotos", List.of(api.photo(WORKER)));
        String id = api.create(body, WORKER);
        api.get("/api/v1/hazards/" + id, WORKER).andExpect(jsonPath("$.state").value("CLOSED"))
                .andExpect(jsonPath("$.manageType").value("IMMEDIATE"))
                .andExpect(jsonPath("$.photos", hasSize(2)))
                .andExpect(jsonPath("$.timeline[1].action").value("FIX_IMMEDIATELY"));
    }

    @Test
    void badInputIsRejectedWithFieldErrors() throws Exception {
        String id = reported("时限在过去");
        api.transition(id, SAFETY, confirm(v(id), "GENERAL", today.minusDays(1), null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("deadline"));
        api.post("/api/v1/hazards", with(report(a, "DAILY", " ", List.of()), "factorCode", "5123", "type", null),
                WORKER).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("description")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("factorCode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("type")));
        api.post("/api/v1/hazards", report(a, "SUPERVISION", "企业不能用监管来源", List.of()), WORKER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("source"));
        api.upload("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "x.png", WORKER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        String othersPhoto = api.photo(SAFETY);
        api.post("/api/v1/hazards", report(a, "DAILY", "别人的照片", List.of(othersPhoto)), WORKER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("beforePhotos"));
    }

    @Test
    void unitAndMeasureMustBeTheEnterprisesOwnAndBelongTogether() throws Exception {
        Map<String, Object> own = jdbc.queryForMap("select e.unit_id as unit, m.id as measure from risk_control_measure m"
                + " join risk_event e on e.id = m.event_id where m.enterprise_id = ? order by m.id fetch first 1 rows only", a);
        UUID ownUnit = (UUID) own.get("unit");
        UUID ownMeasure = (UUID) own.get("measure");
        UUID otherUnitOfA = jdbc.queryForObject("select id from risk_analysis_unit where enterprise_id = ? and id <> ?"
                + " order by id fetch first 1 rows only", UUID.class, a, ownUnit);
        UUID b = ((CurrentUser) users.loadUserByUsername("ent.b.boss")).enterpriseId();
        UUID unitOfB = jdbc.queryForObject("select id from risk_analysis_unit where enterprise_id = ?"
                + " order by id fetch first 1 rows only", UUID.class, b);
        long before = jdbc.queryForObject("select count(*) from hazard_hazard", Long.class);

        api.post("/api/v1/hazards", with(report(a, "DAILY", "别家的单元", List.of()), "unitId", unitOfB), WORKER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitId"));
        api.post("/api/v1/hazards", with(report(a, "DAILY", "不存在的措施", List.of()), "measureId", UUID.randomUUID()),
                WORKER).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("measureId"));
        api.post("/api/v1/hazards", with(report(a, "DAILY", "措施不属于单元", List.of()), "unitId", otherUnitOfA,
                "measureId", ownMeasure), WORKER).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measureId"));
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard", Long.class)).isEqualTo(before);

        String id = api.create(with(report(a, "DAILY", "本单元本措施", List.of()), "unitId", ownUnit,
                "measureId", ownMeasure), WORKER);
        api.get("/api/v1/hazards/" + id, WORKER).andExpect(jsonPath("$.unitId").value(ownUnit.toString()))
                .andExpect(jsonPath("$.measureId").value(ownMeasure.toString()));
    }

    @Test
    void sameIdempotencyKeyAnswersTheSameHazard() throws Exception {
        String key = "it-hazard-" + UUID.randomUUID();
        var body = report(a, "DAILY", "幂等上报", List.of());
        String first = JsonPath.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/hazards").header("Idempotency-Key", key)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(WORKER, HazardApi.PASSWORD))
                .contentType("application/json").content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String second = JsonPath.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/hazards").header("Idempotency-Key", key)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .httpBasic(WORKER, HazardApi.PASSWORD))
                .contentType("application/json").content(json.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void staleVersionIsAConflict() throws Exception {
        String id = reported("版本冲突");
        api.transition(id, SAFETY, confirm(v(id), "GENERAL", today.plusDays(5), null)).andExpect(status().isOk());
        api.transition(id, SAFETY, action("START", v(id) - 1)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("刷新")));
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.state").value("CONFIRMED"));
    }

    @Test
    void outsideTheScopeEverythingIsNotFound() throws Exception {
        String id = reported("范围测试");
        String photoId = api.read(id, WORKER, "$.photos[0].id");
        api.get("/api/v1/hazards/" + id, "ent.b.boss").andExpect(status().isNotFound());
        api.get("/api/v1/hazards/" + id, "county.zjj").andExpect(status().isNotFound());
        api.get("/api/v1/hazards/" + id + "/photos/" + photoId, "ent.b.boss").andExpect(status().isNotFound());
        api.transition(id, "ent.b.boss", confirm(v(id), "GENERAL", today.plusDays(5), null))
                .andExpect(status().isNotFound());
        api.get("/api/v1/hazards/" + id, "county.yjj").andExpect(status().isOk())
                .andExpect(jsonPath("$.allowedActions", not(hasItem("CONFIRM"))));
        api.get("/api/v1/hazards/" + id, "expert1").andExpect(status().isNotFound());
        api.post("/api/v1/hazards", report(a, "DAILY", "给别人上报", List.of()), "ent.b.boss")
                .andExpect(status().isNotFound());
        api.get("/api/v1/hazards/" + id + "/photos/" + photoId, WORKER).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Type", "image/png"));
    }

    @Test
    void governmentChannelHazardsAreDecidedByOfficials() throws Exception {
        String id = api.create(report(a, "SUPERVISION", "执法检查发现配电箱未接地", List.of()), "county.yjj");
        api.get("/api/v1/hazards/" + id, SAFETY).andExpect(jsonPath("$.allowedActions", hasItem("CONFIRM")))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("REJECT"))));
        api.transition(id, SAFETY, with(action("REJECT", v(id)), "rejectionKind", "NOT_A_HAZARD", "reason", "不认可"))
                .andExpect(status().isForbidden());
        api.transition(id, "county.yjj", confirm(v(id), "GENERAL", today.plusDays(10), null))
                .andExpect(jsonPath("$.state").value("CONFIRMED"));
        api.transition(id, SAFETY, action("START", v(id))).andExpect(status().isOk());
        api.transition(id, SAFETY, with(action("SUBMIT", v(id)), "rectification", "已接地", "afterPhotos",
                List.of(api.photo(SAFETY)))).andExpect(status().isOk());
        api.transition(id, SAFETY, action("ACCEPT", v(id))).andExpect(status().isForbidden());
        api.transition(id, "county.yjj", action("ACCEPT", v(id))).andExpect(jsonPath("$.state").value("CLOSED"));
    }

    @Test
    void extensionRequestedAndApprovedMovesTheDeadline() throws Exception {
        String id = reported("延期测试");
        api.transition(id, SAFETY, confirm(v(id), "GENERAL", today.plusDays(5), worker)).andExpect(status().isOk());
        api.post("/api/v1/hazards/" + id + "/extensions", with(new java.util.LinkedHashMap<>(), "version", v(id),
                "deadline", today.plusDays(4).toString(), "reason", "配件未到"), WORKER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("deadline"));
        api.post("/api/v1/hazards/" + id + "/extensions", with(new java.util.LinkedHashMap<>(), "version", v(id),
                "deadline", today.plusDays(20).toString(), "reason", "配件未到"), WORKER)
                .andExpect(jsonPath("$.extensions[0].status").value("PENDING"))
                .andExpect(jsonPath("$.allowedActions", not(hasItem("DECIDE_EXTENSION"))));
        // one request at a time: a second is bad input, not a refusal of the person
        api.post("/api/v1/hazards/" + id + "/extensions", with(new java.util.LinkedHashMap<>(), "version", v(id),
                "deadline", today.plusDays(25).toString(), "reason", "配件仍未到"), WORKER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("action"));
        events.clear();
        api.post("/api/v1/hazards/" + id + "/extensions/decision", with(new java.util.LinkedHashMap<>(), "version", v(id),
                "approve", true), SAFETY)
                .andExpect(jsonPath("$.deadline").value(today.plusDays(20).toString()))
                .andExpect(jsonPath("$.extensions[0].status").value("APPROVED"));
        api.post("/api/v1/hazards/" + id + "/extensions/decision", with(new java.util.LinkedHashMap<>(), "version",
                v(id), "approve", true), SAFETY).andExpect(status().isBadRequest());
        HazardChanged moved = events.stream(HazardChanged.class).findFirst().orElseThrow();
        assertThat(moved.before().deadline()).isEqualTo(today.plusDays(5));
        assertThat(moved.after().deadline()).isEqualTo(today.plusDays(20));
    }

    @Test
    void majorConfirmationInformsOfficialsPrincipalAndController() throws Exception {
        String id = reported("重大隐患通知");
        events.clear();
        api.transition(id, SAFETY, confirm(v(id), "MAJOR", today.plusDays(30), null)).andExpect(status().isOk());
        Notice notice = events.stream(Notice.class).filter(n -> n.topic().equals("hazard.major.confirmed"))
                .findFirst().orElseThrow();
        UUID boss = ((CurrentUser) users.loadUserByUsername(BOSS)).id();
        UUID countyYjj = ((CurrentUser) users.loadUserByUsername("county.yjj")).id();
        UUID countyZjj = ((CurrentUser) users.loadUserByUsername("county.zjj")).id();
        assertThat(notice.users()).contains(boss, countyYjj).doesNotContain(countyZjj);
        assertThat(notice.contacts()).isNotEmpty();
        assertThat(notice.link()).isEqualTo("/hazards/" + id);
    }
}
