package org.zhiben.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhiben.directory.EnterpriseFilter;
import org.zhiben.directory.internal.EnterpriseRepository;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Key journeys of the registry in a real browser, at desktop and phone width. */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EnterpriseJourneyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseRepository enterprises;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void countyOfficialFindsAnEnterpriseByNameAndOpensIt() {
        for (boolean phone : new boolean[] {false, true}) {
            try (BrowserContext context = BrowserSupport.context(phone)) {
                Page page = context.newPage();
                BrowserSupport.login(page, base(), "county.yjj");
                assertThat(page.locator("#sectorChart canvas")).isVisible();
                BrowserSupport.screenshot(page, "county-home" + (phone ? "-phone" : ""));

                page.navigate(base() + "/enterprises");
                page.fill("#q", "精密机械");
                page.locator("#filters button[type=submit]").click();
                assertThat(page.locator("#results")).containsText("共 1 家");
                BrowserSupport.screenshot(page, "county-search" + (phone ? "-phone" : ""));

                page.locator("#results a", new Page.LocatorOptions().setHasText("示范精密机械制造有限公司")).click();
                assertThat(page.locator("#enterprise-name")).hasText("示范精密机械制造有限公司");
                assertThat(page.locator("#tab-basic")).containsText("东关镇");
                page.locator("button[role=tab]", new Page.LocatorOptions().setHasText("变更记录")).click();
                assertThat(page.locator(".tab-pane.active")).containsText("登记企业 示范精密机械制造有限公司");
                BrowserSupport.screenshot(page, "county-enterprise" + (phone ? "-phone" : ""));
                if (phone) {
                    Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
                    assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
                }
            }
        }
    }

    @Test
    void enterprisePrincipalSeesOnlyTheirOwnEnterprise() {
        var b = enterprises.findAll(org.zhiben.directory.internal.EnterpriseSpecifications.matching(
                new EnterpriseFilter(null, null, null, null, null, "示范化工有限公司"))).get(0);
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.boss");
            assertThat(page.locator("#enterprise-name")).hasText("示范精密机械制造有限公司");
            assertThat(page.locator("nav")).not().containsText("系统管理");
            BrowserSupport.screenshot(page, "ent-a-home-phone");

            page.navigate(base() + "/enterprises");
            assertThat(page.locator("#results tbody tr")).hasCount(1);
            assertThat(page.locator("#results")).containsText("示范精密机械制造有限公司");

            Response response = page.navigate(base() + "/enterprises/" + b.getId());
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator("main")).not().containsText("示范化工");
            BrowserSupport.screenshot(page, "ent-a-other-enterprise-404");
        }
    }
}
