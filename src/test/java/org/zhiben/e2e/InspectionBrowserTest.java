package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.zhiben.common.Zones;
import org.zhiben.inspection.InspectionTasks;

/**
 * A worker at 375 px opens an analysis unit by its QR link, answers its checklist with one finding and a photo, and
 * sees the record with the hazard it created.
 */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InspectionBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    InspectionTasks tasks;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void workerScansAUnitAndReportsAFinding() throws Exception {
        LocalDate today = LocalDate.now(Zones.CHINA);
        tasks.generate(today);
        List<UUID> units = jdbc.queryForList("select t.unit_id from inspection_task t join inspection_schedule s"
                + " on s.id = t.source_id where s.enterprise_id = t.enterprise_id and t.status = 'OPEN'"
                + " and t.unit_id is not null and t.assignee_user_id is null and t.due_date >= ?"
                + " and t.window_start <= current_timestamp and t.enterprise_id = (select id from directory_enterprise"
                + " where name = '示范精密机械制造有限公司') order by t.title", UUID.class, java.sql.Date.valueOf(today));
        org.assertj.core.api.Assertions.assertThat(units).as("enterprise A has an open unit task today").isNotEmpty();
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);

        try (BrowserContext phone = BrowserSupport.context(true)) {
            Page page = phone.newPage();
            BrowserSupport.login(page, "http://localhost:" + port, "ent.a.worker");
            page.navigate("http://localhost:" + port + "/inspection/units/" + units.get(0));
            assertThat(page.locator("#tasks li").first()).isVisible();
            BrowserSupport.screenshot(page, "inspection-unit-phone");
            page.locator("#tasks li a", new Page.LocatorOptions().setHasText("去排查")).first().click();
            assertThat(page.locator("#checklist")).isVisible();
            var cards = page.locator("#checklist .card");
            int n = cards.count();
            for (int i = 0; i < n; i++) {
                String result = i == 0 ? "HAZARD" : "OK";
                cards.nth(i).locator("label[for$='_" + result + "']").click();
            }
            cards.nth(0).locator("textarea").fill("防护罩固定螺栓缺失,罩体松动");
            cards.nth(0).locator("input[type=file]").setInputFiles(new FilePayload("photo.png", "image/png",
                    png.toByteArray()));
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            org.assertj.core.api.Assertions.assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
            BrowserSupport.screenshot(page, "inspection-checklist-phone");
            page.locator("#checklist button[type=submit]").click();
            assertThat(page.locator("#findings")).hasText("1");
            assertThat(page.locator("a.hazard-link")).hasCount(1);
            assertThat(page.locator(".alert-success")).containsText("排查记录已保存,发现的 1 项隐患已上报");
            BrowserSupport.screenshot(page, "inspection-record-phone");
            page.locator("#next-steps a", new Page.LocatorOptions().setHasText("返回今日任务")).click();
            page.waitForURL("**/inspection/today");
        }
    }
}
