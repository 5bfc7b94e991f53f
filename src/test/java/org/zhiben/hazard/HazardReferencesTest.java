package org.zhiben.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhiben.hazard.HazardApi.action;
import static org.zhiben.hazard.HazardApi.report;
import static org.zhiben.hazard.HazardApi.with;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/**
 * Every id a hazard request links to names a record of the hazard's own enterprise: another enterprise's id and an
 * unknown id get the same 400 beside the field (so nobody learns whether the other record exists), nothing is
 * written, and the enterprise's own id is accepted.
 */
@ZhibenTest
class HazardReferencesTest {

    static final String A_WORKER = "ent.a.worker";
    static final String A_SAFETY = "ent.a.safety";
    static final String B_BOSS = "ent.b.boss";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    HazardApi api;
    UUID a;
    UUID b;

    @BeforeEach
    void setUp() {
        api = new HazardApi(mvc, json);
        a = ((CurrentUser) users.loadUserByUsername(A_WORKER)).enterpriseId();
        b = ((CurrentUser) users.loadUserByUsername(B_BOSS)).enterpriseId();
    }

    private long hazards() {
        return jdbc.queryForObject("select count(*) from hazard_hazard", Long.class);
    }

    /** A 400 with exactly one error, on {@code field}, with {@code message}; answers the error as JSON. */
    private String refused(ResultActions result, String field, String message) throws Exception {
        String body = result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.errors[0]").toString();
    }

    @Test
    void aReportLinksOnlyToAnInspectionRecordOfItsOwnEnterprise() throws Exception {
        UUID recordOfA = jdbc.queryForObject("select id from inspection_record where enterprise_id = ?"
                + " order by id fetch first 1 rows only", UUID.class, a);
        long before = hazards();

        String foreign = refused(api.post("/api/v1/hazards", with(report(b, "DAILY", "挂到别家的排查记录", List.of()),
                "inspectionRecordId", recordOfA), B_BOSS), "inspectionRecordId", "关联的排查记录不存在或不属于本企业");
        String unknown = refused(api.post("/api/v1/hazards", with(report(b, "DAILY", "挂到不存在的排查记录", List.of()),
                "inspectionRecordId", UUID.randomUUID()), B_BOSS), "inspectionRecordId", "关联的排查记录不存在或不属于本企业");
        assertThat(foreign).isEqualTo(unknown);
        assertThat(hazards()).isEqualTo(before);

        String id = api.create(with(report(a, "DAILY", "本企业排查记录发现", List.of()), "inspectionRecordId", recordOfA),
                A_WORKER);
        api.get("/api/v1/hazards/" + id, A_WORKER).andExpect(jsonPath("$.inspectionRecordId").value(recordOfA.toString()));
    }

    @Test
    void aHazardIsRejectedAsADuplicateOnlyOfAnotherHazardOfItsEnterprise() throws Exception {
        String ofA = api.create(report(a, "DAILY", "甲企业的隐患", List.of()), A_WORKER);
        String first = api.create(report(b, "DAILY", "乙企业先报的隐患", List.of()), B_BOSS);
        String second = api.create(report(b, "DAILY", "乙企业重复报的隐患", List.of()), B_BOSS);
        int version = api.version(second, B_BOSS);

        String foreign = refused(api.transition(second, B_BOSS, with(action("REJECT", version), "rejectionKind",
                "DUPLICATE", "reason", "重复", "duplicateOf", ofA)), "duplicateOf", "关联的隐患不存在或不属于本企业");
        String unknown = refused(api.transition(second, B_BOSS, with(action("REJECT", version), "rejectionKind",
                "DUPLICATE", "reason", "重复", "duplicateOf", UUID.randomUUID())), "duplicateOf",
                "关联的隐患不存在或不属于本企业");
        assertThat(foreign).isEqualTo(unknown);
        assertThat(api.read(second, B_BOSS, "$.state")).isEqualTo("REPORTED");
        assertThat(api.version(second, B_BOSS)).isEqualTo(version);
        api.get("/api/v1/hazards/" + ofA, A_WORKER).andExpect(jsonPath("$.state").value("REPORTED"));

        api.transition(second, B_BOSS, with(action("REJECT", version), "rejectionKind", "DUPLICATE", "reason", "重复",
                "duplicateOf", first)).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.duplicateOf").value(first));
    }

    @Test
    void unitAndMeasureOfAnotherEnterpriseAnswerLikeUnknownOnes() throws Exception {
        Map<String, Object> ofA = jdbc.queryForMap("select e.unit_id as unit, m.id as measure from risk_control_measure m"
                + " join risk_event e on e.id = m.event_id where m.enterprise_id = ? order by m.id fetch first 1 rows only",
                a);
        long before = hazards();

        String foreignUnit = refused(api.post("/api/v1/hazards", with(report(b, "DAILY", "别家的单元", List.of()),
                "unitId", ofA.get("unit")), B_BOSS), "unitId", "关联的风险分析单元不存在或不属于本企业");
        String unknownUnit = refused(api.post("/api/v1/hazards", with(report(b, "DAILY", "不存在的单元", List.of()),
                "unitId", UUID.randomUUID()), B_BOSS), "unitId", "关联的风险分析单元不存在或不属于本企业");
        assertThat(foreignUnit).isEqualTo(unknownUnit);
        String foreignMeasure = refused(api.post("/api/v1/hazards", with(report(b, "DAILY", "别家的措施", List.of()),
                "measureId", ofA.get("measure")), B_BOSS), "measureId", "关联的管控措施不存在或不属于本企业");
        String unknownMeasure = refused(api.post("/api/v1/hazards", with(report(b, "DAILY", "不存在的措施", List.of()),
                "measureId", UUID.randomUUID()), B_BOSS), "measureId", "关联的管控措施不存在或不属于本企业");
        assertThat(foreignMeasure).isEqualTo(unknownMeasure);
        assertThat(hazards()).isEqualTo(before);

        String id = api.create(with(report(a, "DAILY", "本企业的单元和措施", List.of()), "unitId", ofA.get("unit"),
                "measureId", ofA.get("measure")), A_WORKER);
        api.get("/api/v1/hazards/" + id, A_WORKER).andExpect(jsonPath("$.unitId").value(ofA.get("unit").toString()));
    }

    @Test
    void theResponsibleUserIsOneOfTheEnterprisesOwn() throws Exception {
        String id = api.create(report(a, "DAILY", "指派责任人", List.of()), A_WORKER);
        UUID ofB = ((CurrentUser) users.loadUserByUsername(B_BOSS)).id();
        UUID ofA = ((CurrentUser) users.loadUserByUsername(A_WORKER)).id();
        java.time.LocalDate deadline = java.time.LocalDate.now(org.zhiben.common.Zones.CHINA).plusDays(7);

        String foreign = refused(api.transition(id, A_SAFETY, HazardApi.confirm(api.version(id, A_WORKER), "GENERAL",
                deadline, ofB)), "responsibleUserId", "整改责任人须为本企业的用户");
        String unknown = refused(api.transition(id, A_SAFETY, HazardApi.confirm(api.version(id, A_WORKER), "GENERAL",
                deadline, UUID.randomUUID())), "responsibleUserId", "整改责任人须为本企业的用户");
        assertThat(foreign).isEqualTo(unknown);
        api.transition(id, A_SAFETY, HazardApi.confirm(api.version(id, A_WORKER), "GENERAL", deadline, ofA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.responsibleUserId").value(ofA.toString()));
    }
}
