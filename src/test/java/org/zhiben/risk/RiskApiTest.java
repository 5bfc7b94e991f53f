package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditTrail;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/** The risk REST API: hierarchy, assessments and their history, roll-up, direct judgment, bad input, locking. */
@ZhibenTest
class RiskApiTest {

    private static final String SAFETY = "ent.a.safety";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AuditTrail audit;

    private RiskApi api;
    private UUID a;

    @BeforeEach
    void setUp() {
        api = new RiskApi(mvc, json);
        a = ((CurrentUser) userDetails.loadUserByUsername(SAFETY)).enterpriseId();
    }

    @Test
    void theWholeHierarchyIsCreatedReadAndListedWithEnterpriseAndRegion() throws Exception {
        String object = api.object(a, "接口测试冲床", SAFETY);
        String unit = api.unit(object, "接口测试送料", SAFETY);
        String event = api.event(unit, "接口测试手部冲压", SAFETY);
        String measure = api.measure(event, "接口测试光电保护", SAFETY);

        api.get("/api/v1/risk/objects/" + object, SAFETY).andExpect(status().isOk())
                .andExpect(jsonPath("$.enterpriseId").value(a.toString()))
                .andExpect(jsonPath("$.name").value("接口测试冲床"))
                .andExpect(jsonPath("$.kind").value("EQUIPMENT"))
                .andExpect(jsonPath("$.version").value(0));
        api.get("/api/v1/risk/units/" + unit, SAFETY).andExpect(status().isOk())
                .andExpect(jsonPath("$.objectId").value(object))
                .andExpect(jsonPath("$.controlLevel").value("WORKSHOP"))
                .andExpect(jsonPath("$.reassessmentDue").doesNotExist());
        api.get("/api/v1/risk/events/" + event, SAFETY).andExpect(status().isOk())
                .andExpect(jsonPath("$.event.unitId").value(unit))
                .andExpect(jsonPath("$.event.hazardFactorCode").value("2101"))
                .andExpect(jsonPath("$.event.hazardFactorCategory").value("物的因素 › 物理性危险和有害因素"))
                .andExpect(jsonPath("$.event.accidentTypes.length()").value(2))
                .andExpect(jsonPath("$.event.currentLevel").doesNotExist())
                .andExpect(jsonPath("$.measures[0].id").value(measure))
                .andExpect(jsonPath("$.measures[0].category").value("ENGINEERING"))
                .andExpect(jsonPath("$.measures[0].checkCycle").value(1))
                .andExpect(jsonPath("$.measures[0].checkCycleUnit").value("DAY"))
                .andExpect(jsonPath("$.history.length()").value(0));

        for (String list : List.of("objects", "units", "events", "measures")) {
            String page = api.getJson("/api/v1/risk/enterprises/" + a + "/" + list + "?size=500", SAFETY);
            List<String> ids = JsonPath.read(page, "$.content[*].id");
            assertThat(ids).as(list).contains(switch (list) {
                case "objects" -> object;
                case "units" -> unit;
                case "events" -> event;
                default -> measure;
            });
            assertThat((Integer) JsonPath.read(page, "$.page")).isZero();
            assertThat((Integer) JsonPath.read(page, "$.size")).isEqualTo(500);
            assertThat((Integer) JsonPath.read(page, "$.totalElements")).isGreaterThanOrEqualTo(1);
            List<String> enterprises = JsonPath.read(page, "$.content[*].enterpriseId");
            assertThat(enterprises).containsOnly(a.toString());
        }
        assertThat(audit.historyOf("RiskAnalysisObject", object)).extracting("action").containsExactly("CREATE");
        assertThat(audit.historyOf("RiskControlMeasure", measure).get(0).after()).contains("接口测试光电保护");
    }

    @Test
    void everyRecordTypeAuditsItsChangeAndItsDeletionByName() throws Exception {
        String object = api.object(a, "审计测试对象", SAFETY);
        String unit = api.unit(object, "审计测试单元", SAFETY);
        api.put("/api/v1/risk/units/" + unit, Map.of("name", "审计测试单元改", "responsibleDepartment", "测试车间",
                "responsiblePerson", "测试员", "controlLevel", "TEAM", "version", 0), SAFETY).andExpect(status().isOk());
        String event = api.event(unit, "审计测试事件", SAFETY);
        String measure = api.measure(event, "审计测试措施", SAFETY);

        mvc.perform(delete("/api/v1/risk/measures/" + measure).param("version", "0").with(RiskApi.as(SAFETY)))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/risk/events/" + event).param("version", "0").with(RiskApi.as(SAFETY)))
                .andExpect(status().isNoContent());

        assertThat(audit.historyOf("RiskAnalysisUnit", unit)).extracting("action", "summary").containsExactly(
                tuple("UPDATE", "修改风险分析单元 审计测试单元改"), tuple("CREATE", "新增风险分析单元 审计测试单元"));
        AuditEntry renamed = audit.historyOf("RiskAnalysisUnit", unit).get(0);
        assertThat(renamed.before()).contains("审计测试单元").doesNotContain("审计测试单元改");
        assertThat(renamed.after()).contains("审计测试单元改", "TEAM");
        assertThat(audit.historyOf("RiskControlMeasure", measure)).extracting("summary")
                .containsExactly("删除管控措施 审计测试措施", "新增管控措施 审计测试措施");
        assertThat(audit.historyOf("RiskEvent", event)).extracting("summary")
                .containsExactly("删除风险事件 审计测试事件", "新增风险事件 审计测试事件");
    }

    @Test
    void createAnswers201WithLocation() throws Exception {
        api.post("/api/v1/risk/enterprises/" + a + "/objects", RiskApi.objectBody("定位测试", false, null), SAFETY)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/risk/objects/")));
    }

    @Test
    void everyAssessmentIsKeptAndTheEventKeepsItsCurrentInherentAndResidualLevels() throws Exception {
        String event = api.event(api.unit(api.object(a, "历史测试对象", SAFETY), "历史测试单元", SAFETY), "历史测试事件", SAFETY);
        api.assess(event, "INHERENT", "LEC", SAFETY, "l", 6, "e", 6, "c", 15)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.value").value(540))
                .andExpect(jsonPath("$.level").value("MAJOR"))
                .andExpect(jsonPath("$.band").value("极其危险"))
                .andExpect(jsonPath("$.inputs.l").value(6))
                .andExpect(jsonPath("$.assessedBy").value(SAFETY))
                .andExpect(jsonPath("$.assessorName").value("王安全"));
        assertThat(api.assessOk(event, "RESIDUAL", "LS", SAFETY, "l", 2, "s", 4)).isEqualTo("LOW");
        assertThat(api.assessOk(event, "INHERENT", "MES", SAFETY, "m", 3, "e", 6, "s", 8)).isEqualTo("LARGE");

        api.get("/api/v1/risk/events/" + event, SAFETY).andExpect(status().isOk())
                .andExpect(jsonPath("$.event.inherentLevel").value("LARGE"))
                .andExpect(jsonPath("$.event.residualLevel").value("LOW"))
                .andExpect(jsonPath("$.event.currentLevel").value("LOW"))
                .andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.history[0].method").value("MES"))
                .andExpect(jsonPath("$.history[0].value").value(144))
                .andExpect(jsonPath("$.history[1].method").value("LS"))
                .andExpect(jsonPath("$.history[1].kind").value("RESIDUAL"))
                .andExpect(jsonPath("$.history[2].method").value("LEC"))
                .andExpect(jsonPath("$.history[2].level").value("MAJOR"));
        assertThat(audit.historyOf("RiskEvent", event)).extracting("action")
                .containsExactly("ASSESS", "ASSESS", "ASSESS", "CREATE");
    }

    @Test
    void levelsRollUpFromEventsThroughUnitsAndObjects() throws Exception {
        String object = api.object(a, "汇总测试对象", SAFETY);
        String mixed = api.unit(object, "汇总测试单元一", SAFETY);
        String controlled = api.event(mixed, "较大但已管控", SAFETY);
        api.assessOk(controlled, "INHERENT", "LEC", SAFETY, "l", 3, "e", 6, "c", 15);   // 270 较大
        api.assessOk(controlled, "RESIDUAL", "LEC", SAFETY, "l", 1, "e", 3, "c", 7);    // 21 低
        String general = api.event(mixed, "一般", SAFETY);
        api.assessOk(general, "INHERENT", "MES", SAFETY, "m", 3, "e", 6, "s", 4);       // 72 一般
        String major = api.unit(object, "汇总测试单元二", SAFETY);
        api.assessOk(api.event(major, "重大", SAFETY), "INHERENT", "LS", SAFETY, "l", 4, "s", 5);  // 20 重大
        String empty = api.unit(object, "汇总测试单元三", SAFETY);

        api.get("/api/v1/risk/units/" + mixed, SAFETY).andExpect(jsonPath("$.level").value("GENERAL"));
        api.get("/api/v1/risk/units/" + major, SAFETY).andExpect(jsonPath("$.level").value("MAJOR"));
        api.get("/api/v1/risk/objects/" + object, SAFETY).andExpect(jsonPath("$.level").value("MAJOR"));

        String rollUp = api.getJson("/api/v1/risk/enterprises/" + a + "/roll-up", SAFETY);
        assertThat((String) JsonPath.read(rollUp, "$.enterpriseLevel")).isEqualTo("MAJOR");
        Map<String, Integer> counts = JsonPath.read(rollUp, "$.counts");
        assertThat(counts).containsOnlyKeys("重大", "较大", "一般", "低");
        assertThat(counts.get("重大")).isGreaterThanOrEqualTo(1);
        assertThat(counts.get("一般")).isGreaterThanOrEqualTo(1);
        assertThat((List<String>) JsonPath.read(rollUp, "$.units[?(@.id == '" + mixed + "')].level")).containsExactly("GENERAL");
        assertThat((List<String>) JsonPath.read(rollUp, "$.units[?(@.id == '" + major + "')].level")).containsExactly("MAJOR");
        assertThat((List<Object>) JsonPath.read(rollUp, "$.units[?(@.id == '" + empty + "')].level")).containsExactly((Object) null);
        assertThat((Integer) JsonPath.read(rollUp, "$.unassessedUnits")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aMajorHazardSourceIsMajorByDirectJudgmentWhateverItsScores() throws Exception {
        String tanks = api.majorHazardSource(a, "直判测试储罐", "HS-TEST-01", SAFETY);
        api.get("/api/v1/risk/objects/" + tanks, SAFETY)
                .andExpect(jsonPath("$.majorHazardSource").value(true))
                .andExpect(jsonPath("$.hazardSourceCode").value("HS-TEST-01"))
                .andExpect(jsonPath("$.level").value("MAJOR"));
        String event = api.event(api.unit(tanks, "直判测试单元", SAFETY), "直判测试泄漏", SAFETY);
        api.get("/api/v1/risk/events/" + event, SAFETY)
                .andExpect(jsonPath("$.event.directlyMajor").value(true))
                .andExpect(jsonPath("$.event.currentLevel").value("MAJOR"));

        api.post("/api/v1/risk/events/" + event + "/assessments", Map.of("kind", "INHERENT", "method", "DIRECT",
                "directBasis", "MAJOR_HAZARD_SOURCE"), SAFETY)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value("MAJOR"))
                .andExpect(jsonPath("$.value").doesNotExist())
                .andExpect(jsonPath("$.directBasis").value("MAJOR_HAZARD_SOURCE"));
        assertThat(api.assessOk(event, "RESIDUAL", "LEC", SAFETY, "l", 1, "e", 3, "c", 7)).isEqualTo("LOW");
        api.get("/api/v1/risk/events/" + event, SAFETY)
                .andExpect(jsonPath("$.event.residualLevel").value("LOW"))
                .andExpect(jsonPath("$.event.currentLevel").value("MAJOR"))
                .andExpect(jsonPath("$.history.length()").value(2));

        String ordinary = api.event(api.unit(api.object(a, "直判测试普通对象", SAFETY), "普通单元", SAFETY), "普通事件", SAFETY);
        api.post("/api/v1/risk/events/" + ordinary + "/assessments", Map.of("kind", "INHERENT", "method", "DIRECT",
                "directBasis", "MAJOR_HAZARD_SOURCE"), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("directBasis"));
        api.post("/api/v1/risk/events/" + ordinary + "/assessments", Map.of("kind", "INHERENT", "method", "DIRECT",
                "directBasis", "MAJOR_ACCIDENT_HAZARD_CRITERION", "directCriterion", "特种作业人员未持证上岗作业"), SAFETY)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.directCriterion").value("特种作业人员未持证上岗作业"));
        api.get("/api/v1/risk/events/" + ordinary, SAFETY)
                .andExpect(jsonPath("$.event.directlyMajor").value(false))
                .andExpect(jsonPath("$.event.currentLevel").value("MAJOR"));
    }

    @Test
    void aFactorValueOutsideTheListIs400NamingTheAllowedValues() throws Exception {
        String event = api.event(api.unit(api.object(a, "取值测试对象", SAFETY), "取值测试单元", SAFETY), "取值测试事件", SAFETY);
        api.assess(event, "INHERENT", "LEC", SAFETY, "l", 7, "e", 6, "c", 15)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("l"))
                .andExpect(jsonPath("$.errors[0].message", containsString("10、6、3、1、0.5、0.2、0.1")));
        api.assess(event, "INHERENT", "MES", SAFETY, "m", 2, "e", 6)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].message", containsString("5、3、1")))
                .andExpect(jsonPath("$.errors[1].field").value("s"));
        api.get("/api/v1/risk/events/" + event, SAFETY).andExpect(jsonPath("$.history.length()").value(0));
    }

    @Test
    void anUnknownHazardFactorCodeOrMissingFieldsAre400ByField() throws Exception {
        String unit = api.unit(api.object(a, "代码测试对象", SAFETY), "代码测试单元", SAFETY);
        api.post("/api/v1/risk/units/" + unit + "/events", RiskApi.eventBody("代码测试", "13"), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hazardFactorCode"));
        api.post("/api/v1/risk/units/" + unit + "/events", RiskApi.eventBody("代码测试", "5101"), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hazardFactorCode"));
        api.post("/api/v1/risk/units/" + unit + "/events", Map.of("description", " "), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("description",
                        "hazardFactorCode", "accidentTypes")));
        api.post("/api/v1/risk/enterprises/" + a + "/objects", RiskApi.objectBody("缺编码", true, null), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hazardSourceCode"));
        api.post("/api/v1/risk/units/" + unit + "/events", Map.of("description", "x", "hazardFactorCode", "2101",
                "accidentTypes", List.of("NO_SUCH_TYPE")), SAFETY)
                .andExpect(status().isBadRequest());
        String event = api.event(unit, "周期测试", SAFETY);
        api.post("/api/v1/risk/events/" + event + "/measures", Map.of("description", "巡检", "category", "MAINTENANCE",
                "checkCycle", 0, "checkCycleUnit", "DAY"), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("checkCycle"));
    }

    @Test
    void aStaleEditIs409AndChangesNothing() throws Exception {
        String object = api.object(a, "锁定测试对象", SAFETY);
        Map<String, Object> first = new java.util.HashMap<>(RiskApi.objectBody("锁定测试对象-甲", false, null));
        first.put("version", 0);
        api.put("/api/v1/risk/objects/" + object, first, SAFETY).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        Map<String, Object> stale = new java.util.HashMap<>(RiskApi.objectBody("锁定测试对象-乙", false, null));
        stale.put("version", 0);
        api.put("/api/v1/risk/objects/" + object, stale, SAFETY)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("已被他人修改")));
        api.get("/api/v1/risk/objects/" + object, SAFETY).andExpect(jsonPath("$.name").value("锁定测试对象-甲"));
        api.put("/api/v1/risk/objects/" + object, RiskApi.objectBody("无版本", false, null), SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void assessingDoesNotMakeAnOpenEditStale() throws Exception {
        String unit = api.unit(api.object(a, "并发测试对象", SAFETY), "并发测试单元", SAFETY);
        String event = api.event(unit, "并发测试事件", SAFETY);
        api.assessOk(event, "INHERENT", "LS", SAFETY, "l", 3, "s", 3);
        api.put("/api/v1/risk/events/" + event, Map.of("description", "并发测试事件(改)", "hazardFactorCode", "2102",
                "accidentTypes", List.of("FIRE"), "version", 0), SAFETY)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value("并发测试事件(改)"))
                .andExpect(jsonPath("$.inherentLevel").value("GENERAL"));
        api.put("/api/v1/risk/units/" + unit, Map.of("name", "并发测试单元(改)", "responsiblePerson", "某人",
                "controlLevel", "TEAM", "version", 0), SAFETY)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reassessmentDue").value(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1).toString()));
    }

    @Test
    void branchesAreDeletedLeavesFirstAndAssessedEventsStay() throws Exception {
        String object = api.object(a, "删除测试对象", SAFETY);
        String unit = api.unit(object, "删除测试单元", SAFETY);
        String event = api.event(unit, "删除测试事件", SAFETY);
        String measure = api.measure(event, "删除测试措施", SAFETY);
        mvc.perform(delete("/api/v1/risk/objects/{id}", object).param("version", "0").with(RiskApi.as(SAFETY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("分析单元")));
        mvc.perform(delete("/api/v1/risk/measures/{id}", measure).param("version", "0").with(RiskApi.as(SAFETY)))
                .andExpect(status().isNoContent());
        api.assessOk(event, "INHERENT", "LS", SAFETY, "l", 1, "s", 1);
        mvc.perform(delete("/api/v1/risk/events/{id}", event).param("version", "0").with(RiskApi.as(SAFETY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("评估历史须保留")));
        String spare = api.event(unit, "删除测试空事件", SAFETY);
        mvc.perform(delete("/api/v1/risk/events/{id}", spare).param("version", "0").with(RiskApi.as(SAFETY)))
                .andExpect(status().isNoContent());
        api.get("/api/v1/risk/events/" + spare, SAFETY).andExpect(status().isNotFound());
        assertThat(audit.historyOf("RiskEvent", spare)).extracting("action").containsExactly("DELETE", "CREATE");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnce() throws Exception {
        String key = "risk-" + UUID.randomUUID();
        String first = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/risk/enterprises/{id}/objects", a).with(RiskApi.as(SAFETY)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(RiskApi.objectBody("幂等对象", false, null))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/risk/enterprises/{id}/objects", a).with(RiskApi.as(SAFETY)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(RiskApi.objectBody("幂等对象", false, null))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        String objects = api.getJson("/api/v1/risk/enterprises/" + a + "/objects?size=500", SAFETY);
        assertThat(JsonPath.<List<String>>read(objects, "$.content[?(@.name == '幂等对象')].id")).hasSize(1);
    }

    @Test
    void theApiIsDocumentedForOpenApi() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/risk/enterprises/{enterpriseId}/roll-up'].get.summary")
                        .value("企业风险等级汇总"))
                .andExpect(jsonPath("$.paths['/api/v1/risk/events/{id}/assessments'].post.tags[0]")
                        .value("风险 Risk inventory"));
    }
}
