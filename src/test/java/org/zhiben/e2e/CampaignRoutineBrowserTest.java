package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhiben.common.Zones;

/**
 * On a phone, the town office's routine: the meeting calendar of the demo plan (minuted months, the two skipped ones
 * 未召开, this month 本月待召开), then this month's meeting created from the form with its agenda generated from the
 * lagging tasks, and the calendar showing it 已安排; the leaders' duties page fits the phone too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.ConsoleCheck.class)
class CampaignRoutineBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    private static void noSideways(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
    }

    @Test
    void theOfficeSeesItsMeetingCalendarAndCallsThisMonthsMeetingWithTheGeneratedAgenda() {
        String month = YearMonth.now(Zones.CHINA).toString();
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "town.aj");
            page.navigate(base() + "/campaign");
            page.locator("#campaign-plans a", new Page.LocatorOptions().setHasText("东关镇安全生产治本攻坚")).click();
            page.locator("#routine-link").click();

            String routine = page.url();
            Locator calendar = page.locator("#meeting-calendar");
            assertThat(calendar.locator("tr[data-month='2024-08']")).hasAttribute("data-status", "MISSING");
            assertThat(calendar.locator("tr[data-month='2024-09']")).hasAttribute("data-status", "MINUTED");
            assertThat(calendar.locator("tr[data-month='" + month + "']")).hasAttribute("data-status", "DUE");
            assertThat(calendar.locator("tr[data-status='MINUTED']").count()).isGreaterThan(10);
            noSideways(page);
            BrowserSupport.screenshot(page, "campaign-routine-calendar-phone");

            assertThat(page.locator("#meeting-form #period")).hasValue(month);
            page.locator("#meeting-form button[type=submit]").click();
            assertThat(page.locator("#agenda")).isVisible();
            assertThat(page.locator("#agenda li").first()).containsText("任务");
            noSideways(page);
            BrowserSupport.screenshot(page, "campaign-meeting-agenda-phone");

            page.navigate(routine);
            assertThat(page.locator("#meeting-calendar tr[data-month='" + month + "']"))
                    .hasAttribute("data-status", "SCHEDULED");

            page.navigate(base() + "/campaign");
            page.locator("#campaign-plans a", new Page.LocatorOptions().setHasText("东关镇安全生产治本攻坚")).click();
            page.locator("#duty-link").click();
            assertThat(page.locator("#duty-list tr[data-duty]")).hasCount(2);
            assertThat(page.locator("#duty-list [data-status='MET']").first()).isVisible();
            noSideways(page);
            BrowserSupport.screenshot(page, "campaign-duties-phone");
        }
    }
}
