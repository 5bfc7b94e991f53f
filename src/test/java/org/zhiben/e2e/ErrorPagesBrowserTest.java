package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.zhiben.identity.CurrentUser;

/**
 * The error pages as the servlet container really produces them (sendError, the error dispatch, security's 403) at
 * phone width: Chinese, inside the layout, with a way back; never Whitelabel, never English. And logout says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserDetailsService users;

    private String base() {
        return "http://localhost:" + port;
    }

    private static void chinese(Page page, Response response, int status, String text) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator("main")).containsText(text);
        assertThat(page.locator("a.btn", new Page.LocatorOptions().setHasText("返回首页"))).isVisible();
        assertThat(page.title()).endsWith("- 治本");
        String html = page.content();
        assertThat(html).doesNotContain("Whitelabel").doesNotContain("Forbidden").doesNotContain("Bad Request")
                .doesNotContain("Not Found").doesNotContain("HTTP Status");
    }

    @Test
    void errorPagesAreChineseInsideTheLayoutWithAWayBack() {
        UUID a = ((CurrentUser) users.loadUserByUsername("ent.a.boss")).enterpriseId();
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.boss");

            // as if followed from the hazard list (a typed address sends no Referer)
            Response r = page.navigate(base() + "/hazards/not-a-uuid",
                    new Page.NavigateOptions().setReferer(base() + "/hazards"));
            chinese(page, r, 400, "参数“id”的格式不正确");
            assertThat(page.locator(".navbar")).isVisible();
            BrowserSupport.screenshot(page, "error-400-phone");
            page.locator("a.btn", new Page.LocatorOptions().setHasText("返回上一页")).click();
            page.waitForLoadState();
            assertThat(page.url()).endsWith("/hazards");

            for (String period : new String[] {"2026-Q3", "2026Q9", "x", "2026Q5"}) {
                r = page.navigate(base() + "/hazards/statistics/enterprises/" + a + "/" + period);
                chinese(page, r, 400, "统计期格式应为");
            }
            r = page.navigate(base() + "/no/such/page");
            chinese(page, r, 404, "页面或记录不存在");
            r = page.navigate(base() + "/error");
            chinese(page, r, 404, "页面或记录不存在");
            r = page.navigate(base() + "/admin/users");
            chinese(page, r, 403, "您的角色无权执行此操作");
            BrowserSupport.screenshot(page, "error-403-phone");

            // 退出 from the navigation: the logout message, not the session timeout
            page.navigate(base() + "/hazards");
            page.locator(".navbar-toggler").click();
            page.locator("form[action$='/logout'] button").click();
            page.waitForLoadState();
            assertThat(page.locator(".alert-info")).hasText("您已退出登录");
            assertThat(page.locator("body")).not().containsText("会话已超时");
        }
    }

    @Test
    void expertsForbiddenPageHasNoEnglishBanner() {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "expert1");
            Response r = page.navigate(base() + "/risk/prejudgments");
            if (r.status() == 403) {
                chinese(page, r, 403, "仅监管部门人员可查看"); // the module's own reason
                assertThat(page.locator(".alert-danger")).hasCount(0);
            }
            r = page.navigate(base() + "/admin/users");
            chinese(page, r, 403, "您的角色无权执行此操作");
            assertThat(page.locator(".alert-danger")).hasCount(0);
            BrowserSupport.screenshot(page, "error-403-expert-phone");
        }
    }
}
