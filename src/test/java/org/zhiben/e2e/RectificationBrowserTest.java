package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhiben.common.Zones;

/**
 * At 375 px: 东关镇's official opens the 自建房 ledger (figures per village as cards), registers a house in 东关村,
 * checks it with the checklist (one item 不合格 with a due date), submits the rectification and sees it 待验收.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.ConsoleCheck.class)
class RectificationBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    private static void noOverflow(Page p) {
        Object overflow = p.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
    }

    @Test
    void aTownOfficialRegistersChecksAndRectifiesOnAPhone() {
        String address = "浏览器测试组" + (System.nanoTime() % 100000) + "号";
        LocalDate due = LocalDate.now(Zones.CHINA).plusDays(7);
        try (BrowserContext phone = BrowserSupport.context(true)) {
            Page p = phone.newPage();
            BrowserSupport.login(p, base(), "town.aj");
            p.navigate(base() + "/campaign/rectification?ledger=SELF_BUILT");
            assertThat(p.locator("#rect-counts")).containsText("东关村委会");
            noOverflow(p);
            BrowserSupport.screenshot(p, "rectification-ledger-phone");

            p.locator("#register summary").click();
            p.selectOption("#regionCode", "990101100201");
            p.fill("#name", "浏览器测试户");
            p.fill("#address", address);
            p.fill("#ownerName", "测试户主");
            p.fill("#storeys", "3");
            p.selectOption("#purpose", "RENTED");
            p.locator("#register-form button[type=submit]").click();
            assertThat(p.locator("h1")).containsText("浏览器测试户");
            assertThat(p.locator("#check-items li")).hasCount(10);
            p.locator("#r4FAIL").check();
            p.locator("input[name='results[4].dueDate']").fill(due.toString());
            p.locator("input[name='results[4].note']").fill("院墙过高");
            noOverflow(p);
            BrowserSupport.screenshot(p, "rectification-check-phone");
            p.locator("#check-form button[type=submit]").click();
            assertThat(p.locator("#problems [data-state=OPEN]")).hasCount(1);
            assertThat(p.locator("#problems")).containsText("高墙大院");

            p.locator("#problems textarea[name=rectification]").fill("院墙已降至规定高度");
            p.locator("#problems .rectify-form button[type=submit]").click();
            assertThat(p.locator("#problems [data-state=RECTIFIED]")).hasCount(1);
            noOverflow(p);
            BrowserSupport.screenshot(p, "rectification-rectified-phone");
        }
    }
}
