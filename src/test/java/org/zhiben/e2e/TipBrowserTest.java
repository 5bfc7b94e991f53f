package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A citizen on a phone reports a tip with a photo without logging in and checks it by its code; the county official
 * accepts, verifies and turns it into a hazard at the enterprise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.ConsoleCheck.class)
class TipBrowserTest {

    private static final String DIGITS = "零一二三四五六七八九十";

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    private static Path photo() throws Exception {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        Path p = Files.createTempFile("tip-photo", ".png");
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    private static String answer(String question) {
        return String.valueOf(DIGITS.indexOf(question.charAt(0)) + DIGITS.indexOf(question.charAt(2)));
    }

    private static void noHorizontalScroll(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
    }

    @Test
    void aCitizenReportsAndTheCountyTurnsTheTipIntoAHazard() throws Exception {
        String content = "浏览器测试:仓库消防通道被货物堵塞" + System.nanoTime();
        String code;
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            page.navigate(base() + "/public/tips");
            assertThat(page.locator("h1")).hasText("安全生产举报");
            page.fill("#content", content);
            page.fill("#place", "成品仓库东门");
            page.fill("#enterprise-q", "示范精密");
            page.locator("#enterprise-results input[type=radio]").first().check();
            assertThat(page.locator("#enterprise-results")).containsText("示范精密机械制造有限公司");
            page.setInputFiles("#photos", photo());
            page.fill("#challengeAnswer", answer(page.locator("#challenge-question").innerText()));
            noHorizontalScroll(page);
            BrowserSupport.screenshot(page, "tip-public-form-phone");
            page.locator("#tip-form button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("举报已收到");
            code = page.locator("#tracking-code").innerText();
            assertThat(code.replace("-", "")).hasSize(20);
            BrowserSupport.screenshot(page, "tip-public-done-phone");

            page.navigate(base() + "/public/tips/check");
            page.fill("#code", code);
            page.locator("#check-form button[type=submit]").click();
            assertThat(page.locator("#tip-state")).hasText("已收到");
            noHorizontalScroll(page);
            BrowserSupport.screenshot(page, "tip-check-phone");
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.navigate(base() + "/tips");
            page.locator("#tip-list a", new Page.LocatorOptions().setHasText("示范精密机械制造有限公司")).first().click();
            assertThat(page.locator("#tip-content")).hasText(content);
            assertThat(page.locator("#tip-facts")).not().containsText("浏览器测试人");
            for (String action : new String[] {"ACCEPT", "START_VERIFICATION"}) {
                page.locator("#action-" + action + " summary").click();
                page.locator("#action-" + action + " button[type=submit]").click();
                assertThat(page.locator(".alert-success")).containsText("已办理");
            }
            page.locator("#action-CONCLUDE summary").click();
            page.locator("#action-CONCLUDE select[name=finding]").selectOption("TRUE");
            page.fill("#action-CONCLUDE textarea[name=note]", "现场核查属实,通道堵塞");
            page.locator("#action-CONCLUDE button[type=submit]").click();
            assertThat(page.locator("#tip-finding")).hasText("属实");
            page.locator("#action-LINK_HAZARD summary").click();
            page.fill("#action-LINK_HAZARD textarea[name=hazardDescription]", "成品仓库东门消防通道被货物堵塞");
            page.locator("#action-LINK_HAZARD button[type=submit]").click();
            assertThat(page.locator("#tip-state")).hasText("已处理");
            noHorizontalScroll(page);
            BrowserSupport.screenshot(page, "tip-detail-handler-phone");
            page.locator("#tip-hazard").click();
            assertThat(page.locator("body")).containsText("示范精密机械制造有限公司");
            assertThat(page.locator("body")).containsText("成品仓库东门消防通道被货物堵塞");
            BrowserSupport.screenshot(page, "tip-hazard-phone");
        }
    }
}
