package org.zhiben.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.RequestDispatcher;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.common.InputRules;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/**
 * Bad input of every shape the attack runs sent is a 400 (or 413/415) problem on the API and a Chinese error page
 * or a message beside the field on pages, never a 500; the error pages are Chinese, inside the layout, with a way
 * back. Runs on PostgreSQL too (the NUL character is what PostgreSQL refuses).
 */
@ZhibenTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTest {

    private static final String PASSWORD = "Demo@12345";
    private static final ItData DATA = new ItData('Q');
    private static final String TOWN_VILLAGE = "990101100202";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    UUID enterpriseA;

    @BeforeEach
    void setUp() {
        enterpriseA = ((CurrentUser) users.loadUserByUsername("ent.a.boss")).enterpriseId();
    }

    private RequestPostProcessor page(String username) {
        return user(users.loadUserByUsername(username));
    }

    private ResultActions postJson(String url, Object body, String username) throws Exception {
        return mvc.perform(post(url).with(httpBasic(username, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(body instanceof String s ? s : json.writeValueAsString(body)));
    }

    /** A Chinese error page inside the layout (navigation, a way home), never Whitelabel, never English. */
    private static ResultMatcher chinesePage(String expected) {
        return result -> {
            String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains(expected).contains("返回首页").contains("navbar")
                    .doesNotContain("Whitelabel").doesNotContain("Forbidden").doesNotContain("Bad Request")
                    .doesNotContain("Exception");
        };
    }

    private static ResultMatcher problem(int status, String detailPart) {
        return result -> {
            assertThat(result.getResponse().getStatus()).isEqualTo(status);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat((String) JsonPath.read(body, "$.detail")).contains(detailPart);
            assertThat((Integer) JsonPath.read(body, "$.status")).isEqualTo(status);
        };
    }

    // --- A. error pages ---

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q3", "2026Q9", "x", "2026Q5"})
    void malformedStatisticsPeriodIsA400PageWithItsMessage(String period) throws Exception {
        String base = "/hazards/statistics/enterprises/" + enterpriseA + "/" + period;
        for (String url : List.of(base, base + "/export.xlsx", base + "/export.docx")) {
            mvc.perform(get(url).with(page("ent.a.boss")).header("Referer", "http://localhost/hazards"))
                    .andExpect(status().isBadRequest())
                    .andExpect(chinesePage("统计期格式应为"))
                    .andExpect(content().string(containsString("返回上一页")))
                    .andExpect(content().string(containsString("href=\"/hazards\"")));
        }
        mvc.perform(get("/hazards/statistics").param("period", period).with(page("county.yjj")))
                .andExpect(status().isBadRequest()).andExpect(chinesePage("统计期格式应为"));
    }

    @Test
    void idThatIsNoUuidIsAChinese400Page() throws Exception {
        mvc.perform(get("/hazards/not-a-uuid").with(page("ent.a.boss")))
                .andExpect(status().isBadRequest())
                .andExpect(chinesePage("参数“id”的格式不正确"))
                .andExpect(content().string(containsString("输入有误 - 治本")));
        mvc.perform(get("/api/v1/hazards/not-a-uuid").with(httpBasic("ent.a.boss", PASSWORD)))
                .andExpect(problem(400, "参数“id”的格式不正确"));
    }

    @Test
    void errorOpenedDirectlyIsANotFoundPageNotAServerError() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound()).andExpect(content().string(containsString("未找到")))
                .andExpect(content().string(containsString("返回首页")));
        mvc.perform(get("/error").with(page("ent.a.boss"))).andExpect(status().isNotFound())
                .andExpect(chinesePage("页面或记录不存在"));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 405, 413, 500})
    void everyErrorStatusHasAChinesePageInsideTheLayout(int code) throws Exception {
        mvc.perform(get("/error").with(page("expert1"))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/risk/prejudgments")
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, code == 403 ? "Forbidden" : "x"))
                .andExpect(status().is(code))
                .andExpect(chinesePage(Problems.title(code)))
                .andExpect(content().string(containsString(Problems.title(code) + " - 治本")));
    }

    @Test
    void errorsOfApiAddressesAreChineseProblems() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/hazards"))
                .andExpect(problem(405, "不支持此请求方式"))
                .andExpect(jsonPath("$.title").value("不支持的请求方式"));
    }

    @Test
    void expertsForbiddenPageHasNoEnglishBanner() throws Exception {
        // security answers the expert's 风险预判 with sendError(403); the container then renders /error
        mvc.perform(get("/risk/prejudgments").with(page("expert1")))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 403));
        mvc.perform(get("/error").with(page("expert1")).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/risk/prejudgments"))
                .andExpect(status().isForbidden())
                .andExpect(chinesePage("您的角色无权执行此操作"))
                .andExpect(content().string(not(containsString("alert-danger"))));
    }

    @Test
    void aStaleFormTokenIsNotCalledAMatterOfRole() throws Exception {
        mvc.perform(post("/account/tokens").param("name", "x").with(page("ent.a.boss")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden())
                .andExpect(result -> assertThat(result.getRequest().getAttribute(
                        org.springframework.security.web.WebAttributes.ACCESS_DENIED_403))
                        .isInstanceOf(org.springframework.security.web.csrf.CsrfException.class));
        mvc.perform(get("/error").with(page("ent.a.boss")).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .requestAttr(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403,
                                new org.springframework.security.web.csrf.InvalidCsrfTokenException(
                                        new org.springframework.security.web.csrf.DefaultCsrfToken("X-CSRF-TOKEN",
                                                "_csrf", "a"), "b")))
                .andExpect(status().isForbidden())
                .andExpect(chinesePage("表单已失效"))
                .andExpect(content().string(not(containsString("您的角色无权"))));
    }

    @Test
    void tooLargeUploadIsA413LoggedAsWarningWithoutStackTrace(CapturedOutput output) throws Exception {
        mvc.perform(get("/error").with(page("ent.a.boss"))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException(new MaxUploadSizeExceededException(55L << 20)))
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/hazards"))
                .andExpect(status().isPayloadTooLarge()).andExpect(chinesePage("文件过大"));
        assertThat(output.getAll()).contains("WARN").contains("Upload refused as too large")
                .doesNotContain("\tat org.zhiben");
    }

    @Test
    void logoutSaysLoggedOutAndForgetsTheSessionCookie() throws Exception {
        mvc.perform(post("/logout").with(page("ent.a.boss")).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(cookie().maxAge("SESSION", 0));
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("您已退出登录")))
                .andExpect(content().string(not(containsString("会话已超时"))));
        mvc.perform(get("/login").param("expired", ""))
                .andExpect(content().string(containsString("会话已超时")));
    }

    @Test
    void aStaleSessionCookieAfterLogoutStillLandsOnTheLogoutMessage() throws Exception {
        // the cookie of a session the store no longer has (Spring Session's cookie carries the id in Base64)
        RequestPostProcessor staleCookie = request -> {
            request.setCookies(new jakarta.servlet.http.Cookie("SESSION", java.util.Base64.getEncoder()
                    .encodeToString(UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            return request;
        };
        mvc.perform(get("/login").param("logout", "").with(staleCookie)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/hazards").with(staleCookie)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void uploadRefusedByTheContainerIsForwardedAsA413WithOneWarning(CapturedOutput output) throws Exception {
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/hazards");
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        new UploadLimitFilter().doFilter(request, response, (req, res) -> {
            throw new IllegalStateException(new org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException(
                    "the request was rejected because its size (60000486) exceeds the configured maximum", 60000486,
                    57671680));
        });
        assertThat(response.getForwardedUrl()).isEqualTo("/error");
        assertThat(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)).isEqualTo(413);
        assertThat(output.getAll()).contains("WARN").contains("Upload refused as too large: POST /hazards")
                .doesNotContain("SizeLimitExceededException\n\tat");
        // anything else passes through unchanged
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new UploadLimitFilter().doFilter(
                new org.springframework.mock.web.MockHttpServletRequest("GET", "/"),
                new org.springframework.mock.web.MockHttpServletResponse(), (req, res) -> {
                    throw new IllegalStateException("other");
                })).hasMessage("other");
    }

    // --- B. bad input ---

    @Test
    void nullSectorIsA400OnEnterpriseCreateAndUpdate() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(ItData.enterprise(DATA.nextUscc(), "空行业测试有限公司",
                TOWN_VILLAGE));
        body.put("sectors", java.util.Arrays.asList((Object) null));
        postJson("/api/v1/enterprises", body, "county.yjj").andExpect(problem(400, "空值"))
                .andExpect(jsonPath("$.errors[0].field").value(containsString("sectors")));

        Map<String, Object> ok = ItData.enterprise(DATA.nextUscc(), "空行业更新测试有限公司", TOWN_VILLAGE);
        String created = postJson("/api/v1/enterprises", ok, "county.yjj").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        Map<String, Object> update = new LinkedHashMap<>(ok);
        update.put("version", JsonPath.read(created, "$.version"));
        update.put("sectors", java.util.Arrays.asList("03", null));
        mvc.perform(put("/api/v1/enterprises/{id}", id).with(httpBasic("county.yjj", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(update)))
                .andExpect(problem(400, "空值"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u001b", "\u007f"})
    void controlCharacterInAnyJsonTextIsA400(String control) throws Exception {
        Map<String, Object> hazard = report(enterpriseA, "泄漏" + control + "阀门");
        postJson("/api/v1/hazards", hazard, "ent.a.boss")
                .andExpect(problem(400, InputRules.CONTROL_CHARACTER))
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        Map<String, Object> located = report(enterpriseA, "阀门泄漏");
        located.put("location", "一号" + control + "车间");
        postJson("/api/v1/hazards", located, "ent.a.boss")
                .andExpect(problem(400, InputRules.CONTROL_CHARACTER))
                .andExpect(jsonPath("$.errors[0].field").value("location"));
        Map<String, Object> enterprise = new LinkedHashMap<>(ItData.enterprise(DATA.nextUscc(),
                "控制字符" + control + "有限公司", TOWN_VILLAGE));
        postJson("/api/v1/enterprises", enterprise, "county.yjj")
                .andExpect(problem(400, InputRules.CONTROL_CHARACTER));
        enterprise.put("name", "列表元素测试有限公司");
        enterprise.put("sectors", List.of("03" + control));
        postJson("/api/v1/enterprises", enterprise, "county.yjj")
                .andExpect(problem(400, InputRules.CONTROL_CHARACTER))
                .andExpect(jsonPath("$.errors[0].field").value("sectors[0]"));
        Map<String, Object> confirm = new LinkedHashMap<>();
        confirm.put("action", "CONFIRM");
        confirm.put("version", 0);
        confirm.put("responsibleName", "张" + control + "三");
        postJson("/api/v1/hazards/" + UUID.randomUUID() + "/transitions", confirm, "ent.a.boss")
                .andExpect(problem(400, InputRules.CONTROL_CHARACTER))
                .andExpect(jsonPath("$.errors[0].field").value("responsibleName"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "\\udfff", "\\ude00\\ud83d"})
    void halfASurrogatePairInJsonTextIsA400(String escaped) throws Exception {
        // escaped in the JSON text, as a client sends it: a Java string would turn it into "?" on the way
        String body = json.writeValueAsString(report(enterpriseA, "泄漏HALF阀门")).replace("HALF", escaped);
        postJson("/api/v1/hazards", body, "ent.a.boss").andExpect(problem(400, InputRules.CONTROL_CHARACTER))
                .andExpect(jsonPath("$.errors[0].field").value("description"));
        String whole = json.writeValueAsString(report(enterpriseA, "泄漏HALF阀门")).replace("HALF", "\\ud83d\\ude00");
        postJson("/api/v1/hazards", whole, "ent.a.boss").andExpect(status().isCreated());
    }

    @Test
    void controlCharacterInParametersAndPageFormsIsRefused() throws Exception {
        mvc.perform(get("/api/v1/enterprises").param("q", "化工\u0000").with(httpBasic("county.yjj", PASSWORD)))
                .andExpect(problem(400, InputRules.CONTROL_CHARACTER));
        mvc.perform(get("/enterprises").param("q", "化工\u0000").with(page("county.yjj")))
                .andExpect(status().isBadRequest()).andExpect(chinesePage(InputRules.CONTROL_CHARACTER));
        long before = hazards();
        mvc.perform(multipart("/hazards").with(page("ent.a.boss")).with(csrf())
                        .param("enterpriseId", enterpriseA.toString())
                        .param("idempotencyKey", UUID.randomUUID().toString())
                        .param("source", "DAILY").param("type", "EQUIPMENT").param("factorCode", "2101")
                        .param("accidentType", "MECHANICAL_INJURY").param("location", "车间")
                        .param("description", "阀门\u0000泄漏"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(InputRules.CONTROL_CHARACTER)));
        assertThat(hazards()).isEqualTo(before);
    }

    @Test
    void tabsAndLineBreaksInMultiLineTextAreKept() throws Exception {
        Map<String, Object> hazard = report(enterpriseA, "第一行\r\n\t第二行:阀门泄漏");
        String photo = JsonPath.read(mvc.perform(multipart("/api/v1/hazards/photos")
                        .file(new MockMultipartFile("file", "p.png", "image/png", png()))
                        .with(httpBasic("ent.a.boss", PASSWORD)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.key");
        hazard.put("beforePhotos", List.of(photo));
        String id = JsonPath.read(postJson("/api/v1/hazards", hazard, "ent.a.boss").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        assertThat(jdbc.queryForObject("select description from hazard_hazard where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("第一行\r\n\t第二行:阀门泄漏");
    }

    @Test
    void numbersAndBooleansWhereTextOrADateBelongsAreA400NotCoerced() throws Exception {
        for (Object notText : List.of(12345, 1e308, true)) {
            Map<String, Object> hazard = report(enterpriseA, "类型测试");
            hazard.put("location", notText);
            postJson("/api/v1/hazards", hazard, "ent.a.boss").andExpect(problem(400, "应为文本"))
                    .andExpect(jsonPath("$.errors[0].field").value("location"));
        }
        Map<String, Object> hazard = report(enterpriseA, "类型测试");
        hazard.put("foundOn", -1);
        postJson("/api/v1/hazards", hazard, "ent.a.boss").andExpect(problem(400, "日期应写作文本"))
                .andExpect(jsonPath("$.errors[0].field").value("foundOn"));
        assertThat(jdbc.queryForObject("select count(*) from hazard_hazard where description = '类型测试'", Integer.class))
                .isZero();
    }

    @Test
    void aFractionWhereAnIntegerBelongsIsA400NotTruncated() throws Exception {
        Map<String, Object> confirm = new LinkedHashMap<>();
        confirm.put("action", "CONFIRM");
        confirm.put("version", 0.9);
        postJson("/api/v1/hazards/" + UUID.randomUUID() + "/transitions", confirm, "ent.a.boss")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "9999-12-31", "+294277-01-01", "1899-12-31", "2101-01-01"})
    void datesOutsideTheWindowAreA400(String date) throws Exception {
        Map<String, Object> confirm = new LinkedHashMap<>();
        confirm.put("action", "CONFIRM");
        confirm.put("version", 0);
        confirm.put("deadline", date);
        postJson("/api/v1/hazards/" + UUID.randomUUID() + "/transitions", confirm, "ent.a.boss")
                .andExpect(problem(400, "日期应在 1900-01-01 至 2100-12-31 之间"))
                .andExpect(jsonPath("$.errors[0].field").value("deadline"));
        Map<String, Object> hazard = report(enterpriseA, "补录日期测试");
        hazard.put("foundOn", date);
        postJson("/api/v1/hazards", hazard, "ent.a.boss").andExpect(problem(400, "日期应在"));
        // a page form's date field and a date parameter
        mvc.perform(multipart("/hazards").with(page("ent.a.boss")).with(csrf())
                        .param("enterpriseId", enterpriseA.toString())
                        .param("idempotencyKey", UUID.randomUUID().toString())
                        .param("source", "DAILY").param("type", "EQUIPMENT").param("factorCode", "2101")
                        .param("accidentType", "MECHANICAL_INJURY").param("location", "车间")
                        .param("description", "补录日期测试").param("foundOn", date))
                .andExpect(status().isOk()).andExpect(content().string(containsString("日期应在")));
        mvc.perform(get("/api/v1/hazards").param("from", date).with(httpBasic("ent.a.boss", PASSWORD)))
                .andExpect(problem(400, "日期应在"));
    }

    @Test
    void datesAtTheWindowsEdgesAreRead() throws Exception {
        Map<String, Object> confirm = new LinkedHashMap<>();
        confirm.put("action", "CONFIRM");
        confirm.put("version", 0);
        for (String edge : List.of("1900-01-01", "2100-12-31")) {
            confirm.put("deadline", edge);
            // the body is read; the unknown hazard is then a 404
            postJson("/api/v1/hazards/" + UUID.randomUUID() + "/transitions", confirm, "ent.a.boss")
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void zipBombOnTheRiskInventoryImportIsA400() throws Exception {
        byte[] bomb = zipBombXlsx();
        assertThat(bomb.length).isLessThan(1 << 20);
        mvc.perform(multipart("/api/v1/risk/enterprises/{id}/inventory/import", enterpriseA)
                        .file(new MockMultipartFile("file", "bomb.xlsx", "application/octet-stream", bomb))
                        .with(httpBasic("ent.a.boss", PASSWORD)))
                .andExpect(problem(400, "压缩炸弹"));
    }

    @Test
    void jsonSentToTheRegionImportIsA415WithAMessage() throws Exception {
        mvc.perform(post("/api/v1/admin/regions/import").with(httpBasic("admin", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"990101\"}"))
                .andExpect(problem(415, "multipart/form-data"));
        mvc.perform(post("/api/v1/risk/enterprises/{id}/inventory/import", enterpriseA)
                        .with(httpBasic("ent.a.boss", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(problem(415, "multipart/form-data"));
    }

    @Test
    void malformedJsonIsAChinese400() throws Exception {
        postJson("/api/v1/hazards", "{\"description\":", "ent.a.boss").andExpect(problem(400, "JSON"))
                .andExpect(jsonPath("$.title").value("输入有误"));
        postJson("/api/v1/hazards", "{\"enterpriseId\":\"x\"}", "ent.a.boss")
                .andExpect(problem(400, "enterpriseId"));
        // well-formed JSON of the wrong shape names the body
        for (String wrong : List.of("[1]", "[{\"description\":\"x\"}]", "42", "\"text\"")) {
            postJson("/api/v1/hazards", wrong, "ent.a.boss").andExpect(problem(400, "请求体应为JSON对象"))
                    .andExpect(jsonPath("$.errors[0].field").value("body"));
        }
    }

    private long hazards() {
        return jdbc.queryForObject("select count(*) from hazard_hazard", Long.class);
    }

    private static Map<String, Object> report(UUID enterpriseId, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", enterpriseId);
        m.put("source", "DAILY");
        m.put("type", "EQUIPMENT");
        m.put("factorCode", "2101");
        m.put("accidentType", "MECHANICAL_INJURY");
        m.put("description", description);
        m.put("location", "一号车间");
        m.put("beforePhotos", List.of());
        return m;
    }

    private static byte[] png() throws Exception {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A well-formed xlsx whose sheet inflates about a thousand times (64 MB of blanks): POI's bomb guard. */
    static byte[] zipBombXlsx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="清单" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
