package org.zhiben.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.zhiben.common.Zones;
import org.zhiben.inspection.InspectionTasks;

/**
 * axe-core (WCAG 2.1 A and AA rules) on the key pages of every kind of user at 375 px: the login, each role's home,
 * the hazard list, form and record, an inspection checklist, the dashboards and each module's main list. A serious or
 * critical violation fails the test; every finding (of any impact) is written to {@code target/axe-report.txt}.
 */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");
    private static final Path REPORT = Path.of("target", "axe-report.txt");

    @LocalServerPort
    int port;
    @Autowired
    InspectionTasks tasks;

    private final List<String> findings = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int pagesChecked;
    private final List<String> checked = new ArrayList<>();

    private String base() {
        return "http://localhost:" + port;
    }

    @BeforeAll
    void todaysTasks() {
        tasks.generate(LocalDate.now(Zones.CHINA));
    }

    @AfterAll
    void writeReport() throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, pagesChecked + " pages checked: " + String.join(", ", checked) + "\n"
                + findings.size() + " findings\n" + String.join("\n", findings) + "\n");
    }

    @Test
    void keyPagesHaveNoSeriousOrCriticalViolations() {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            page.navigate(base() + "/login");
            check(page, "anonymous", "/login");
            visit(page, "anonymous", "/public/tips");
        }
        official(List.of("/", "/enterprises", "/hazards", "/hazards/statistics", "/insight", "/risk/overview",
                "/risk/reassessments", "/risk/prejudgments", "/risk/warnings", "/accidents", "/accidents/statistics", "/tips", "/campaign",
                "/monitoring", "/enforcement", "/training", "/standardization", "/experts", "/inspection/today",
                "/risk/calculators", "/inbox", "/account", "/inspection/rates", "/inspection/checklists", "/enforcement/cases/new", "/enforcement/inspections/new",
                "/enforcement/officers", "/enforcement/draws", "/monitoring/alarms", "/training/overview",
                "/insight/enterprise", "/account/password"));
        try (BrowserContext context = BrowserSupport.context(false)) {
            // desktop once, so the nav bar itself is checked; then the phone menu opened
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            check(page, "county.yjj desktop", "/");
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.click(".navbar-toggler");
            page.locator("#nav.show").waitFor();
            check(page, "county.yjj", "phone menu opened");
            visit(page, "county.yjj", "/enterprises");
            String enterprise = page.locator("main a[href^='/enterprises/']").all().stream()
                    .map(a -> a.getAttribute("href")).filter(h -> h.matches("/enterprises/[0-9a-f-]{36}")).findFirst()
                    .orElseThrow();
            visit(page, "county.yjj", enterprise);
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.worker");
            check(page, "ent.a.worker", "/");
            visit(page, "ent.a.worker", "/hazards/new");
            // the description's limit is shown under it and counts what is typed
            Locator limit = page.locator("#description + .text-limit");
            assertThat(limit.textContent()).isEqualTo("最多 2000 字");
            page.fill("#description", "配电箱门未关闭");
            assertThat(limit.textContent()).isEqualTo("已输入 7 / 2000 字");
            assertThat(page.locator("#description").getAttribute("aria-describedby")).isEqualTo(limit.getAttribute("id"));
            visit(page, "ent.a.worker", "/hazards");
            String enterprise = page.locator("nav.navbar a.nav-link[href^='/enterprises/']").first().getAttribute("href");
            visit(page, "ent.a.worker", enterprise);
            visit(page, "ent.a.worker", "/inspection/today");
            Locator go = page.locator("a", new Page.LocatorOptions().setHasText("去排查"));
            assertThat(go.count()).as("ent.a.worker has an inspection task today").isPositive();
            go.first().click();
            page.waitForLoadState();
            check(page, "ent.a.worker", "inspection checklist");
            visit(page, "ent.a.worker", "/hazards");
            Locator record = page.locator("main a[href^='/hazards/']").filter(new Locator.FilterOptions()
                    .setHasNotText("上报"));
            if (record.count() > 0) {
                page.navigate(base() + record.first().getAttribute("href"));
                page.waitForLoadState();
                check(page, "ent.a.worker", "hazard record");
            }
            visit(page, "ent.a.worker", "/training");
            visit(page, "ent.a.worker", "/accidents");
            visit(page, "ent.a.worker", "/standardization");
        }
        for (String user : List.of("ent.a.boss", "town.aj")) {
            try (BrowserContext context = BrowserSupport.context(true)) {
                Page page = context.newPage();
                BrowserSupport.login(page, base(), user);
                check(page, user, "/");
                visit(page, user, "/hazards");
                if (user.equals("ent.a.boss")) {
                    String enterprise = page.locator("nav.navbar a.nav-link[href^='/enterprises/']").first()
                            .getAttribute("href");
                    visit(page, user, "/inspection" + enterprise + "/schedules");
                    visit(page, user, "/risk" + enterprise);
                    visit(page, user, "/accidents/new");
                    visit(page, user, "/training/people");
                    visit(page, user, "/training/drills");
                    visit(page, user, "/tips/new");
                }
            }
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "expert1");
            check(page, "expert1", "/");
            visit(page, "expert1", "/experts/assignments");
            visit(page, "expert1", "/inspection/today");
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "admin");
            check(page, "admin", "/");
            for (String path : List.of("/admin/users", "/admin/regions", "/admin/departments", "/admin/audit",
                    "/admin/notify", "/admin/risk-methods", "/admin/insight", "/inspection/calendar")) {
                visit(page, "admin", path);
            }
        }
        assertThat(pagesChecked).isGreaterThanOrEqualTo(40);
        assertThat(failures).as("serious or critical axe violations (all findings in " + REPORT + ")").isEmpty();
    }

    private void official(List<String> paths) {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            for (String path : paths) {
                visit(page, "county.yjj", path);
            }
        }
    }

    private void visit(Page page, String user, String path) {
        var response = page.navigate(base() + path);
        assertThat(response.status()).as(user + " " + path).isEqualTo(200);
        page.waitForLoadState();
        check(page, user, path);
    }

    private void check(Page page, String user, String what) {
        // charts and htmx fragments that load after the page: let them settle before the check
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
        assertThat(results.isErrored()).as("axe ran on " + what + ": " + results.getErrorMessage()).isFalse();
        pagesChecked++;
        checked.add(user + " " + what);
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String line = "[" + rule.getImpact() + "] " + rule.getId() + " on " + user + " " + what + " "
                        + page.url().replace(base(), "") + ": " + node.getTarget() + " " + abbreviate(node.getHtml())
                        + " — " + rule.getHelp();
                findings.add(line);
                if (FAILING.contains(rule.getImpact())) {
                    failures.add(line);
                }
            }
        }
    }

    private static String abbreviate(String html) {
        String one = html.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 160) + "…" : one;
    }
}
