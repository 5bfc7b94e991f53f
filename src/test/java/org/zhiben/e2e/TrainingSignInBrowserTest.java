package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * At 375 px: the safety manager schedules a session of the demo course and shows its QR code; a worker opens the
 * sign-in link on a phone, logs in, confirms and is marked present on the manager's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.ConsoleCheck.class)
class TrainingSignInBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aWorkerSignsInThroughTheQrLinkOnAPhone() {
        String place = "浏览器签到室" + (System.nanoTime() % 100000);
        try (BrowserContext manager = BrowserSupport.context(true); BrowserContext phone = BrowserSupport.context(true)) {
            Page m = manager.newPage();
            BrowserSupport.login(m, base(), "ent.a.safety");
            m.navigate(base() + "/training/courses");
            m.locator("#course-list a", new Page.LocatorOptions().setHasText("冲压岗位班组级安全教育")).first().click();
            m.locator("summary", new Page.LocatorOptions().setHasText("安排场次")).click();
            m.fill("#s-place", place);
            m.fill("#s-trainer", "刘班长");
            m.locator("#session-form button[type=submit]").click();
            assertThat(m.locator("#sign-in-qr img")).isVisible();
            // the QR code's address answers a PNG in the manager's session
            com.microsoft.playwright.APIResponse qr = m.request().get(base()
                    + m.locator("#sign-in-qr img").getAttribute("src"));
            assertThat(qr.status()).isEqualTo(200);
            assertThat(qr.headers().get("content-type")).isEqualTo("image/png");
            assertThat(qr.body().length).isGreaterThan(100);
            BrowserSupport.screenshot(m, "training-session-qr-phone");
            String link = m.locator("#sign-in-link").getAttribute("href");
            assertThat(link).contains("/training/sign-in?t=");

            Page p = phone.newPage();
            p.navigate(link);
            // not logged in: the login page, then back to the sign-in page
            p.fill("#username", "ent.a.worker");
            p.fill("#password", "Demo@12345");
            p.click("button[type=submit]");
            p.waitForLoadState();
            assertThat(p.locator("main")).containsText(place);
            BrowserSupport.screenshot(p, "training-sign-in-phone");
            p.locator("#sign-in-button").click();
            assertThat(p.locator("#sign-in-done")).containsText("已签到");
            Object overflow = p.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
            BrowserSupport.screenshot(p, "training-signed-in-phone");

            m.reload();
            assertThat(m.locator("#attendance")).containsText("郑操作");
            assertThat(m.locator("#attendance")).containsText("扫码签到");
        }
    }
}
