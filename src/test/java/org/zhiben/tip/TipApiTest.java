package org.zhiben.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditEntry;
import org.zhiben.audit.AuditTrail;
import org.zhiben.identity.CurrentUser;
import org.zhiben.tip.internal.TipRepository;
import tools.jackson.databind.ObjectMapper;

@ZhibenTest
@ExtendWith(OutputCaptureExtension.class)
class TipApiTest {

    private static final String PASSWORD = "Demo@12345";
    private static final AtomicInteger CLIENTS = new AtomicInteger(1);
    private static final String DIGITS = "零一二三四五六七八九十";
    static final byte[] PNG = png();

    private static byte[] png() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            var image = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    TipRepository tips;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;

    /** A fresh client address per test, so tests do not share rate-limit buckets. */
    static String client() {
        return "10.16." + CLIENTS.get() / 250 + "." + CLIENTS.getAndIncrement() % 250;
    }

    Map<String, String> challenge() throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/tips/challenge"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String q = JsonPath.read(body, "$.question");
        int sum = DIGITS.indexOf(q.charAt(0)) + DIGITS.indexOf(q.charAt(2));
        return Map.of("token", JsonPath.read(body, "$.token"), "answer", String.valueOf(sum));
    }

    UUID enterpriseA() {
        return ((CurrentUser) users.loadUserByUsername("ent.a.safety")).enterpriseId();
    }

    ResultActions submit(String ip, Map<String, String> fields, MockMultipartFile... photos) throws Exception {
        Map<String, String> c = challenge();
        MockMultipartHttpServletRequestBuilder r = MockMvcRequestBuilders.multipart("/api/v1/public/tips");
        fields.forEach(r::param);
        r.param("challengeToken", c.get("token")).param("challengeAnswer", c.get("answer"));
        for (MockMultipartFile p : photos) {
            r.file(p);
        }
        r.with(req -> {
            req.setRemoteAddr(ip);
            return req;
        });
        return mvc.perform(r);
    }

    Map<String, String> tip(String content, boolean anonymous) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("content", content);
        f.put("place", "二号仓库东侧");
        f.put("enterpriseId", enterpriseA().toString());
        f.put("anonymous", String.valueOf(anonymous));
        if (!anonymous) {
            f.put("reporterName", "测试举报人甲乙丙");
            f.put("reporterContact", "13900009999");
        }
        return f;
    }

    ResultActions act(String user, UUID id, Map<String, Object> body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/tips/" + id + "/transitions")
                .with(httpBasic(user, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)));
    }

    int version(UUID id) {
        return (int) tips.findById(id).orElseThrow().getVersion();
    }

    Map<String, Object> action(UUID id, String action) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version(id));
        m.put("action", action);
        return m;
    }

    UUID byNo(String no) {
        return tips.findByNo(no).orElseThrow().getId();
    }

    @Test
    void calculatorAnswersTheIssuesBoundariesAndRefusesBadInput() throws Exception {
        for (Object[] c : new Object[][] {{"{\"kind\":\"MAJOR_HAZARD\",\"penaltyYuan\":10000}", 3000},
            {"{\"kind\":\"ILLEGAL_OPERATION\",\"penaltyYuan\":2000000}", 300000},
            {"{\"kind\":\"CONCEALED_ACCIDENT\",\"concealedDeaths\":2,\"accidentGrade\":\"一般\"}", 60000},
            {"{\"kind\":\"CONCEALED_ACCIDENT\",\"concealedDeaths\":9,\"accidentGrade\":\"较大\"}", 300000}}) {
            mvc.perform(MockMvcRequestBuilders.post("/api/v1/tips/rewards/calculate").with(httpBasic("county.yjj", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content((String) c[0]))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.amountYuan").value(c[1]))
                    .andExpect(jsonPath("$.rule").isNotEmpty());
        }
        for (String bad : List.of("{\"kind\":\"MAJOR_HAZARD\",\"penaltyYuan\":-5}", "{\"kind\":\"NOPE\"}",
                "{\"kind\":\"CONCEALED_ACCIDENT\",\"concealedDeaths\":1.5,\"accidentGrade\":\"一般\"}",
                "{\"kind\":\"CONCEALED_ACCIDENT\",\"concealedDeaths\":1,\"accidentGrade\":\"x\"}", "{")) {
            mvc.perform(MockMvcRequestBuilders.post("/api/v1/tips/rewards/calculate").with(httpBasic("county.yjj", PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest());
        }
    }

    @Test
    void aPublicTipBecomesAHazardAndTheIdentityShowsOnlyToTheHandler(CapturedOutput output) throws Exception {
        String body = submit(client(), tip("仓库内堆放大量易燃物品,消防通道被堵死", false),
                new MockMultipartFile("photos", "a.png", "image/png", PNG))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(body, "$.trackingCode");
        assertThat(code.replace("-", "")).hasSize(20);
        UUID id = byNo(JsonPath.read(body, "$.no"));
        assertThat(tips.findById(id).orElseThrow().getReporterCipher()).startsWith("sm4gcm1:")
                .doesNotContain("测试举报人甲乙丙");

        // the reporter checks by code: state only
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/public/tips/status").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\"}").with(r -> { r.setRemoteAddr(client()); return r; }))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RECEIVED"));

        // nobody's list or detail shows the identity; another county official may not open it
        String list = mvc.perform(MockMvcRequestBuilders.get("/api/v1/tips?size=100").with(httpBasic("county.yjj", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(id.toString()).doesNotContain("测试举报人甲乙丙").doesNotContain("13900009999");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/tips/" + id + "/reporter").with(httpBasic("county.yjj", PASSWORD)))
                .andExpect(status().isForbidden());

        act("county.yjj", id, action(id, "ACCEPT")).andExpect(status().isOk());
        act("county.yjj", id, action(id, "START_VERIFICATION")).andExpect(status().isOk());
        Map<String, Object> stale = action(id, "CONCLUDE");
        stale.put("finding", "TRUE");
        stale.put("note", "现场核查属实");
        stale.put("version", version(id) - 1);
        act("county.yjj", id, stale).andExpect(status().isConflict());
        Map<String, Object> conclude = action(id, "CONCLUDE");
        conclude.put("finding", "TRUE");
        conclude.put("note", "现场核查属实");
        act("county.yjj", id, conclude).andExpect(status().isOk());
        Map<String, Object> link = action(id, "LINK_HAZARD");
        link.put("hazardDescription", "仓库消防通道被易燃物品堵塞");
        String linked = act("county.yjj", id, link).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("LINKED")).andReturn().getResponse().getContentAsString();
        String hazardId = JsonPath.read(linked, "$.hazardId");
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/hazards/" + hazardId).with(httpBasic("ent.a.safety", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("PUBLIC_TIP"));

        // the handler opens the identity: audited
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/tips/" + id + "/reporter").with(httpBasic("county.yjj", PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("测试举报人甲乙丙"));
        List<AuditEntry> history = audit.historyOf("Tip", id.toString());
        assertThat(history).extracting(AuditEntry::action).contains("CREATE", "ACCEPT", "LINK_HAZARD", "REVEAL");
        assertThat(history).allSatisfy(e -> assertThat(e.summary() + e.before() + e.after())
                .doesNotContain("测试举报人甲乙丙").doesNotContain("13900009999"));
        String page = mvc.perform(MockMvcRequestBuilders.get("/tips").with(user(users.loadUserByUsername("county.yjj"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(tips.findById(id).orElseThrow().getNo()).doesNotContain("测试举报人甲乙丙");
        assertThat(output.getAll()).doesNotContain("测试举报人甲乙丙").doesNotContain("13900009999");
    }

    @Test
    void outsideTheScopeIsNotFound() throws Exception {
        String body = submit(client(), tip("配电室门口堆放杂物,灭火器过期", true)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        UUID id = byNo(JsonPath.read(body, "$.no"));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/tips/" + id).with(httpBasic("county.yjj", PASSWORD)))
                .andExpect(status().isOk());
        for (String outsider : List.of("ent.a.boss", "ent.b.boss", "county.zjj", "expert1")) {
            mvc.perform(MockMvcRequestBuilders.get("/api/v1/tips/" + id).with(httpBasic(outsider, PASSWORD)))
                    .andExpect(status().isNotFound());
            mvc.perform(MockMvcRequestBuilders.get("/tips/" + id).with(user(users.loadUserByUsername(outsider))))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void badPublicInputIsRefusedAndNothingIsWritten() throws Exception {
        long before = tips.count();
        String ip = client();
        // a text file named like a photo
        submit(ip, tip("堆放易燃物品,消防通道堵塞", true),
                new MockMultipartFile("photos", "fake.jpg", "image/jpeg", "<html>not an image</html>".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photos"));
        // a photo cut short: its metadata could not be removed, so it is not kept
        submit(ip, tip("堆放易燃物品,消防通道堵塞", true), new MockMultipartFile("photos", "cut.png", "image/png",
                java.util.Arrays.copyOf(PNG, PNG.length - 12))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photos"));
        // over 10 MB
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        submit(ip, tip("堆放易燃物品,消防通道堵塞", true), new MockMultipartFile("photos", "big.png", "image/png", big))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("照片不能超过10 MB"));
        // a wrong answer to the challenge
        MockMultipartHttpServletRequestBuilder r = MockMvcRequestBuilders.multipart("/api/v1/public/tips");
        tip("堆放易燃物品,消防通道堵塞", true).forEach(r::param);
        r.param("challengeToken", challenge().get("token")).param("challengeAnswer", "99");
        r.with(q -> { q.setRemoteAddr(ip); return q; });
        mvc.perform(r).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("challengeAnswer"));
        assertThat(tips.count()).isEqualTo(before);
    }

    @Test
    void aFloodIsRefusedWithAClearMessage() throws Exception {
        String ip = client();
        for (int i = 0; i < 5; i++) {
            submit(ip, tip("第" + i + "次举报:车间粉尘堆积严重", true)).andExpect(status().isCreated());
        }
        long before = tips.count();
        submit(ip, tip("第六次举报:车间粉尘堆积严重", true)).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("提交过于频繁")));
        assertThat(tips.count()).isEqualTo(before);
        // another client is not affected
        submit(client(), tip("另一位群众:车间粉尘堆积严重", true)).andExpect(status().isCreated());
    }

    @Test
    void scriptsInATipAreShownAsText() throws Exception {
        String body = submit(client(), tip("<script>alert('x')</script>车间违规动火", true)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        UUID id = byNo(JsonPath.read(body, "$.no"));
        String page = mvc.perform(MockMvcRequestBuilders.get("/tips/" + id).with(user(users.loadUserByUsername("county.yjj"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    @Test
    void thePublicFormNeedsNoLoginAndShowsMessagesBesideTheFields() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/public/tips")).andExpect(status().isOk());
        mvc.perform(MockMvcRequestBuilders.get("/public/tips/check")).andExpect(status().isOk());
        String found = mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/tips/enterprises?q=示范"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).doesNotContain("uscc").doesNotContain("principal").doesNotContain("address");
        String page = mvc.perform(MockMvcRequestBuilders.multipart("/public/tips").param("content", "短")
                .param("place", "").param("anonymous", "false").with(csrf())
                .with(q -> { q.setRemoteAddr(client()); return q; }))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("验证题答案不正确或已过期");
    }
}
