package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhiben.common.Zones;

/** An enterprise worker reports an accident on a phone; the county official sees it with its reporting clock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.ConsoleCheck.class)
class AccidentBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anEnterpriseReportsAndTheCountySeesTheClock() {
        String place = "浏览器测试仓库" + System.nanoTime();
        String url;
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.worker");
            page.navigate(base() + "/accidents");
            page.locator("a[href='/accidents/new']").click();
            assertThat(page.locator("h1")).hasText("报告事故");
            DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
            LocalDateTime occurred = LocalDateTime.now(Zones.CHINA).minusMinutes(40);
            // first an occurred time tomorrow: the server's message comes back beside the field
            page.fill("#occurredAt", occurred.plusDays(1).format(f));
            page.fill("#knownAt", occurred.plusMinutes(5).format(f));
            page.fill("#place", place);
            page.selectOption("#categoryCode", "04");
            page.fill("#seriousInjuries", "1");
            page.fill("#summary", "吊装作业时吊物坠落砸伤作业人员");
            page.locator("#accident-report button[type=submit]").click();
            assertThat(page.locator("#occurredAt + .invalid-feedback")).containsText("事故发生时间不能晚于现在");
            assertThat(page.locator("#place")).hasValue(place);
            BrowserSupport.screenshot(page, "accident-report-invalid-phone");
            page.fill("#occurredAt", occurred.format(f));
            page.locator("#accident-report button[type=submit]").click();
            assertThat(page.locator("#accident-grade")).hasText("一般事故");
            assertThat(page.locator("#accident-clock li")).hasCount(2);
            assertThat(page.locator("#accident-clock li").first()).containsText("已按时报告");
            url = page.url();
            // a wrong file is refused beside the field; a scene photo is then kept and shown
            page.setInputFiles("#accident-file", new FilePayload("现场.png", "image/png",
                    "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            page.locator("#accident-attach button[type=submit]").click();
            assertThat(page.locator("#accident-file + .invalid-feedback")).containsText("只能上传");
            page.setInputFiles("#accident-file", new FilePayload("现场照片.png", "image/png", photo()));
            page.locator("#accident-attach button[type=submit]").click();
            assertThat(page.locator("#accident-files img")).hasCount(1);
            // the photo is served and drawn: wait for the image to load (fails on timeout)
            page.waitForFunction("() => { const i = document.querySelector('#accident-files img');"
                    + " return i !== null && i.complete && i.naturalWidth > 0; }");
            BrowserSupport.screenshot(page, "accident-detail-enterprise-phone");
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.navigate(base() + "/accidents");
            page.locator("#accident-list a", new Page.LocatorOptions().setHasText(place)).click();
            assertThat(page.locator("#accident-clock li").nth(1)).containsText("待报告");
            assertThat(page.locator("#accident-investigation")).containsText("县级");
            assertThat(page.url()).isEqualTo(url);
            BrowserSupport.screenshot(page, "accident-detail-county-phone");
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
        }
    }

    /** The county official opens the statistics from the accident list on a phone and drills to the accidents. */
    @Test
    void theCountyReadsTheStatisticsAndOpensTheAccidentsBehindAFigure() {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.navigate(base() + "/accidents");
            page.locator("a[href='/accidents/statistics']").first().click();
            assertThat(page.locator("h1")).containsText("事故统计");
            assertThat(page.locator("#stats-byGrade tbody tr")).hasCount(4);
            // the demo's accidents of this year: the chart is drawn (a canvas), not the empty note
            assertThat(page.locator("#stats-region-chart canvas")).hasCount(1);
            BrowserSupport.screenshot(page, "accident-statistics-county-phone");
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
            String shown = page.locator("#stats-cards a[data-kpi=count]").textContent().strip();
            page.locator("#stats-cards a[data-kpi=count]").click();
            assertThat(page.locator("#accident-figure")).containsText("不含已作废");
            // every accident behind the figure, up to a page of 20 (other tests' accidents may add to the demo's)
            assertThat(page.locator("#accident-list li[data-row]")).hasCount(Math.min(Integer.parseInt(shown), 20));
            BrowserSupport.screenshot(page, "accident-statistics-list-phone");
            // a year without accidents says so, in the chart's place too
            page.navigate(base() + "/accidents/statistics?year=2001&to=");
            assertThat(page.locator("#stats-empty")).hasText("暂无数据");
        }
    }

    private static byte[] photo() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 80,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
