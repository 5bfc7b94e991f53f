package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A county official opens the statistics, drills down to a town and downloads its 晾晒通报 (desktop and 375 px). */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InsightBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void countyOfficialDrillsDownToATownAndExportsTheRanking() throws Exception {
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = BrowserSupport.context(phone)) {
                Page page = context.newPage();
                BrowserSupport.login(page, base(), "county.yjj");
                page.navigate(base() + "/insight");
                assertThat(page.locator("h1")).containsText("示范县");
                assertThat(page.locator("#ranking")).containsText("东关镇");
                assertThat(page.locator("[data-kpi=found]")).isVisible();
                page.locator("#ranking a.drill", new Page.LocatorOptions().setHasText("东关镇")).click();
                assertThat(page.locator("h1")).containsText("东关镇");
                assertThat(page.locator(".breadcrumb")).containsText("示范县");
                BrowserSupport.screenshot(page, phone ? "insight-town-phone" : "insight-town");

                Download download = page.waitForDownload(() -> page.locator("#exportXlsx").click());
                assertThat(download.suggestedFilename()).endsWith(".xlsx").contains("东关镇");
                byte[] bytes = Files.readAllBytes(download.path());
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                    assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("东关镇");
                    assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    void anOfficialFollowsADashboardNumberToItsList() {
        // at 375 px: 东关镇's 期内发现隐患 opens a list of exactly that many hazards; a rate opens its numerator's
        // enterprises and reaches the denominator's
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "town.aj");
            page.navigate(base() + "/insight?from=2020-01-01");
            String found = page.locator("[data-kpi=found]").getAttribute("data-value");
            page.locator("[data-kpi=found]").click();
            assertThat(page.locator("#hazard-count")).hasAttribute("data-total", found);
            assertThat(page.locator("#hazard-count")).containsText("不含已驳回");
            assertThat(page.locator("#hazard-count")).containsText("共 " + found + " 条");
            BrowserSupport.screenshot(page, "insight-found-list-phone");

            page.navigate(base() + "/insight?from=2020-01-01");
            String built = page.locator("[data-kpi=inventoryRate]").getAttribute("data-numerator");
            String all = page.locator("[data-kpi=inventoryRate]").getAttribute("data-denominator");
            page.locator("[data-kpi=inventoryRate] a.stretched-link").click();
            assertThat(page.locator("#list-total")).hasAttribute("data-total", built);
            assertThat(page.locator("main")).containsText("建成率的分子");
            BrowserSupport.screenshot(page, "insight-rate-numerator-phone");
            page.locator("#list-denominator").click();
            assertThat(page.locator("#list-total")).hasAttribute("data-total", all);
            assertThat(page.locator("main")).containsText("分母");
            assertThat(page.locator("main")).not().containsText("Whitelabel");
        }
    }

    @Test
    void aChartWithNothingToShowSaysSo() {
        // no unit of the demo county is in sector 13 (粮食储备), so it has no risk units: no four equal quarters
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.navigate(base() + "/insight?sector=13");
            assertThat(page.locator("#riskChart .chart-empty")).hasText("暂无数据");
            assertThat(page.locator("#riskChart canvas")).hasCount(0);
            BrowserSupport.screenshot(page, "insight-empty-chart-phone");
        }
    }
}
