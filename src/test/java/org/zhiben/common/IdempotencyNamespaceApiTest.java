package org.zhiben.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import tools.jackson.databind.ObjectMapper;

/** One Idempotency-Key across the create endpoints, as a client that re-uses its keys would send it. */
@ZhibenTest
class IdempotencyNamespaceApiTest {

    private static final ItData DATA = new ItData('K');

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneKeySentToTwoCreateEndpointsMakesTwoRecordsAndTwiceToOneMakesOne() throws Exception {
        String key = "shared-" + DATA.nextUscc();
        String uscc = DATA.nextUscc();
        String enterprise = id(send("/api/v1/enterprises", key,
                ItData.enterprise(uscc, "幂等命名空间测试有限公司", "990101100202")).andExpect(status().isCreated()));
        Map<String, Object> report = Map.of("enterpriseId", enterprise, "source", "SUPERVISION", "type", "EQUIPMENT",
                "description", "同一个幂等键的执法检查隐患", "location", "一号车间", "beforePhotos", List.of());
        String hazard = id(send("/api/v1/hazards", key, report).andExpect(status().isCreated()));
        assertThat(hazard).isNotEqualTo(enterprise);
        assertThat(id(send("/api/v1/hazards", key, report).andExpect(status().isCreated()))).isEqualTo(hazard);
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard where enterprise_id = cast(? as uuid)",
                Long.class, enterprise)).isEqualTo(1);
    }

    @Test
    void aKeyReusedForAnotherRequestIs422() throws Exception {
        String key = "reused-" + DATA.nextUscc();
        send("/api/v1/enterprises", key, ItData.enterprise(DATA.nextUscc(), "幂等键复用甲有限公司", "990101100202"))
                .andExpect(status().isCreated());
        send("/api/v1/enterprises", key, ItData.enterprise(DATA.nextUscc(), "幂等键复用乙有限公司", "990101100202"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Idempotency-Key")));
    }

    private ResultActions send(String url, String key, Object body) throws Exception {
        return mvc.perform(post(url).with(httpBasic("county.yjj", "Demo@12345")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }
}
