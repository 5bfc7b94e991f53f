package org.zhiben;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.common.Uscc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data for the integration tests: valid USCCs that never collide with the demo ones ("MA…") or with another
 * test class (each class has its own letter), enterprise request bodies, and their registration through the API.
 */
public final class ItData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String classLetter;
    private final AtomicInteger counter = new AtomicInteger();

    /** {@code classLetter}: one letter of the USCC alphabet (not A, I, O, Z, S, V), unique per test class. */
    public ItData(char classLetter) {
        if ("AIOZSV".indexOf(classLetter) >= 0) {
            throw new IllegalArgumentException("letter not usable: " + classLetter);
        }
        this.classLetter = String.valueOf(classLetter);
    }

    /** A fresh valid USCC registered in 示范县: 91 990101 M&lt;letter&gt; + 7-digit serial + check character. */
    public String nextUscc() {
        String first17 = "91990101" + "M" + classLetter + String.format("%07d", counter.incrementAndGet());
        return first17 + Uscc.checkCharacter(first17);
    }

    /** A complete, valid create body for the enterprise API (sector 03, 工贸). */
    public static Map<String, Object> enterprise(String uscc, String name, String regionCode) {
        return enterprise(uscc, name, regionCode, List.of("03"));
    }

    public static Map<String, Object> enterprise(String uscc, String name, String regionCode, List<String> sectors) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uscc", uscc);
        m.put("name", name);
        m.put("unitType", "FACTORY_MINE");
        m.put("sectors", sectors);
        m.put("industryCategory", "C");
        m.put("regionCode", regionCode);
        m.put("address", "测试路1号");
        m.put("principalName", "测负责");
        m.put("principalPhone", "13900000001");
        m.put("scale", "BELOW");
        m.put("highRisk", false);
        m.put("standardizationGrade", "NONE");
        m.put("status", "OPERATING");
        return m;
    }

    /** A fresh enterprise of sector 03 in {@code village}, registered through the API by the county official. */
    public UUID register(MockMvc mvc, String name, String village) throws Exception {
        return register(mvc, enterprise(nextUscc(), name, village));
    }

    /** Registers the enterprise (a body of {@link #enterprise}) through the API as the county official; its id. */
    public static UUID register(MockMvc mvc, Map<String, Object> enterprise) throws Exception {
        String created = mvc.perform(post("/api/v1/enterprises").with(httpBasic("county.yjj", "Demo@12345"))
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(enterprise)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(created, "$.id"));
    }
}
