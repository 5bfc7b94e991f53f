package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The four-colour map in a real browser: the safety manager of A draws a unit's area on the demo site plan, the
 * unit is then assessed 重大 (LEC 10 × 6 × 40 = 2400 > 320) and the reloaded map fills the area red.
 */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RiskMapBrowserTest {

    private static final String SAFETY = "ent.a.safety";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private String base() {
        return "http://localhost:" + port;
    }

    private String api(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((SAFETY + ":Demo@12345").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }

    @Test
    void safetyManagerDrawsAUnitAndItTurnsRedOnceAssessedMajor() throws Exception {
        String me = api("GET", "/api/v1/me", null);
        String a = JsonPath.read(me, "$.enterpriseId");
        String object = JsonPath.read(api("POST", "/api/v1/risk/enterprises/" + a + "/objects",
                "{\"kind\":\"AREA\",\"name\":\"成品仓库\",\"majorHazardSource\":false}"), "$.id");
        String unit = JsonPath.read(api("POST", "/api/v1/risk/objects/" + object + "/units",
                "{\"name\":\"成品堆垛区\",\"responsiblePerson\":\"仓库主管\",\"controlLevel\":\"WORKSHOP\"}"), "$.id");
        String event = JsonPath.read(api("POST", "/api/v1/risk/units/" + unit + "/events",
                "{\"description\":\"堆垛倒塌砸伤\",\"hazardFactorCode\":\"2101\",\"accidentTypes\":[\"OBJECT_STRIKE\"]}"),
                "$.id");
        List<String> plans = JsonPath.read(api("GET", "/api/v1/risk/enterprises/" + a + "/maps", null),
                "$[?(@.title == '厂区总平面图')].id");
        String mapUrl = base() + "/risk/enterprises/" + a + "/maps/" + plans.get(0);

        try (BrowserContext context = BrowserSupport.context(false)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), SAFETY);
            page.navigate(base() + "/risk/enterprises/" + a);
            page.locator("#risk-map-link").click();
            page.locator("#map-plans a", new Page.LocatorOptions().setHasText("厂区总平面图")).first().click();
            assertThat(page.locator("#risk-map-svg")).isVisible();

            Locator svg = page.locator("#risk-map-svg");
            assertThat(svg).hasAttribute("data-editor", "ready");
            page.selectOption("#map-unit", unit);
            double[][] corners = {{0.45, 0.50}, {0.60, 0.50}, {0.60, 0.62}, {0.45, 0.62}};
            for (int i = 0; i < corners.length; i++) {
                // Measured per click: the plan image may still be settling the layout on a loaded machine.
                BoundingBox box = svg.boundingBox();
                page.mouse().click(box.x + box.width * corners[i][0], box.y + box.height * corners[i][1]);
                assertThat(page.locator("#map-count")).hasText(String.valueOf(i + 1));
                page.waitForTimeout(350);
            }
            page.locator("#map-close").click();
            assertThat(page.locator("#map-draft-shape")).hasAttribute("class", "map-draft-shape");
            page.locator("#map-save").click();
            assertThat(page.locator("#map-notice")).hasText("已保存区域");
            Locator polygon = page.locator("#poly-" + unit);
            assertThat(polygon).hasAttribute("fill", "#adb5bd");
            assertThat(polygon).hasAttribute("data-level", "NONE");

            api("POST", "/api/v1/risk/events/" + event + "/assessments",
                    "{\"kind\":\"INHERENT\",\"method\":\"LEC\",\"inputs\":{\"l\":10,\"e\":6,\"c\":40}}");
            page.reload();
            assertThat(polygon).hasAttribute("fill", "#dc3545");
            assertThat(polygon).hasAttribute("data-level", "MAJOR");
            String points = polygon.getAttribute("points");
            assertThat(points.split(" ")).hasSize(4);
            BrowserSupport.screenshot(page, "risk-map-desktop");

            page.navigate(mapUrl + "/print");
            assertThat(page.locator("#map-legend")).containsText("未评估");
            BrowserSupport.screenshot(page, "risk-map-print");
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), SAFETY);
            page.navigate(mapUrl);
            assertThat(page.locator("#poly-" + unit)).hasAttribute("fill", "#dc3545");
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
            BrowserSupport.screenshot(page, "risk-map-phone");
        }
    }
}
