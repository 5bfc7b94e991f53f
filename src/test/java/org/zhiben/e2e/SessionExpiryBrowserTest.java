package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A session that ends while a page is open (the cookie then names a session the server no longer has): a form sent
 * afterwards keeps what was typed through the login, and an htmx request afterwards sends the whole page to the login
 * page, which then returns to the page.
 */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionExpiryBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    /**
     * What the browser holds after the server dropped the session: the cookie of a session that is gone (Spring
     * Session's cookie carries the id in Base64).
     */
    private void expire(BrowserContext context) {
        context.clearCookies();
        String gone = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        context.addCookies(List.of(new Cookie("SESSION", gone).setUrl(base())));
    }

    private static void signInAgain(Page page, String username) {
        page.fill("#username", username);
        page.fill("#password", "Demo@12345");
        page.click("button[type=submit]");
        page.waitForLoadState();
    }

    @Test
    void aFormSentAfterTheSessionEndedComesBackWithWhatWasTyped() {
        String description = "会话超时后提交的隐患" + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.worker");
            page.navigate(base() + "/hazards/new");
            page.fill("#description", description);
            page.setInputFiles("#beforePhotos", new FilePayload("p.png", "image/png", new byte[] {(byte) 0x89, 'P',
                    'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
            expire(context);
            page.selectOption("#type", "ELECTRICAL");
            page.fill("#location", "三号车间");
            page.click("#report-submit");
            page.waitForURL(Pattern.compile(".*/login\\?expired"));
            assertThat(page.locator("body")).containsText("会话已超时");
            signInAgain(page, "ent.a.worker");

            page.waitForURL(Pattern.compile(".*/hazards/new.*"));
            assertThat(page.locator("#description")).hasValue(description);
            assertThat(page.locator("#location")).hasValue("三号车间");
            assertThat(page.locator("#type")).hasValue("ELECTRICAL");
            assertThat(page.locator("#draft-restored")).containsText("照片和文件需要重新选择");
            BrowserSupport.screenshot(page, "session-form-restored-phone");
        }
    }

    @Test
    void anHtmxRequestAfterTheSessionEndedTakesTheWholePageToTheLoginAndBack() {
        try (BrowserContext context = BrowserSupport.context(false)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.boss");
            page.navigate(base() + "/hazards");
            assertThat(page.locator("#results")).isVisible();
            // htmx must have bound the filters before they change (a loaded machine runs the scripts late)
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForFunction("() => window.htmx !== undefined");
            expire(context);
            // the filters ask for new results with htmx: the answer must not draw a login form inside the list
            page.selectOption("#level", "MAJOR");
            page.waitForURL(Pattern.compile(".*/login\\?expired"));
            assertThat(page.locator("#username")).isVisible();
            signInAgain(page, "ent.a.boss");
            page.waitForURL(Pattern.compile(".*/hazards.*"));
            assertThat(page.locator("#results")).isVisible();
        }
    }
}
