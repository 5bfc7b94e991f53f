package org.zhiben.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.common.Zones;
import org.zhiben.common.document.PrintedPages;
import tools.jackson.databind.ObjectMapper;

/** 整改复查意见书: filled from the 责令限期整改指令书 and the state of each ordered item's hazard on the re-check day. */
@ZhibenTest
class EnforcementRecheckTest {

    private static final String PASSWORD = "Demo@12345";
    private static final ItData DATA = new ItData('R');
    private static final String DONGGUAN_VILLAGE = "990101100201";
    private static final String XIHE_VILLAGE = "990101101201";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    private ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    private String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString();
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.CHINA);
    }

    private UUID enterprise(String name, String village) throws Exception {
        return UUID.fromString(JsonPath.read(body(post("/api/v1/enterprises", ItData.enterprise(DATA.nextUscc(), name,
                village), "county.yjj").andExpect(status().isCreated())), "$.id"));
    }

    private UUID officer(String certNo) throws Exception {
        List<String> ids = JsonPath.read(body(get("/api/v1/enforcement/officers", "county.yjj")),
                "$[?(@.certNo == '" + certNo + "')].id");
        return UUID.fromString(ids.get(0));
    }

    private String inspect(UUID enterpriseId, boolean rectify) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", enterpriseId);
        m.put("mode", "OPEN");
        m.put("inspectedOn", today().toString());
        m.put("place", "仓库");
        m.put("summary", "检查仓库和配电室");
        m.put("officerIds", List.of(officer("ZB99010100118"), officer("ZB99010000031")));
        if (rectify) {
            m.put("findings", List.of(Map.of("description", "灭火器过期未更换"), Map.of("description", "配电室堆放杂物"),
                    Map.of("description", "疏散指示标志损坏")));
            m.put("measures", List.of("RECTIFY"));
            m.put("rectifyDue", today().plusDays(7).toString());
        }
        return body(post("/api/v1/enforcement/inspections", m, "county.yjj").andExpect(status().isCreated()));
    }

    private ResultActions issue(String kind, Object sourceId, String user) throws Exception {
        return post("/api/v1/enforcement/documents", Map.of("kind", kind, "sourceId", sourceId), user);
    }

    @Test
    void theRecheckOpinionRecordsEachOrderedItemAndPrintsOnA4() throws Exception {
        UUID e = enterprise("复查测试仓储有限公司", DONGGUAN_VILLAGE);
        String created = inspect(e, true);
        String inspection = JsonPath.read(created, "$.id");
        List<String> hazards = JsonPath.read(created, "$.findings[*].hazardId");

        // no opinion before the order it re-checks
        issue("RECHECK_OPINION", inspection, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("责令限期整改指令书")));
        String order = JsonPath.read(body(issue("RECTIFY_ORDER", inspection, "county.yjj")
                .andExpect(status().isCreated())), "$.number");

        // the first item rectified (closed), the second waiting for acceptance, the third untouched
        jdbc.update("update hazard_hazard set state = 'CLOSED', closed_on = ? where id = ?", today(),
                UUID.fromString(hazards.get(0)));
        jdbc.update("update hazard_hazard set state = 'AWAITING_ACCEPTANCE' where id = ?", UUID.fromString(hazards.get(1)));

        String opinion = body(issue("RECHECK_OPINION", inspection, "county.yjj").andExpect(status().isCreated())
                .andExpect(jsonPath("$.recheck.length()").value(3))
                .andExpect(jsonPath("$.recheck[0].rectified").value(true))
                .andExpect(jsonPath("$.recheck[0].closedOn").value(today().toString()))
                .andExpect(jsonPath("$.recheck[1].rectified").value(false))
                .andExpect(jsonPath("$.recheck[1].hazardState").value("AWAITING_ACCEPTANCE"))
                .andExpect(jsonPath("$.recheck[2].hazardState").value("REPORTED")));
        String id = JsonPath.read(opinion, "$.id");
        String number = JsonPath.read(opinion, "$.number");
        int seq = JsonPath.read(opinion, "$.seq");
        assertThat(number).isEqualTo("示范县应急复查〔" + today().getYear() + "〕" + seq + "号");
        Integer counter = jdbc.queryForObject("select last_no from enforcement_doc_counter where office_code = ?"
                + " and doc_year = ? and kind = 'RECHECK_OPINION'", Integer.class, "990101000000", today().getYear());
        assertThat(counter).isEqualTo(seq);
        Integer issued = jdbc.queryForObject("select count(*) from enforcement_document where office_code = ?"
                + " and doc_year = ? and kind = 'RECHECK_OPINION'", Integer.class, "990101000000", today().getYear());
        assertThat(issued).as("numbered without gaps").isEqualTo(seq);

        // the same request again answers the one issued; the hazards moving on do not change what the re-check found
        jdbc.update("update hazard_hazard set state = 'CLOSED', closed_on = ? where id = ?", today(),
                UUID.fromString(hazards.get(2)));
        issue("RECHECK_OPINION", inspection, "county.yjj").andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.recheck[2].rectified").value(false));

        byte[] docx = mvc.perform(MockMvcRequestBuilders.get("/api/v1/enforcement/documents/" + id + "/docx")
                .with(httpBasic("county.yjj", PASSWORD))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        PrintedPages.assumeLibreOffice();
        String text = PrintedPages.print(docx, "docx").allA4(false).text();
        assertThat(text).contains("整改复查意见书", number, order, "复查测试仓储有限公司", "灭火器过期未更换", "已整改",
                "整改完成待验收", "第2、3项问题未整改完毕");
    }

    @Test
    void noOpinionWithoutAnOrderToRectifyAndNoneOutsideTheScope() throws Exception {
        String plain = JsonPath.read(inspect(enterprise("复查无整改测试有限公司", DONGGUAN_VILLAGE), false), "$.id");
        issue("RECHECK_OPINION", plain, "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("该检查未责令限期整改"));

        String inspection = JsonPath.read(inspect(enterprise("复查范围测试有限公司", XIHE_VILLAGE), true), "$.id");
        issue("RECTIFY_ORDER", inspection, "county.yjj").andExpect(status().isCreated());
        issue("RECHECK_OPINION", inspection, "town.aj").andExpect(status().isNotFound());
        issue("RECHECK_OPINION", inspection, "ent.a.boss").andExpect(status().isForbidden());
        String id = JsonPath.read(body(issue("RECHECK_OPINION", inspection, "county.yjj")
                .andExpect(status().isCreated())), "$.id");
        get("/api/v1/enforcement/documents/" + id, "town.aj").andExpect(status().isNotFound());
        get("/api/v1/enforcement/documents/" + id + "/docx", "ent.a.boss").andExpect(status().isNotFound());
        get("/api/v1/enforcement/documents/" + id, "city.yjj").andExpect(status().isOk());
    }
}
