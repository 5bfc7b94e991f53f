package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * On a phone: the town office sees enterprise A's 基础建设 task 滞后 (behind the straight line); the enterprise, its
 * 责任单位, reports monthly progress with a photo; the office sees the task 推进中 with the photo.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.ConsoleCheck.class)
class CampaignBrowserTest {

    private static final String TASK = "巩固提升安全生产基础建设水平";

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    private void openTask(Page page) {
        page.navigate(base() + "/campaign");
        page.locator("#campaign-plans a", new Page.LocatorOptions().setHasText("东关镇安全生产治本攻坚")).click();
        page.locator("#plan-actions a", new Page.LocatorOptions().setHasText(TASK)).click();
    }

    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void noSideways(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
    }

    @Test
    void theResponsibleUnitReportsWithAPhotoAndTheOfficeSeesTheTaskMovingAgain() throws IOException {
        String url;
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "town.aj");
            openTask(page);
            assertThat(page.locator("#task-state")).hasText("滞后");
            url = page.url();
            BrowserSupport.screenshot(page, "campaign-task-lagging-office-phone");
            noSideways(page);
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.boss");
            openTask(page);
            assertThat(page.url()).isEqualTo(url);
            page.fill("#percent", "95");
            page.fill("#narrative", "应知应会手册已印发,学习考试平台上线运行。");
            page.setInputFiles("#evidence", new FilePayload("现场照片.png", "image/png", photo()));
            page.locator("#report-form button[type=submit]").click();
            assertThat(page.locator("#task-state")).hasText("推进中");
            assertThat(page.locator("#task-reports img")).hasCount(1);
            BrowserSupport.screenshot(page, "campaign-task-reported-enterprise-phone");
            noSideways(page);
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "town.aj");
            page.navigate(url);
            assertThat(page.locator("#task-state")).hasText("推进中");
            assertThat(page.locator("#task-reports")).containsText("应知应会手册已印发");
            assertThat(page.locator("#task-reports img")).hasCount(1);
            Object loaded = page.evaluate("Array.from(document.querySelectorAll('#task-reports img'))"
                    + ".every(i => i.complete && i.naturalWidth > 0)");
            assertThat(loaded).as("the photo is shown").isEqualTo(true);
            BrowserSupport.screenshot(page, "campaign-task-in-progress-office-phone");
            noSideways(page);
        }
    }
}
