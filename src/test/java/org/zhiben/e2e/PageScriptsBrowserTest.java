package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every script the pages used to carry inline, now in static files under a CSP without 'unsafe-inline': the charts
 * draw (also after an htmx swap), and the behaviours declared in markup work (auto-submitting selects, a checkbox
 * showing its section, a confirmation before deleting). {@link BrowserSupport.ConsoleCheck} fails on any violation.
 */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageScriptsBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void officialsChartsDrawAndSelectsSubmit() {
        try (BrowserContext context = BrowserSupport.context(false)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.navigate(base() + "/");
            assertThat(page.locator("#sectorChart canvas")).hasCount(1);

            page.navigate(base() + "/insight");
            assertThat(page.locator("#trendChart canvas")).hasCount(1);
            assertThat(page.locator("#riskChart canvas")).hasCount(1);

            page.navigate(base() + "/risk/overview");
            assertThat(page.locator("#overview-region-chart canvas")).hasCount(1);
            assertThat(page.locator("#overview-sector-chart canvas")).hasCount(1);

            page.navigate(base() + "/hazards");
            assertThat(page.locator("#stock-chart canvas")).hasCount(1);
            // the filter form swaps #results through htmx: the chart inside it is drawn again
            page.evaluate("document.getElementById('stock-chart').dataset.before = 'yes'");
            page.selectOption("#level", "MAJOR");
            assertThat(page.locator("#stock-chart[data-before]")).hasCount(0);
            assertThat(page.locator("#stock-chart canvas")).hasCount(1);
            assertThat(page).hasURL(java.util.regex.Pattern.compile("level=MAJOR"));

            // data-autosubmit: choosing another period reloads the page with it
            page.navigate(base() + "/hazards/statistics");
            String other = page.locator("select[name=period] option:not([selected])").first().getAttribute("value");
            page.waitForNavigation(() -> page.selectOption("select[name=period]", other));
            assertThat(page.url()).contains("period=" + other);
            BrowserSupport.screenshot(page, "scripts-statistics-period");
        }
    }

    @Test
    void swaggerUiRunsUnderThePolicy() {
        try (BrowserContext context = BrowserSupport.context(false)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "admin");
            page.navigate(base() + "/swagger-ui/index.html");
            // the first request builds the API description (a few seconds)
            assertThat(page.locator(".swagger-ui .info .title"))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            assertThat(page.locator(".swagger-ui .opblock").first()).isVisible();
            BrowserSupport.screenshot(page, "scripts-swagger-ui");
        }
    }

    @Test
    void enterpriseChartsAndFormBehaviours() {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.safety");
            page.navigate(base() + "/insight/enterprise");
            assertThat(page.locator("#trendChart canvas")).hasCount(1);

            page.navigate(base() + "/inspection/rates?from=" + LocalDate.now().minusDays(120));
            assertThat(page.locator("#rateChart canvas")).hasCount(1);

            // data-shows: the immediate-rectification section follows its checkbox
            page.navigate(base() + "/hazards/new");
            assertThat(page.locator("#immediate")).isHidden();
            page.check("#manageType");
            assertThat(page.locator("#immediate")).isVisible();
            page.uncheck("#manageType");
            assertThat(page.locator("#immediate")).isHidden();

            // data-confirm: declining the question keeps the record
            page.locator("nav a.nav-link[href^='/risk/enterprises/']").first().evaluate("a => a.click()");
            page.waitForLoadState();
            String edit = page.locator("a[href^='/risk/objects/'][href$='/edit']").first().getAttribute("href");
            page.navigate(base() + edit);
            AtomicReference<String> asked = new AtomicReference<>();
            page.onceDialog(d -> {
                asked.set(d.message());
                d.dismiss();
            });
            page.locator("form[data-confirm] button[type=submit]").click();
            assertThat(asked.get()).isNotBlank();
            assertThat(page).hasURL(base() + edit);
        }
    }
}
