package org.zhiben.hazard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.ObjectMapper;

/** Drives the hazard API as demo users (HTTP Basic) for the integration tests. */
final class HazardApi {

    static final String PASSWORD = "Demo@12345";

    private final MockMvc mvc;
    private final ObjectMapper json;

    HazardApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    ResultActions upload(byte[] bytes, String filename, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/hazards/photos")
                .file(new MockMultipartFile("file", filename, "image/png", bytes)).with(httpBasic(user, PASSWORD)));
    }

    String photo(String user) throws Exception {
        return JsonPath.read(upload(png(), "p.png", user).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.key");
    }

    ResultActions post(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    ResultActions put(String url, Object body, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(url).with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    ResultActions get(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic(user, PASSWORD)));
    }

    String read(String id, String user, String path) throws Exception {
        Object v = JsonPath.read(get("/api/v1/hazards/" + id, user).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(), path);
        return String.valueOf(v);
    }

    int version(String id, String user) throws Exception {
        return Integer.parseInt(read(id, user, "$.version"));
    }

    static Map<String, Object> report(Object enterpriseId, String source, String description, List<String> photos) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", enterpriseId);
        m.put("source", source);
        m.put("type", "EQUIPMENT");
        m.put("factorCode", "2101");
        m.put("accidentType", "MECHANICAL_INJURY");
        m.put("description", description);
        m.put("location", "一号车间冲床");
        m.put("beforePhotos", photos);
        return m;
    }

    String create(Map<String, Object> body, String user) throws Exception {
        return JsonPath.read(post("/api/v1/hazards", body, user).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id");
    }

    ResultActions transition(String id, String user, Map<String, Object> body) throws Exception {
        return post("/api/v1/hazards/" + id + "/transitions", body, user);
    }

    static Map<String, Object> confirm(int version, String level, LocalDate deadline, Object responsibleUserId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", "CONFIRM");
        m.put("version", version);
        m.put("level", level);
        m.put("deadline", deadline == null ? null : deadline.toString());
        m.put("responsibleUserId", responsibleUserId);
        m.put("responsibleName", responsibleUserId == null ? "车间主任" : null);
        m.put("measures", "加装防护罩,更换光电保护装置");
        m.put("funds", 3000);
        m.put("contingency", "停机挂牌");
        return m;
    }

    static Map<String, Object> action(String action, int version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", action);
        m.put("version", version);
        return m;
    }

    static Map<String, Object> with(Map<String, Object> m, Object... kv) {
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Map<String, Object> plan(int version) {
        return with(new LinkedHashMap<>(), "version", version, "situation", "冲压线防护缺失,原因是改造后未恢复",
                "harmAnalysis", "可致多人伤害,整改需停线两周", "goal", "恢复全部防护并通过验收",
                "methods", "加装联锁防护门", "resources", "资金5万元已列入预算,物资已采购",
                "organisation", "设备部牵头,负责人王安全", "schedule", "30日内完成,分三步", "safety",
                "停线期间设警戒区,制定专项应急预案");
    }
}
