package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhiben.common.Zones;

/**
 * The hazard closed loop in a real browser at 375 px: a worker reports with a photo, the safety manager confirms,
 * the rectification is submitted with an after photo and accepted; and a major hazard through its report, 治理方案,
 * 三签字 and acceptance by an official.
 */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HazardJourneyBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void generalHazardFromReportToClosureAtPhoneWidth() {
        String description = "二号车间配电柜前堆放杂物" + UUID.randomUUID().toString().substring(0, 6);
        String url;
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.worker");
            page.navigate(base() + "/hazards/new");
            assertThat(page.locator("#foundOn")).hasCount(0); // workers always report now
            page.fill("#description", description);
            page.setInputFiles("#beforePhotos", png("before.png", Color.RED));
            page.selectOption("#type", "ELECTRICAL");
            page.fill("#location", "二号车间");
            noHorizontalScroll(page);
            BrowserSupport.screenshot(page, "hazard-general-1-report-phone");
            page.click("#report-submit");
            assertThat(page.locator("#hazard-description")).hasText(description);
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "REPORTED");
            assertThat(page.locator("#photos img[data-kind=BEFORE]")).hasCount(1);
            assertThat(page.locator("#form-CONFIRM")).hasCount(0);
            noHorizontalScroll(page);
            BrowserSupport.screenshot(page, "hazard-general-2-reported-phone");
            url = page.url();
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.safety");
            page.navigate(url);
            page.selectOption("#c-level", "GENERAL");
            page.fill("#c-deadline", today().plusDays(7).toString());
            page.selectOption("#c-user", new com.microsoft.playwright.options.SelectOption().setLabel("郑操作"));
            page.fill("#c-measures", "清理杂物,划定配电柜前禁放区");
            noHorizontalScroll(page);
            BrowserSupport.screenshot(page, "hazard-general-3-confirm-phone");
            page.locator("#form-CONFIRM button[type=submit]").click();
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "CONFIRMED");
            assertThat(page.locator("#hazard-deadline")).hasText(today().plusDays(7).toString());
            assertThat(page.locator("#hazard-responsible")).containsText("郑操作");
            BrowserSupport.screenshot(page, "hazard-general-4-confirmed-phone");

            page.locator("#form-START button[type=submit]").click();
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "RECTIFYING");
            page.locator("#form-SUBMIT button[type=submit]").click(); // without photo and text: refused
            assertThat(page.locator("#form-SUBMIT .invalid-feedback").first()).isVisible();
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "RECTIFYING");
            page.setInputFiles("#s-photos", png("after.png", Color.GREEN));
            page.fill("#s-rectification", "杂物已清理,地面已划黄线");
            page.fill("#s-cost", "150");
            BrowserSupport.screenshot(page, "hazard-general-5-submit-phone");
            page.locator("#form-SUBMIT button[type=submit]").click();
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "AWAITING_ACCEPTANCE");
            assertThat(page.locator("#photos img[data-kind=AFTER]")).hasCount(1);

            page.locator("#form-ACCEPT button[type=submit]").click();
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "CLOSED");
            assertThat(page.locator("#hazard-state")).hasText("已销号");
            assertThat(page.locator("#actions")).hasCount(0);
            noHorizontalScroll(page);
            BrowserSupport.screenshot(page, "hazard-general-6-closed-phone");
        }
    }

    @Test
    void majorHazardThroughPlanSignaturesAndOfficialAcceptance() {
        String description = "抛光车间除尘管道未设隔爆阀" + UUID.randomUUID().toString().substring(0, 6);
        String url;
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.safety");
            page.navigate(base() + "/hazards/new");
            page.fill("#description", description);
            page.setInputFiles("#beforePhotos", png("major-before.png", Color.RED));
            page.selectOption("#type", "PROCESS");
            page.selectOption("#proposedLevel", "MAJOR");
            page.click("#report-submit");
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "REPORTED");
            url = page.url();

            page.selectOption("#c-level", "MAJOR");
            page.fill("#c-deadline", today().plusDays(30).toString());
            page.fill("#c-name", "设备部 周主管");
            page.fill("#c-measures", "停用抛光线,加装隔爆阀和泄爆片");
            page.locator("#form-CONFIRM button[type=submit]").click();
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "CONFIRMED");
            assertThat(page.locator("#hazard-level")).hasText("重大");

            // starting without the report and plan is refused, the missing elements marked
            page.locator("#form-START button[type=submit]").click();
            assertThat(page.locator("[role=alert]")).isVisible();
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "CONFIRMED");
            BrowserSupport.screenshot(page, "hazard-major-1-plan-missing-phone");

            page.fill("#plan-situation", "除尘系统改造时未同步设置隔爆装置");
            page.fill("#plan-harmAnalysis", "粉尘爆炸可致多人伤亡,需停产改造");
            page.fill("#plan-goal", "消除粉尘爆炸隐患,符合 GB 15577");
            page.fill("#plan-methods", "委托有资质单位设计并施工");
            page.fill("#plan-resources", "资金八万元已落实");
            page.fill("#plan-organisation", "设备部牵头,安全管理部门监督");
            page.fill("#plan-schedule", "三十日内分设计、施工、验收三步完成");
            page.fill("#plan-safety", "停用期间设警戒区,制定专项应急预案");
            noHorizontalScroll(page);
            BrowserSupport.screenshot(page, "hazard-major-2-plan-phone");
            page.locator("#plan-form button[type=submit]").click();
            assertThat(page.locator("#major .text-danger")).hasCount(0);

            page.locator("#form-START button[type=submit]").click();
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "RECTIFYING");
            page.setInputFiles("#s-photos", png("major-after.png", Color.GREEN));
            page.fill("#s-rectification", "已加装隔爆阀和泄爆片,经检测合格");
            page.locator("#form-SUBMIT button[type=submit]").click();
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "AWAITING_ACCEPTANCE");
            // the enterprise cannot accept a major hazard, nor sign for the principal
            assertThat(page.locator("#form-ACCEPT")).hasCount(0);
            assertThat(page.locator("#form-SIGN")).hasCount(0);
            BrowserSupport.screenshot(page, "hazard-major-3-submitted-phone");
        }

        // an official trying to accept before the signatures is refused
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.navigate(url);
            assertThat(page.locator("#form-SIGN")).hasCount(0); // the principal signs first
            if (page.locator("#form-ACCEPT").count() > 0) {
                page.locator("#form-ACCEPT button[type=submit]").click();
                assertThat(page.locator("[role=alert]")).containsText("签字");
                assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "AWAITING_ACCEPTANCE");
                BrowserSupport.screenshot(page, "hazard-major-4-accept-refused-phone");
            }
        }

        sign(url, "ent.a.boss", "企业主要负责人");
        sign(url, "county.yjj", "监管部门审核人");
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.navigate(url);
            assertThat(page.locator("#form-SIGN")).hasCount(0); // the reviewer cannot also sign as head
        }
        sign(url, "city.yjj", "监管部门负责人");

        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.navigate(url);
            assertThat(page.locator("#signatures li")).hasCount(3);
            page.fill("#form-ACCEPT input[name=note]", "现场核查合格,同意销号");
            page.locator("#form-ACCEPT button[type=submit]").click();
            assertThat(page.locator("#hazard-state")).hasAttribute("data-state", "CLOSED");
            assertThat(page.locator("#hazard-state")).hasText("已销号");
            noHorizontalScroll(page);
            BrowserSupport.screenshot(page, "hazard-major-6-closed-phone");
        }
    }

    private void sign(String url, String username, String role) {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), username);
            page.navigate(url);
            assertThat(page.locator("#form-SIGN button")).containsText(role);
            assertThat(page.locator("#form-SIGN code")).containsText("SM3 ");
            int signed = page.locator("#signatures li").count();
            // unticked (past the browser's own check): the server refuses too
            page.evaluate("document.querySelector('#form-SIGN input[name=confirmed]').removeAttribute('required')");
            page.locator("#form-SIGN button[type=submit]").click();
            assertThat(page.locator("[role=alert]")).containsText("请先核对隐患内容并勾选确认");
            assertThat(page.locator("#signatures li")).hasCount(signed);
            page.locator("#form-SIGN input[name=confirmed]").check();
            page.locator("#form-SIGN button[type=submit]").click();
            assertThat(page.locator("#signatures li")).hasCount(signed + 1);
            assertThat(page.locator("#signatures li").last()).containsText(role);
            noHorizontalScroll(page);
            BrowserSupport.screenshot(page, "hazard-major-5-signed-" + username + "-phone");
        }
    }

    private static void noHorizontalScroll(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("no horizontal scrolling at 375 px on " + page.url()).isEqualTo(false);
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.CHINA);
    }

    private static FilePayload png(String name, Color color) {
        try {
            BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(color);
            g.fillRect(0, 0, 32, 24);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return new FilePayload(name, "image/png", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
