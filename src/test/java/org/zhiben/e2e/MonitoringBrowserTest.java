package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.zhiben.identity.CurrentUser;
import org.zhiben.monitoring.MonitoringPoints;
import org.zhiben.monitoring.PointData;
import org.zhiben.monitoring.Quantity;
import org.zhiben.monitoring.ReadingInput;
import org.zhiben.monitoring.Readings;
import org.zhiben.risk.RiskInventory;

/**
 * On a phone, enterprise A's safety manager watches the live panel; a gateway reading crosses 高高报 and the alarm
 * appears on the panel by itself (htmx polling); the safety manager confirms, handles and closes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.ConsoleCheck.class)
class MonitoringBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    MonitoringPoints points;
    @Autowired
    Readings readings;
    @Autowired
    RiskInventory inventory;
    @Autowired
    UserDetailsService users;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anAlarmOpensOnTheLivePanelAndTheSafetyManagerConfirmsAndClosesIt() {
        CurrentUser u = (CurrentUser) users.loadUserByUsername("ent.a.safety");
        String code = "LT-" + UUID.randomUUID().toString().substring(0, 6);
        String name = "浏览器测试液位" + code;
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        try {
            UUID unit = inventory.units(u.enterpriseId(), PageRequest.of(0, 1)).getContent().get(0).id();
            points.create(u.enterpriseId(), new PointData(code, name, unit, Quantity.LEVEL, "m", BigDecimal.ZERO,
                    BigDecimal.TEN, null, BigDecimal.ONE, new BigDecimal("8"), new BigDecimal("9"),
                    new BigDecimal("0.2"), 60, true), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
        readings.ingest(u.enterpriseId(), List.of(new ReadingInput(code, Instant.now().minusSeconds(10), 5.0, 0)));
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.safety");
            page.navigate(base() + "/monitoring");
            assertThat(page.locator("h1")).containsText("实时监测");
            Locator card = page.locator(".point-card[data-point='" + code + "']");
            assertThat(card.locator(".point-state")).hasText("正常");
            Locator alarm = page.locator("#open-alarms a", new Page.LocatorOptions().setHasText(code));
            assertThat(alarm).hasCount(0);

            // the gateway reports 9.4 m: 高高报; the panel shows it within its polling period
            readings.ingest(u.enterpriseId(), List.of(new ReadingInput(code, Instant.now(), 9.4, 0)));
            assertThat(alarm).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(15_000));
            assertThat(card.locator(".point-state")).hasText("高高报");
            BrowserSupport.screenshot(page, "monitoring-panel-alarm-phone");
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);

            alarm.click();
            assertThat(page.locator("#alarm-state")).hasText("报警");
            page.locator("#alarm-action button[value=ACKNOWLEDGE]").click();
            assertThat(page.locator("#alarm-state")).hasText("确认");
            // handling needs the measures taken: the message comes back beside the field
            page.locator("#alarm-action button[value=HANDLE]").click();
            assertThat(page.locator("#measures + .invalid-feedback")).containsText("处置措施");
            page.fill("#measures", "关闭进料阀,启动倒罐至2号罐,液位回落");
            page.locator("#alarm-action button[value=HANDLE]").click();
            assertThat(page.locator("#alarm-state")).hasText("处置");
            page.locator("#alarm-action button[value=CLOSE]").click();
            assertThat(page.locator("#alarm-state")).hasText("关闭");
            assertThat(page.locator("#alarm-facts")).containsText("王安全");
            assertThat(page.locator("#alarm-action")).hasCount(0);
            BrowserSupport.screenshot(page, "monitoring-alarm-closed-phone");
            overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);

            page.navigate(base() + "/monitoring");
            assertThat(page.locator("#open-alarms a", new Page.LocatorOptions().setHasText(code))).hasCount(0);
        }
    }
}
