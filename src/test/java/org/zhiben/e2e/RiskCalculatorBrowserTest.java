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

/** The risk calculators in a real browser at phone width: HTMX recalculates as the inputs change. */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RiskCalculatorBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void workerGradesARiskAndAMajorHazardOnAPhone() {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.worker");
            page.navigate(base() + "/risk/calculators");
            assertThat(page.locator("h1")).hasText("风险计算器");

            page.selectOption("#lec-l", "10");
            page.selectOption("#lec-e", "6");
            assertThat(page.locator("#lec-result")).containsText("请选择全部因素");
            page.selectOption("#lec-c", "7");
            assertThat(page.locator("#lec-result .badge")).hasText("重大风险");
            assertThat(page.locator("#lec-result")).containsText("420");
            assertThat(page.locator("#lec-result")).containsText("极其危险");

            page.selectOption("#ls-l", "3");
            page.selectOption("#ls-s", "5");
            assertThat(page.locator("#ls-result .badge")).hasText("较大风险");

            // 氨 10/10 + W5.3 1000/1000 = 2; R = 2.0 · (2 + 1) = 6 with 120 people
            page.fill("#outsidePopulation", "120");
            page.fill("[name='rows[0].name']", "氨");
            page.fill("[name='rows[0].quantity']", "10");
            page.press("[name='rows[0].quantity']", "Tab");
            assertThat(page.locator("#gb-result")).containsText("1.0000");
            page.locator("#gb18218 button", new Page.LocatorOptions().setHasText("添加一行")).click();
            assertThat(page.locator(".gb-row")).hasCount(4);
            assertThat(page.locator("[name='rows[0].name']")).hasValue("氨");
            page.selectOption("[name='rows[3].category']", "W5.3");
            page.fill("[name='rows[3].quantity']", "1000");
            page.press("[name='rows[3].quantity']", "Tab");
            assertThat(page.locator("#gb-result")).containsText("6.0000");
            assertThat(page.locator("#gb-result")).containsText("构成重大危险源");
            assertThat(page.locator("#gb-result")).containsText("四级");
            BrowserSupport.screenshot(page, "risk-calculators-phone");

            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
        }
    }

    @Test
    void adminSeesTheMethodTables() {
        try (BrowserContext context = BrowserSupport.context(false)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "admin");
            page.navigate(base() + "/admin/risk-methods");
            assertThat(page.locator("#lec")).containsText("作业条件危险性分析法(LEC)");
            assertThat(page.locator("#lec input[name='bands[0].lowerBound']")).hasValue("320");
            BrowserSupport.screenshot(page, "risk-methods-admin");
        }
    }
}
