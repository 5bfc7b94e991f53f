package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A safety manager sets up a position and prints its 岗位风险告知卡, on a desktop and at 375 px. */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RiskCardBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void safetyManagerPrintsTheRiskNoticeCardOfAPosition() {
        String name = "配电值班电工" + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = BrowserSupport.context(false)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.safety");
            page.navigate(base() + "/");
            page.locator("nav a", new Page.LocatorOptions().setHasText("风险")).first().click();
            page.locator("a", new Page.LocatorOptions().setHasText("两单两卡")).first().click();
            page.locator("a", new Page.LocatorOptions().setHasText("新增岗位")).click();
            page.fill("#name", name);
            page.locator(".form-check", new Page.LocatorOptions().setHasText("低压配电柜")).locator("input[type=checkbox]").check();
            page.fill("#responsibilities", "负责配电室日常巡检\n执行停送电操作票");
            page.fill("#operatingSteps", "验电\n挂牌上锁\n检修");
            page.fill("#emergencySteps", "立即切断电源\n拨打120");
            page.locator("button[type=submit]", new Page.LocatorOptions().setHasText("保存")).click();
            page.locator(".card", new Page.LocatorOptions().setHasText(name))
                    .locator("a", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("岗位风险告知卡")).click();

            assertThat(page.locator("h1")).hasText("岗位风险告知卡");
            assertThat(page.locator("#position-name")).hasText(name);
            assertThat(page.locator(".notice-risk")).containsText("检修时误触带电部位触电");
            assertThat(page.locator(".notice-risk [data-level=LOW]")).isVisible();
            assertThat(page.locator("#qr")).isVisible();
            page.waitForFunction("() => document.querySelector('#qr').complete");
            assertThat(page.evaluate("document.querySelector('#qr').naturalWidth")).isNotEqualTo(0);
            BrowserSupport.screenshot(page, "risk-card-notice");

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator("nav.navbar")).isHidden();
            assertThat(page.locator("#qr")).isVisible();
            BrowserSupport.screenshot(page, "risk-card-notice-print");
            String url = page.url();

            try (BrowserContext phone = BrowserSupport.context(true)) {
                Page p = phone.newPage();
                BrowserSupport.login(p, base(), "ent.a.safety");
                p.navigate(url);
                assertThat(p.locator("#qr")).isVisible();
                Object overflow = p.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
                assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
                BrowserSupport.screenshot(p, "risk-card-notice-phone");
            }
        }
    }
}
