package org.zhiben.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * At 375 px: a worker takes an exam and sees the result with the explanations; the safety manager registers an
 * electrician whose special-operation certificate has expired and sees it turn into a proposed major hazard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserSupport.ConsoleCheck.class)
class TrainingBrowserTest {

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void aWorkerTakesAnExamOnAPhoneAndSeesTheResult() {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.worker");
            page.navigate(base() + "/training/exams");
            page.locator("#exam-list li", new Page.LocatorOptions().setHasText("新员工岗前安全知识考试"))
                    .locator("button").click();
            Locator questions = page.locator("#paper fieldset");
            assertThat(questions).hasCount(10);
            for (int i = 0; i < 10; i++) {
                questions.nth(i).locator("input").first().check();
            }
            BrowserSupport.screenshot(page, "training-exam-phone");
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
            // resumable: reopening the paper shows the answers saved as they were given
            page.reload();
            assertThat(page.locator("#paper input:checked")).hasCount(10);
            page.locator("#submit-paper").click();
            assertThat(page.locator("#result")).containsText("得分");
            assertThat(page.locator("#paper")).containsText("解析:");
            BrowserSupport.screenshot(page, "training-exam-result-phone");
        }
    }

    @Test
    void anExpiredCertificateOfAnElectricianBecomesAProposedMajorHazard() {
        String name = "浏览器电工" + (System.nanoTime() % 100000);
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.safety");
            page.navigate(base() + "/training/people");
            page.locator("summary", new Page.LocatorOptions().setHasText("登记人员")).click();
            page.fill("#name", name);
            page.fill("#staffNo", "E" + System.nanoTime());
            page.selectOption("#position", "配电值班电工");
            page.fill("#hiredOn", "2020-05-01");
            page.check("#specialOperator");
            page.locator("#person-form button[type=submit]").click();
            assertThat(page.locator("h1")).containsText(name);
            page.locator("summary", new Page.LocatorOptions().setHasText("登记证书")).click();
            page.selectOption("#c-kind", "SP_ELEC");
            page.fill("#c-number", "T20180110");
            page.fill("#c-issuer", "示范市应急管理局");
            page.fill("#c-date", "2018-01-10");
            page.locator("form[action$='/certificates'] button[type=submit]").click();
            assertThat(page.locator("#certificates")).containsText("已失效");
            assertThat(page.locator("#findings")).containsText("已提请重大事故隐患");
            BrowserSupport.screenshot(page, "training-certificate-expired-phone");
            page.locator("#findings a").click();
            assertThat(page.locator("main")).containsText("第三条(二)");
            assertThat(page.locator("main")).containsText("重大");
            BrowserSupport.screenshot(page, "training-proposed-hazard-phone");
            Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("no horizontal scrolling at 375 px").isEqualTo(false);
        }
    }
}
