package org.zhiben.risk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/** Builds inventory records through the REST API as a demo user, for the risk integration tests. */
final class RiskApi {

    static final String PASSWORD = "Demo@12345";

    private final MockMvc mvc;
    private final ObjectMapper json;

    RiskApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    ResultActions post(String url, Object body, String username) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url)
                .with(as(username)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    ResultActions put(String url, Object body, String username) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(url)
                .with(as(username)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    ResultActions get(String url, String username) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(as(username)));
    }

    String getJson(String url, String username) throws Exception {
        return get(url, username).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String created(String url, Object body, String username) throws Exception {
        String response = post(url, body, username).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    String object(Object enterpriseId, String name, String username) throws Exception {
        return created("/api/v1/risk/enterprises/" + enterpriseId + "/objects", objectBody(name, false, null), username);
    }

    String majorHazardSource(Object enterpriseId, String name, String code, String username) throws Exception {
        return created("/api/v1/risk/enterprises/" + enterpriseId + "/objects", objectBody(name, true, code), username);
    }

    static Map<String, Object> objectBody(String name, boolean major, String code) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "EQUIPMENT");
        m.put("name", name);
        m.put("majorHazardSource", major);
        m.put("hazardSourceCode", code);
        return m;
    }

    String unit(String objectId, String name, String username) throws Exception {
        return created("/api/v1/risk/objects/" + objectId + "/units", Map.of("name", name, "responsibleDepartment",
                "测试车间", "responsiblePerson", "测试员", "controlLevel", "WORKSHOP"), username);
    }

    String event(String unitId, String description, String username) throws Exception {
        return created("/api/v1/risk/units/" + unitId + "/events", eventBody(description, "2101"), username);
    }

    static Map<String, Object> eventBody(String description, String factorCode) {
        return Map.of("description", description, "hazardFactorCode", factorCode, "accidentTypes",
                List.of("MECHANICAL_INJURY", "OBJECT_STRIKE"));
    }

    String measure(String eventId, String description, String username) throws Exception {
        return created("/api/v1/risk/events/" + eventId + "/measures", Map.of("description", description, "category",
                "ENGINEERING", "subcategory", "安全仪表", "responsiblePerson", "测试员", "checkCycle", 1, "checkCycleUnit",
                "DAY"), username);
    }

    /** LEC/LS/MES by factor pairs, e.g. lec: "l", 6, "e", 3, "c", 7. */
    ResultActions assess(String eventId, String kind, String method, String username, Object... factorValues)
            throws Exception {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < factorValues.length; i += 2) {
            inputs.put((String) factorValues[i], factorValues[i + 1]);
        }
        return post("/api/v1/risk/events/" + eventId + "/assessments",
                Map.of("kind", kind, "method", method, "inputs", inputs), username);
    }

    String assessOk(String eventId, String kind, String method, String username, Object... factorValues)
            throws Exception {
        String response = assess(eventId, kind, method, username, factorValues).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.level");
    }
}
