package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.audit.AuditTrail;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/** The four-colour map: uploads, polygons, colours from the current level, scope, conflicts, the overview. */
@ZhibenTest
class RiskMapTest {

    private static final String SAFETY = "ent.a.safety";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService userDetails;

    private RiskApi api;
    private UUID a;
    private String unit;
    private String event;
    private String map;

    @BeforeEach
    void setUp() throws Exception {
        api = new RiskApi(mvc, json);
        a = principal(SAFETY).enterpriseId();
        String object = api.object(a, "四色图测试对象", SAFETY);
        unit = api.unit(object, "四色图测试单元", SAFETY);
        event = api.event(unit, "四色图测试事件", SAFETY);
        map = JsonPath.read(upload(a, "测试平面图", png(800, 600), "plan.png", SAFETY).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    static byte[] png(int width, int height) throws IOException {
        return encode("png", width, height);
    }

    static byte[] encode(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private CurrentUser principal(String username) {
        return (CurrentUser) userDetails.loadUserByUsername(username);
    }

    private RequestPostProcessor page(String username) {
        return user(principal(username));
    }

    private ResultActions upload(UUID enterprise, String title, byte[] content, String filename, String username)
            throws Exception {
        return mvc.perform(multipart("/api/v1/risk/enterprises/{id}/maps", enterprise)
                .file(new MockMultipartFile("file", filename, "image/png", content)).param("title", title)
                .with(RiskApi.as(username)));
    }

    private String mapUrl() {
        return "/api/v1/risk/enterprises/" + a + "/maps/" + map;
    }

    private ResultActions putPolygon(String username, Object body) throws Exception {
        return api.put(mapUrl() + "/polygons/" + unit, body, username);
    }

    private static List<List<Integer>> square() {
        return List.of(List.of(100, 100), List.of(300, 100), List.of(300, 250), List.of(100, 250));
    }

    // ---- uploads

    @Test
    void aPngAndAJpegAreStoredWithTheirPixelSize() throws Exception {
        upload(a, "厂区总平面图", png(1024, 768), "site.png", SAFETY).andExpect(status().isCreated())
                .andExpect(jsonPath("$.width").value(1024)).andExpect(jsonPath("$.height").value(768))
                .andExpect(jsonPath("$.contentType").value("image/png"));
        upload(a, "冲压车间", encode("jpg", 333, 222), "shop.jpg", "ent.a.boss").andExpect(status().isCreated())
                .andExpect(jsonPath("$.width").value(333)).andExpect(jsonPath("$.height").value(222))
                .andExpect(jsonPath("$.contentType").value("image/jpeg"));
        api.get("/api/v1/risk/enterprises/" + a + "/maps", "ent.a.worker").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", hasItem("冲压车间")));
    }

    @Test
    void aRetriedUploadWithItsIdempotencyKeyStoresOnePlanAndAnotherFileWithTheKeyIs422() throws Exception {
        String key = "plan-" + UUID.randomUUID();
        byte[] plan = png(640, 480);
        String first = JsonPath.read(uploadWithKey(key, plan).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        String second = JsonPath.read(uploadWithKey(key, plan).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        assertThat(second).isEqualTo(first);
        uploadWithKey(key, png(641, 480)).andExpect(status().isUnprocessableContent());
    }

    private ResultActions uploadWithKey(String key, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/risk/enterprises/{id}/maps", a)
                .file(new MockMultipartFile("file", "site.png", "image/png", content)).param("title", "重试的平面图")
                .header("Idempotency-Key", key).with(RiskApi.as(SAFETY)));
    }

    @Test
    void aNonImageRenamedPngIsRefusedByContent() throws Exception {
        upload(a, "伪装", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "evil.png", SAFETY)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("文件类型不允许,仅支持:JPG、PNG"));
        // a PDF is a known type but not a plan
        upload(a, "PDF", "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII), "plan.png", SAFETY)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void aPlanOver10MegabytesIsRefusedAndOneOfExactly10IsNotRefusedForItsSize() throws Exception {
        byte[] header = png(10, 10);
        byte[] big = Arrays.copyOf(header, 10 * 1024 * 1024 + 1);
        upload(a, "太大", big, "big.png", SAFETY).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("文件过大,最大允许 10 MB"));
        // exactly 10 MB passes the size check (a valid PNG with trailing bytes after IEND)
        upload(a, "正好10MB", Arrays.copyOf(header, 10 * 1024 * 1024), "ok.png", SAFETY)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.width").value(10));
    }

    @Test
    void aTitleIsRequiredAndTheUploadPageShowsTheMessage() throws Exception {
        upload(a, " ", png(10, 10), "p.png", SAFETY).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(multipart("/risk/enterprises/{id}/maps", a)
                        .file(new MockMultipartFile("file", "x.png", "image/png", "not an image".getBytes()))
                        .param("title", "页面上传").with(page(SAFETY)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("文件类型不允许,仅支持:JPG、PNG")));
        mvc.perform(multipart("/risk/enterprises/{id}/maps", a)
                        .file(new MockMultipartFile("file", "x.png", "image/png", png(50, 40)))
                        .param("title", "页面上传").with(page(SAFETY)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/risk/enterprises/" + a + "/maps/*"));
    }

    // ---- polygons

    @Test
    void aPolygonTakesItsUnitsCurrentColourAndChangesWithTheNextAssessment() throws Exception {
        putPolygon(SAFETY, Map.of("points", square())).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0));
        String path = "$.polygons[?(@.unitId == '" + unit + "')]";
        api.get(mapUrl(), "ent.a.worker").andExpect(status().isOk())
                .andExpect(jsonPath(path + ".color", hasItem("#adb5bd")))
                .andExpect(jsonPath(path + ".svgPoints", hasItem("100,100 300,100 300,250 100,250")))
                .andExpect(jsonPath(path + ".points[1]", hasItem(List.of(300.0, 100.0))));
        api.assessOk(event, "INHERENT", "LEC", SAFETY, "l", 10, "e", 6, "c", 40);   // D = 2400 > 320: 重大
        api.get(mapUrl(), "town.aj").andExpect(jsonPath(path + ".level", hasItem("MAJOR")))
                .andExpect(jsonPath(path + ".color", hasItem("#dc3545")));
        mvc.perform(get("/risk/enterprises/{id}/maps/{m}", a, map).with(page("ent.a.worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"poly-" + unit + "\"")))
                .andExpect(content().string(containsString("fill=\"#dc3545\"")))
                .andExpect(content().string(containsString("viewBox=\"0 0 800 600\"")))
                .andExpect(content().string(not(containsString("id=\"map-form\""))));
        api.assessOk(event, "RESIDUAL", "LEC", SAFETY, "l", 1, "e", 6, "c", 7);    // D = 42: 低
        api.get(mapUrl(), SAFETY).andExpect(jsonPath(path + ".color", hasItem("#0d6efd")));
        mvc.perform(get("/risk/enterprises/{id}/maps/{m}/print", a, map).with(page("county.yjj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("map-print-date")))
                .andExpect(content().string(containsString("fill=\"#0d6efd\"")));
    }

    @Test
    void invalidOutlinesAreRefusedWithTheReason() throws Exception {
        putPolygon(SAFETY, Map.of("points", List.of(List.of(1, 1), List.of(2, 2))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("points"))
                .andExpect(jsonPath("$.errors[0].message").value("多边形至少需要3个点,收到2个"));
        putPolygon(SAFETY, Map.of("points", List.of(List.of(0, 0), List.of(801, 0), List.of(400, 300))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("第2个点 (801, 0) 在图片范围之外(0–800 × 0–600)"));
        List<List<Integer>> many = new java.util.ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(List.of(i, i % 2));
        }
        putPolygon(SAFETY, Map.of("points", many)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("多边形最多200个点,收到201个"));
        // a unit of another enterprise
        String bUnit = api.unit(api.object(principal("ent.b.boss").enterpriseId(), "B对象", "ent.b.boss"), "B单元",
                "ent.b.boss");
        api.put(mapUrl() + "/polygons/" + bUnit, Map.of("points", square()), SAFETY)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitId"));
        api.get(mapUrl(), SAFETY).andExpect(jsonPath("$.polygons[?(@.unitId == '" + unit + "')]").isEmpty());
        // the page shows the message
        mvc.perform(post("/risk/enterprises/{id}/maps/{m}/polygons", a, map).param("unitId", unit)
                        .param("points", "1,1 900,1 5,5").with(page(SAFETY)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "第2个点 (900, 1) 在图片范围之外(0–800 × 0–600)"));
    }

    @Test
    void savingAgainReplacesAStaleVersionIsAConflictAndDeleteRemoves() throws Exception {
        putPolygon(SAFETY, Map.of("points", square())).andExpect(jsonPath("$.version").value(0));
        List<List<Integer>> triangle = List.of(List.of(10, 10), List.of(50, 10), List.of(30, 40));
        putPolygon("ent.a.boss", Map.of("points", triangle, "version", 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        putPolygon(SAFETY, Map.of("points", square(), "version", 0)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
        String path = "$.polygons[?(@.unitId == '" + unit + "')].svgPoints";
        api.get(mapUrl(), SAFETY).andExpect(jsonPath(path, hasItem("10,10 50,10 30,40")));
        mvc.perform(post("/risk/enterprises/{id}/maps/{m}/polygons", a, map).param("unitId", unit)
                        .param("points", "1,1 9,1 5,5").param("version", "0").with(page(SAFETY)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("已被他人修改")));
        mvc.perform(delete(mapUrl() + "/polygons/" + unit).param("version", "0").with(RiskApi.as(SAFETY)))
                .andExpect(status().isConflict());
        mvc.perform(delete(mapUrl() + "/polygons/" + unit).param("version", "1").with(RiskApi.as(SAFETY)))
                .andExpect(status().isNoContent());
        api.get(mapUrl(), SAFETY).andExpect(jsonPath(path).isEmpty());
        // the page form saves and redirects back to the map
        mvc.perform(post("/risk/enterprises/{id}/maps/{m}/polygons", a, map).param("unitId", unit)
                        .param("points", "1,1 9,1 5,5").with(page(SAFETY)).with(csrf()))
                .andExpect(flash().attribute("notice", "已保存区域"));
        api.get(mapUrl(), SAFETY).andExpect(jsonPath(path, hasItem("1,1 9,1 5,5")));
    }

    @Autowired
    AuditTrail audit;

    // ---- scope

    @ParameterizedTest
    @ValueSource(strings = {"ent.b.boss", "county.zjj"})
    void outsidersGetNotFoundOnPagesImagesAndApi(String outsider) throws Exception {
        for (String url : List.of("/risk/enterprises/" + a + "/maps", "/risk/enterprises/" + a + "/maps/" + map,
                "/risk/enterprises/" + a + "/maps/" + map + "/image", "/risk/enterprises/" + a + "/maps/" + map + "/print")) {
            mvc.perform(get(url).with(page(outsider))).andExpect(status().isNotFound());
        }
        api.get("/api/v1/risk/enterprises/" + a + "/maps", outsider).andExpect(status().isNotFound());
        api.get(mapUrl(), outsider).andExpect(status().isNotFound());
        putPolygon(outsider, Map.of("points", square())).andExpect(status().isNotFound());
        upload(a, "越权", png(10, 10), "x.png", outsider).andExpect(status().isNotFound());
        mvc.perform(post("/risk/enterprises/{id}/maps/{m}/polygons", a, map).param("unitId", unit)
                .param("points", "1,1 9,1 5,5").with(page(outsider)).with(csrf())).andExpect(status().isNotFound());
        // B's own map id under A's enterprise id is not found for A's users either
        api.get("/api/v1/risk/enterprises/" + principal("ent.b.boss").enterpriseId() + "/maps/" + map, "ent.b.boss")
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"town.aj", "ent.a.worker", "county.yjj"})
    void readersSeeTheMapAndImageButCannotWrite(String reader) throws Exception {
        mvc.perform(get("/risk/enterprises/{id}/maps/{m}", a, map).with(page(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"risk-map-svg\"")));
        byte[] image = mvc.perform(get("/risk/enterprises/{id}/maps/{m}/image", a, map).with(page(reader)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(image).isEqualTo(png(800, 600));
        api.get(mapUrl(), reader).andExpect(status().isOk()).andExpect(jsonPath("$.editable").value(false))
                .andExpect(jsonPath("$.plan.width").value(800));
        putPolygon(reader, Map.of("points", square())).andExpect(status().isForbidden());
        upload(a, "只读", png(10, 10), "x.png", reader).andExpect(status().isForbidden());
        mvc.perform(post("/risk/enterprises/{id}/maps/{m}/polygons", a, map).param("unitId", unit)
                .param("points", "1,1 9,1 5,5").with(page(reader)).with(csrf())).andExpect(status().isForbidden());
        api.get(mapUrl(), SAFETY).andExpect(jsonPath("$.polygons[?(@.unitId == '" + unit + "')]").isEmpty());
    }

    @Test
    void theInventoryPageLinksToTheMaps() throws Exception {
        mvc.perform(get("/risk/enterprises/{id}", a).with(page("ent.a.worker")))
                .andExpect(content().string(containsString("href=\"/risk/enterprises/" + a + "/maps\"")));
        mvc.perform(get("/risk/enterprises/{id}/maps", a).with(page("ent.a.worker")))
                .andExpect(content().string(containsString("/risk/enterprises/" + a + "/maps/" + map)))
                .andExpect(content().string(not(containsString("id=\"plan-upload\""))));
        mvc.perform(get("/risk/enterprises/{id}/maps", a).with(page(SAFETY)))
                .andExpect(content().string(containsString("id=\"plan-upload\"")));
    }

    @Test
    void everyChangeIsAudited() throws Exception {
        assertThat(audit.historyOf("RiskSitePlan", map)).extracting(e -> e.action() + " " + e.actor())
                .containsExactly("CREATE " + SAFETY);
        String id = JsonPath.read(putPolygon(SAFETY, Map.of("points", square())).andReturn().getResponse()
                .getContentAsString(), "$.id");
        putPolygon(SAFETY, Map.of("points", List.of(List.of(1, 1), List.of(9, 1), List.of(5, 5)), "version", 0));
        mvc.perform(delete(mapUrl() + "/polygons/" + unit).with(RiskApi.as(SAFETY))).andExpect(status().isNoContent());
        assertThat(audit.historyOf("RiskMapPolygon", id)).extracting(e -> e.action())
                .containsExactly("DELETE", "UPDATE", "CREATE");
        assertThat(audit.historyOf("RiskMapPolygon", id).get(1).after()).contains("1,1 9,1 5,5");
    }

    // ---- the officials' overview

    @Test
    void theCountyOverviewListsAAndBAtTheirHighestLevel() throws Exception {
        UUID b = principal("ent.b.boss").enterpriseId();
        String response = api.getJson("/api/v1/risk/overview", "county.yjj");
        List<String> levels = JsonPath.read(response, "$.enterprises[?(@.id == '" + a + "')].level");
        assertThat(levels).containsExactly("MAJOR");   // 抛光除尘系统, direct judgment
        levels = JsonPath.read(response, "$.enterprises[?(@.id == '" + b + "')].level");
        assertThat(levels).containsExactly("MAJOR");   // 液氨储罐区, a major hazard source
        List<String> order = JsonPath.read(response, "$.enterprises[*].level");
        assertThat(order).isSortedAccordingTo(java.util.Comparator.comparingInt(
                (String l) -> l == null ? 9 : RiskLevel.valueOf(l).ordinal()));
        List<Integer> majorA = JsonPath.read(response, "$.enterprises[?(@.id == '" + a + "')].major");
        assertThat(majorA.get(0)).isGreaterThanOrEqualTo(1);
        List<Integer> townMajor = JsonPath.read(response, "$.byRegion[?(@.code == '990101100000')].major");
        assertThat(townMajor).hasSize(1);
        assertThat(townMajor.get(0)).isGreaterThanOrEqualTo(1);
        List<Object> sectors = JsonPath.read(response, "$.bySector[*].code");
        assertThat(sectors).isNotEmpty();
        mvc.perform(get("/risk/overview").with(page("county.yjj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-enterprise=\"" + a + "\"")))
                .andExpect(content().string(containsString("data-enterprise=\"" + b + "\"")))
                .andExpect(content().string(containsString("overview-region-chart")));
    }

    /**
     * The overview comes a page of 50 at a time: the pages together list every enterprise once, in level order
     * across pages, as many as the total says, and the sub-region and sector counts (over all of them) are the same
     * on every page and add up to the units the pages list.
     */
    @Test
    void theOverviewIsPagedAndItsCountsCoverEveryEnterprise() throws Exception {
        for (String official : List.of("admin", "county.yjj", "county.zjj")) {
            String first = api.getJson("/api/v1/risk/overview", official);
            long total = ((Number) JsonPath.read(first, "$.total")).longValue();
            assertThat((Integer) JsonPath.read(first, "$.size")).isEqualTo(50);
            List<String> ids = new java.util.ArrayList<>();
            List<String> levels = new java.util.ArrayList<>();
            long major = 0;
            long large = 0;
            for (int page = 0; page <= total / 50; page++) {
                String response = api.getJson("/api/v1/risk/overview?page=" + page, official);
                assertThat(JsonPath.<Object>read(response, "$.byRegion")).isEqualTo(JsonPath.read(first, "$.byRegion"));
                assertThat(JsonPath.<Object>read(response, "$.bySector")).isEqualTo(JsonPath.read(first, "$.bySector"));
                ids.addAll(JsonPath.read(response, "$.enterprises[*].id"));
                levels.addAll(JsonPath.read(response, "$.enterprises[*].level"));
                major += JsonPath.<List<Integer>>read(response, "$.enterprises[*].major").stream()
                        .mapToLong(Integer::longValue).sum();
                large += JsonPath.<List<Integer>>read(response, "$.enterprises[*].large").stream()
                        .mapToLong(Integer::longValue).sum();
            }
            assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
            assertThat(levels).isSortedAccordingTo(java.util.Comparator.comparingInt(
                    (String l) -> l == null ? 9 : RiskLevel.valueOf(l).ordinal()));
            assertThat(JsonPath.<List<Integer>>read(first, "$.byRegion[*].major").stream()
                    .mapToLong(Integer::longValue).sum()).as(official).isEqualTo(major);
            assertThat(JsonPath.<List<Integer>>read(first, "$.byRegion[*].large").stream()
                    .mapToLong(Integer::longValue).sum()).as(official).isEqualTo(large);
            String beyond = api.getJson("/api/v1/risk/overview?page=" + (total / 50 + 1), official);
            assertThat(JsonPath.<List<Object>>read(beyond, "$.enterprises")).isEmpty();
        }
        api.get("/api/v1/risk/overview?page=-1", "county.yjj").andExpect(status().isBadRequest());
    }

    @Test
    void theTownOverviewListsAButNotBAndOthersAreLimited() throws Exception {
        UUID b = principal("ent.b.boss").enterpriseId();
        String response = api.getJson("/api/v1/risk/overview", "town.aj");
        assertThat(JsonPath.<List<String>>read(response, "$.enterprises[*].id")).contains(a.toString())
                .doesNotContain(b.toString());
        String zjj = api.getJson("/api/v1/risk/overview", "county.zjj");
        assertThat(JsonPath.<List<String>>read(zjj, "$.enterprises[*].id")).doesNotContain(a.toString(), b.toString());
        api.get("/api/v1/risk/overview", "ent.a.boss").andExpect(status().isForbidden());
        mvc.perform(get("/risk/overview").with(page("ent.a.boss"))).andExpect(status().isForbidden());
        mvc.perform(get("/risk/overview").with(page("town.aj"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-enterprise=\"" + b + "\""))));
    }
}
