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
 * The city official opens the demo 零事故 campaign on a phone: 附表1 as cards with the rates against the targets,
 * a county's figure drilled down to the vetoed village, and from its year the accident that vetoed it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.ConsoleCheck.class)
class ZeroAccidentBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void theCityOfficeReadsTable1AndFindsTheVetoedVillage() {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "city.yjj");
            page.navigate(base() + "/accidents");
            page.locator("main a[href='/accidents/zero']").click();
            page.locator("a", new Page.LocatorOptions().setHasText("全市“零事故”单位创建工作实施方案")).first().click();
            assertThat(page.locator("#zero-rates .card")).hasCount(2);
            assertThat(page.locator("#zero-rates")).containsText("村(社区)");
            assertThat(page.locator("#zero-rates")).containsText("年目标");
            BrowserSupport.screenshot(page, "zero-table1-phone");
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"))
                    .as("no horizontal scrolling at 375 px").isEqualTo(false);
            // 示范县's card comes first; its 村(社区) line drills down to the villages
            page.locator("main .card li a", new Page.LocatorOptions().setHasText("村(社区)")).first().click();
            page.locator("#zero-units a", new Page.LocatorOptions().setHasText("南山村委会")).click();
            assertThat(page.locator("h1")).hasText("南山村委会");
            assertThat(page.locator("main")).containsText("一票否决");
            BrowserSupport.screenshot(page, "zero-unit-vetoed-phone");
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"))
                    .as("no horizontal scrolling at 375 px").isEqualTo(false);
            page.locator("a", new Page.LocatorOptions().setHasText("查看事故")).first().click();
            assertThat(page.locator("#accident-state")).isVisible();
            assertThat(page.locator("main")).containsText("南山村民委员会");
        }
    }

    @Test
    void theCountyLogsAMeetingOfItsWorkingGroupOnAPhone() {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.navigate(base() + "/accidents/zero");
            page.locator("a", new Page.LocatorOptions().setHasText("全市“零事故”单位创建工作实施方案")).first().click();
            page.locator("#zero-actions a", new Page.LocatorOptions().setHasText("工作专班")).click();
            page.locator("main .card a", new Page.LocatorOptions().setHasText("示范县")).first().click();
            assertThat(page.locator("h1")).containsText("示范县");
            page.locator("#title").fill("手机端登记的调度会议");
            page.locator("#attendees").fill("县专班成员");
            page.locator("#issues").fill("两个村未建台账");
            page.locator("#decisions").fill("本周内补齐");
            page.locator("#zero-meeting-form button[type=submit]").click();
            assertThat(page.locator(".alert-success")).containsText("已登记会议");
            assertThat(page.locator("main")).containsText("手机端登记的调度会议");
            assertThat(page.locator("#zero-team-periods")).containsText("已召开");
            BrowserSupport.screenshot(page, "zero-team-meeting-phone");
            assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"))
                    .as("no horizontal scrolling at 375 px").isEqualTo(false);
            assertThat(page.locator("#title")).hasAttribute("maxlength", "200");
        }
    }
}
