package org.zhiben.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.CurrentUser;
import tools.jackson.databind.ObjectMapper;

/** 两单两卡: positions, the five cards with the units' risks and colours, the QR code, print CSS, scope, escaping. */
@ZhibenTest
class RiskCardTest {

    private static final String SAFETY = "ent.a.safety";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService userDetails;

    private RiskApi api;
    private UUID a;

    @BeforeEach
    void setUp() {
        api = new RiskApi(mvc, json);
        a = ((CurrentUser) userDetails.loadUserByUsername(SAFETY)).enterpriseId();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private String html(String url, String username) throws Exception {
        return mvc.perform(get(url).with(as(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** A position over a unit with a 重大 (LEC 6×6×15 = 540) and a 较大 (LS 4×4 = 16) event; returns its id. */
    private String position(String name, String suffix) throws Exception {
        String unit = api.unit(api.object(a, "卡片对象" + suffix, SAFETY), "卡片单元" + suffix, SAFETY);
        String pinch = api.event(unit, "送料时手部被冲压" + suffix, SAFETY);
        api.measure(pinch, "光电保护与离合器联锁" + suffix, SAFETY);
        api.post("/api/v1/risk/events/" + pinch + "/measures", Map.of("description", "立即停机并拨打120" + suffix,
                "category", "EMERGENCY", "responsiblePerson", "测试员", "checkCycle", 1, "checkCycleUnit", "MONTH"),
                SAFETY).andExpect(status().isCreated());
        assertThat(api.assessOk(pinch, "INHERENT", "LEC", SAFETY, "l", 6, "e", 6, "c", 15)).isEqualTo("MAJOR");
        String drop = api.event(unit, "吊物坠落砸伤" + suffix, SAFETY);
        assertThat(api.assessOk(drop, "INHERENT", "LS", SAFETY, "l", 4, "s", 4)).isEqualTo("LARGE");
        String location = mvc.perform(post("/risk/enterprises/" + a + "/cards").with(as(SAFETY)).with(csrf())
                        .param("name", name).param("unitIds", unit)
                        .param("responsibilities", "执行交接班制度\n每班点检设备")
                        .param("operatingSteps", "检查防护装置\n试车\n正常生产")
                        .param("emergencySteps", "按下急停\n报告班长"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).contains("#position-");
        return location.substring(location.indexOf("#position-") + "#position-".length());
    }

    @Test
    void cardsShowTheUnitsRisksWithTheirColoursAndPrintOnA4() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String p = position("冲床操作工" + suffix, suffix);
        String base = "/risk/enterprises/" + a + "/cards/" + p + "/";

        String list = html(base + "risk-list", SAFETY);
        assertThat(list).contains("岗位风险清单", "冲床操作工" + suffix, "送料时手部被冲压" + suffix, "吊物坠落砸伤" + suffix,
                "2101", "机械伤害", "光电保护与离合器联锁" + suffix);
        // 重大 red first, then 较大 orange; the card's level is the highest
        assertThat(list.indexOf("送料时手部被冲压" + suffix)).isLessThan(list.indexOf("吊物坠落砸伤" + suffix));
        assertThat(list).contains("data-level=\"MAJOR\"", "bg-danger", "data-level=\"LARGE\"", "#fd7e14");
        // print CSS: A4, no navigation, colours kept
        assertThat(list).contains("@page { size: A4; margin: 12mm; }", "nav, .no-print", "print-color-adjust: exact",
                "color: #000 !important");

        assertThat(html(base + "duty-list", SAFETY)).contains("岗位职责清单", "执行交接班制度", "每班点检设备");
        assertThat(html(base + "operation", SAFETY)).contains("岗位操作卡", "检查防护装置", "试车",
                "光电保护与离合器联锁" + suffix);
        String emergency = html(base + "emergency", SAFETY);
        assertThat(emergency).contains("岗位应急处置卡", "按下急停", "立即停机并拨打120" + suffix, "机械伤害", "物体打击",
                "119", "120");
        String notice = html(base + "notice", SAFETY);
        assertThat(notice).contains("岗位风险告知卡", "送料时手部被冲压" + suffix, "data-level=\"MAJOR\"", "可能导致的后果",
                "光电保护与离合器联锁" + suffix, "应急电话", "119", "qr.png");
        mvc.perform(get(base + "unknown").with(as(SAFETY))).andExpect(status().isNotFound());

        String positions = html("/risk/enterprises/" + a + "/cards", SAFETY);
        assertThat(positions).contains("冲床操作工" + suffix, base + "notice", "inventory.xlsx");
        assertThat(html("/risk/enterprises/" + a, SAFETY)).contains("/risk/enterprises/" + a + "/cards");
    }

    @Test
    void theQrCodeDecodesToTheAbsoluteUrlOfThePositionsRiskList() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String p = position("二维码岗" + suffix, suffix);
        byte[] png = mvc.perform(get("/risk/enterprises/" + a + "/cards/" + p + "/qr.png").with(as("town.aj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThan(100);
        String text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(text).isEqualTo("http://localhost/risk/enterprises/" + a + "/cards/" + p + "/risk-list");
    }

    @Test
    void onlyTheEnterpriseAndOfficialsInScopeSeeTheCards() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String p = position("范围岗" + suffix, suffix);
        String base = "/risk/enterprises/" + a + "/cards";
        for (String outsider : List.of("ent.b.boss", "county.zjj")) {
            for (String url : List.of(base, base + "/" + p + "/notice", base + "/" + p + "/qr.png",
                    "/risk/enterprises/" + a + "/inventory.xlsx")) {
                mvc.perform(get(url).with(as(outsider))).andExpect(status().isNotFound());
            }
            api.get("/api/v1/risk/enterprises/" + a + "/inventory.xlsx", outsider).andExpect(status().isNotFound());
        }
        for (String reader : List.of("town.aj", "ent.a.worker", "county.yjj")) {
            assertThat(html(base + "/" + p + "/notice", reader)).contains("范围岗" + suffix);
        }
        mvc.perform(get("/risk/enterprises/" + a + "/inventory.xlsx").with(as("town.aj"))).andExpect(status().isOk());
        // readers do not edit
        mvc.perform(get(base + "/new").with(as("town.aj"))).andExpect(status().isForbidden());
        mvc.perform(post(base).with(as("ent.a.worker")).with(csrf()).param("name", "职工岗")).andExpect(
                status().isForbidden());
        mvc.perform(post(base).with(as("ent.b.boss")).with(csrf()).param("name", "外企岗")).andExpect(
                status().isNotFound());
        // a unit of another enterprise cannot be linked
        UUID b = ((CurrentUser) userDetails.loadUserByUsername("ent.b.boss")).enterpriseId();
        String foreign = api.unit(api.object(b, "外企对象" + suffix, "ent.b.boss"), "外企单元" + suffix, "ent.b.boss");
        String page = mvc.perform(post(base).with(as(SAFETY)).with(csrf()).param("name", "混入岗" + suffix)
                .param("unitIds", foreign)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("所选风险分析单元不属于本企业");
        assertThat(html(base, SAFETY)).doesNotContain("混入岗" + suffix);
    }

    private String version(String p) throws Exception {
        String form = html("/risk/enterprises/" + a + "/cards/" + p + "/edit", SAFETY);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(m.find()).as(form).isTrue();
        return m.group(1);
    }

    @Test
    void namesAreEscapedAndStaleEditsRefused() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String p = position("<script>alert(1)</script>" + suffix, suffix);
        String notice = html("/risk/enterprises/" + a + "/cards/" + p + "/notice", SAFETY);
        assertThat(notice).contains("&lt;script&gt;alert(1)&lt;/script&gt;" + suffix).doesNotContain("<script>alert(1)");
        assertThat(html("/risk/enterprises/" + a + "/cards", SAFETY)).doesNotContain("<script>alert(1)");

        String unit = JsonPath.read(api.getJson("/api/v1/risk/enterprises/" + a + "/units?size=1", SAFETY),
                "$.content[0].id");
        String stale = mvc.perform(post("/risk/enterprises/" + a + "/cards/" + p).with(as(SAFETY)).with(csrf())
                .param("name", "改名" + suffix).param("unitIds", unit).param("version", "99"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("已被他人修改");
        mvc.perform(post("/risk/enterprises/" + a + "/cards/" + p).with(as(SAFETY)).with(csrf())
                .param("name", "改名" + suffix).param("unitIds", unit).param("version", version(p)))
                .andExpect(status().is3xxRedirection());
        assertThat(html("/risk/enterprises/" + a + "/cards/" + p + "/duty-list", SAFETY)).contains("改名" + suffix)
                .contains("尚未填写岗位职责");
    }
}
