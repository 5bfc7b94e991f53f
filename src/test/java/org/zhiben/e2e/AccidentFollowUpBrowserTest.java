package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.zhiben.common.Zones;

/**
 * At 375 px: the county official records an accident's preventive measures, sends the class-analogy checks and confirms
 * the blacklist entry on the accident page; enterprise A, a peer of the sector, answers its check on the phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.ConsoleCheck.class)
class AccidentFollowUpBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private String base() {
        return "http://localhost:" + port;
    }

    private String api(String path, String json) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("county.yjj:Demo@12345"
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return r.body();
    }

    private static void noHorizontalScroll(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
    }

    @Test
    void theCountyWorksTheFollowUpAndAPeerAnswersItsCheck() throws Exception {
        UUID a = jdbc.queryForObject("select enterprise_id from identity_user where username = 'ent.a.safety'",
                UUID.class);
        UUID x = jdbc.queryForObject("select e.id from directory_enterprise e where e.region_code like '990101%'"
                + " and e.status <> 'CLOSED' and e.id <> ? and exists (select 1 from directory_enterprise_sector s"
                + " where s.enterprise_id = e.id and s.sector_code = '03') order by e.name, e.id limit 1", UUID.class, a);
        Instant occurred = Instant.now().minus(Duration.ofHours(3));
        String id = JsonPath.read(api("/api/v1/accidents", "{\"enterpriseId\":\"" + x + "\",\"place\":\"冲压车间\","
                + "\"occurredAt\":\"" + occurred + "\",\"knownAt\":\"" + occurred.plusSeconds(300) + "\","
                + "\"firstReportedAt\":\"" + occurred.plusSeconds(1800) + "\",\"categoryCode\":\"03\",\"deaths\":3,"
                + "\"missing\":0,\"seriousInjuries\":0,\"directLossYuan\":80000,\"summary\":\"冲床误动作致三人死亡\"}"),
                "$.id");
        api("/api/v1/accidents/" + id + "/transitions", "{\"version\":0,\"action\":\"START_INVESTIGATION\"}");
        api("/api/v1/accidents/" + id + "/transitions", "{\"version\":1,\"action\":\"SUBMIT_REPORT\"}");

        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.navigate(base() + "/accidents/" + id);
            page.fill("#measures", "冲床加装双手按钮和光电保护装置\n换模作业执行挂牌上锁制度");
            page.locator("#accident-measures-form button[type=submit]").click();
            assertThat(page.locator("#accident-measures tbody tr")).hasCount(2);
            assertThat(page.locator("#accident-measures-closed")).containsText("0 / 2");
            page.fill("#due", LocalDate.now(Zones.CHINA).format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
            page.locator("#accident-analogy-form button[type=submit]").click();
            assertThat(page.locator("#due + .invalid-feedback")).containsText("晚于今天");
            page.fill("#due", LocalDate.now(Zones.CHINA).plusDays(7).toString());
            page.locator("#accident-analogy-form button[type=submit]").click();
            assertThat(page.locator("#accident-analogy")).containsText("下发");
            page.locator("#accident-blacklist-form button[value=CONFIRM]").click();
            assertThat(page.locator("#accident-blacklist")).containsText("已列入");
            page.locator("#accident-followup").scrollIntoViewIfNeeded();
            BrowserSupport.screenshot(page, "accident-followup-county-phone");
            noHorizontalScroll(page);
            page.navigate(base() + "/accidents/blacklist");
            assertThat(page.locator("#blacklist tbody tr[data-row]").first()).isVisible();
            BrowserSupport.screenshot(page, "accident-blacklist-county-phone");
            noHorizontalScroll(page);
        }
        String check = jdbc.queryForObject("select id from accident_analogy_check where accident_id = ? and"
                + " enterprise_id = ?", String.class, UUID.fromString(id), a);
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.safety");
            page.navigate(base() + "/accidents");
            page.locator("a[href='/accidents/analogy']").click();
            assertThat(page.locator("a[href='/accidents/analogy/" + check + "']")).hasCount(1);
            BrowserSupport.screenshot(page, "accident-analogy-list-enterprise-phone");
            noHorizontalScroll(page);
            page.locator("a[href='/accidents/analogy/" + check + "']").click();
            assertThat(page.locator("main")).containsText("换模作业执行挂牌上锁制度");
            page.locator("#analogy-form button[type=submit]").click();
            assertThat(page.locator("#result + .invalid-feedback")).containsText("请填写排查情况");
            page.fill("#result", "对照两条防范措施检查了全部冲床");
            page.fill("#finding", "3号冲床光电保护失效");
            page.locator("#analogy-form button[type=submit]").click();
            assertThat(page.locator("#check-state")).hasText("已排查");
            BrowserSupport.screenshot(page, "accident-analogy-check-enterprise-phone");
            noHorizontalScroll(page);
        }
    }
}
