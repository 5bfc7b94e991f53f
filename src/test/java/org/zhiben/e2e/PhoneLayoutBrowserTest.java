package org.zhiben.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13 item 8, phone and desktop layout. Each demo account, cold on a 375 px phone, walks the pages of its main
 * job: no page is wider than the screen (a wide table scrolls inside itself), list tables are cards whose every value
 * carries its column's name, and the signed 16号令 statistics table with its SHA-256 fits. On a 1366 px laptop no
 * date (or date and time) in a page breaks across two lines. Screenshots: {@code target/screenshots/layout-*.png}.
 */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PhoneLayoutBrowserTest {

    /**
     * What a page does at its width: how wide the document is, the elements that stick out past the window (outside
     * any scrolling box), and for each list table in card form the cells whose column name is not shown before them.
     */
    private static final String MEASURE = """
        w => {
          // w is the device's width: a phone widens its layout viewport (window.innerWidth) to a page wider than itself
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
              + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
              + ' "' + (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30) + '"';
          const clipped = el => {
            for (let p = el.parentElement; p; p = p.parentElement) {
              if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
            }
            return false;
          };
          const sticking = [];
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > w + 1 && !clipped(el)) sticking.push(describe(el) + ' reaches ' + Math.round(r.right) + ' px');
          }
          let cards = 0, cells = 0;
          const unlabelled = [];
          for (const table of document.querySelectorAll('table.table-cards')) {
            if (!table.offsetParent) continue;
            const head = table.tHead;
            if (head && head.getBoundingClientRect().height > 1) unlabelled.push(describe(table) + ': header row still shown');
            const names = head ? [...head.rows[head.rows.length - 1].cells].map(th => th.textContent.trim()) : [];
            for (const row of table.tBodies[0] ? table.tBodies[0].rows : []) {
              if (getComputedStyle(row).display !== 'block' && getComputedStyle(row).display !== 'grid') {
                unlabelled.push(describe(row) + ': row is not a card (' + getComputedStyle(row).display + ')');
                continue;
              }
              cards++;
              [...row.cells].forEach((cell, i) => {
                if (cell.colSpan > 1 || !names[i] || !cell.offsetParent) return;
                cells++;
                const before = getComputedStyle(cell, '::before');
                const shown = before.display !== 'none' ? before.content.replace(/^"|"$/g, '') : '';
                const title = table.classList.contains('table-cards-pairs') && i === 0;
                if (!title && shown !== names[i]) unlabelled.push(describe(cell) + ': label "' + shown + '" instead of "' + names[i] + '"');
              });
            }
          }
          // a column squeezed to a few characters: its text stands in a narrow pillar of three or more lines
          const squeezed = [];
          for (const cell of document.querySelectorAll('main td, main th')) {
            if (!cell.offsetParent || getComputedStyle(cell).display !== 'table-cell') continue;
            const style = getComputedStyle(cell);
            const font = parseFloat(style.fontSize), line = parseFloat(style.lineHeight) || font * 1.5;
            const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            const range = document.createRange();
            range.selectNodeContents(cell);
            const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom))).size;
            if (inner < 4 * font && lines >= 3 && cell.textContent.trim().length >= 3) {
              squeezed.push(describe(cell) + ': ' + lines + ' lines in ' + Math.round(inner) + ' px');
            }
          }
          return {squeezed: squeezed.slice(0, 5), width: document.documentElement.scrollWidth, window: w, sticking: sticking.slice(0, 5),
                  cards: cards, cells: cells, unlabelled: unlabelled.slice(0, 5)};
        }""";

    /** Every date (or date and time) in the page's main part that the browser set on more than one line. */
    private static final String BROKEN_DATES = """
        () => {
          const found = [], broken = [];
          const date = /\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?/g;
          const walker = document.createTreeWalker(document.querySelector('main') || document.body, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            if (!t.parentElement || !t.parentElement.offsetParent) continue;
            for (const m of t.data.matchAll(date)) {
              const range = document.createRange();
              range.setStart(t, m.index);
              range.setEnd(t, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
              found.push(m[0]);
              if (lines.size > 1) broken.push('"' + m[0] + '" in ' + t.parentElement.tagName.toLowerCase() + ' "' + t.data.trim().slice(0, 40) + '"');
            }
          }
          return {dates: found.length, broken: broken};
        }""";

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @LocalServerPort
    int port;

    private final List<String> failures = new ArrayList<>();
    private int cardTables;
    private int labelledCells;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void everyDemoAccountReachesItsMainJobOnAPhone() {
        // a path, or "~regex": the first link in the page just seen whose address matches (a record of the list)
        Map<String, List<String>> jobs = new LinkedHashMap<>();
        jobs.put("city.yjj", List.of("/", "/insight", "/hazards", "/accidents", "/accidents/zero",
                "~/accidents/zero/" + UUID, "/campaign", "/enforcement/statistics"));
        jobs.put("county.yjj", List.of("/", "/enterprises", "~/enterprises/" + UUID, "/hazards", "~/hazards/" + UUID,
                "/hazards/statistics", "/insight", "/risk/overview", "/risk/reassessments", "/accidents",
                "~/accidents/" + UUID, "/accidents/blacklist", "/accidents/analogy", "/enforcement/bans", "/tips",
                "/accidents/root-causes", "~/accidents/root-causes/" + UUID, "/accidents/root-causes/recurring",
                "/campaign", "~/campaign/plans/" + UUID, "/campaign/plans/new", "/monitoring", "/enforcement", "/enforcement/cases",
                "/enforcement/targets", "/enforcement/officers", "/enforcement/statistics",
                "/enforcement/unbuilt-or-unused", "/enforcement/typical-cases", "~/enforcement/typical-cases/" + UUID,
                "/training/overview",
                "/standardization", "/experts", "/inspection/rates", "/account"));
        jobs.put("town.aj", List.of("/", "/hazards", "/insight", "/inspection/today"));
        jobs.put("ent.a.boss", List.of("/", "{own}", "/hazards", "/hazards/statistics{own}",
                "/inspection{own}/schedules", "/risk{own}", "/risk{own}/cards",
                "~/risk/enterprises/" + UUID + "/cards/" + UUID + "/risk-list", "/training/people",
                "~/training/people/" + UUID, "/training/drills", "/accidents", "/accidents/analogy", "/tips",
                "/tips/internal-rewards", "/monitoring", "/standardization"));
        jobs.put("ent.a.worker", List.of("/", "/hazards/new", "/hazards", "~/hazards/" + UUID, "/inspection/today",
                "/training"));
        jobs.put("expert1", List.of("/", "/experts/assignments", "~/experts/assignments/" + UUID, "/inspection/today"));
        jobs.put("admin", List.of("/admin/users", "/admin/audit", "/admin/notify", "/admin/departments",
                "/admin/regions", "/admin/risk-methods"));
        for (Map.Entry<String, List<String>> job : jobs.entrySet()) {
            String user = job.getKey();
            try (BrowserContext context = BrowserSupport.context(true)) {
                Page page = context.newPage();
                BrowserSupport.login(page, base(), user);
                String own = user.startsWith("ent.") ? ownEnterprise(page) : "";
                for (String path : job.getValue()) {
                    path = path.startsWith("~") ? linkTo(page, path.substring(1)) : path.replace("{own}", own);
                    var response = page.navigate(base() + path);
                    assertThat(response.status()).as(user + " " + path).isEqualTo(200);
                    check(page, user, path);
                    // an enterprise's tabs (documents, history, ...) come by htmx when opened
                    List<Locator> tabs = page.locator("button[data-bs-toggle=tab]").all();
                    for (int i = 1; i < tabs.size(); i++) {
                        tabs.get(i).click();
                        settled(page);
                        check(page, user, path + " tab " + i + " " + tabs.get(i).textContent().trim());
                    }
                }
            }
        }
        assertThat(failures).as("layout breaks at 375 px").isEmpty();
        // the walk met the list tables it is about: not a check that passes because no table was in card form
        assertThat(cardTables).as("list tables seen as cards").isGreaterThanOrEqualTo(25);
        assertThat(labelledCells).as("card cells checked for their label").isGreaterThanOrEqualTo(300);
    }

    @Test
    void theSignedStatisticsTableFitsAPhone() {
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "ent.a.boss");
            String own = ownEnterprise(page);
            page.navigate(base() + "/hazards/statistics" + own);
            // an ended quarter the principal has not signed yet (overdue: the red badge)
            Locator owed = page.locator("#period-table tbody tr").filter(new Locator.FilterOptions()
                    .setHas(page.locator(".badge.text-bg-danger")));
            assertThat(owed.count()).as("ent.a.boss owes a signature").isPositive();
            owed.first().locator("a").first().click();
            page.waitForLoadState();
            page.locator("#confirmed").check();
            page.locator("#sign-form button[type=submit]").click();
            page.waitForLoadState();
            Locator signed = page.locator("#signed");
            assertThat(signed.textContent()).containsPattern("SHA-256.*[0-9a-f]{64}");
            check(page, "ent.a.boss", "signed statistics table");
            BrowserSupport.screenshot(page, "layout-signed-statistics-phone");
            // the notice and the signature line both carry the 64-character fingerprint: each wraps inside the screen
            for (String shown : List.of("main #signed", ".alert-success")) {
                Number right = (Number) page.evaluate("s => document.querySelector(s).getBoundingClientRect().right", shown);
                assertThat(right.doubleValue()).as(shown + " ends inside the screen").isLessThanOrEqualTo(375);
            }
            assertThat(failures).as("layout breaks at 375 px").isEmpty();
        }
    }

    @Test
    void datesStayOnOneLineOnALaptop() {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("county.yjj", List.of("/hazards", "/enterprises", "~/enterprises/" + UUID, "/enforcement/officers",
                "/enforcement/targets", "/enforcement/cases", "/tips", "/accidents", "/risk/reassessments", "/inbox",
                "/account"));
        pages.put("ent.a.boss", List.of("/hazards", "/hazards/statistics{own}", "/training/people",
                "~/training/people/" + UUID, "/training/drills", "/accidents", "/tips/internal-rewards"));
        pages.put("admin", List.of("/admin/audit", "/admin/notify"));
        int dates = 0;
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, List<String>> visit : pages.entrySet()) {
            try (BrowserContext context = BrowserSupport.desktop(1366, 768)) {
                Page page = context.newPage();
                BrowserSupport.login(page, base(), visit.getKey());
                String own = visit.getKey().startsWith("ent.") ? ownEnterprise(page) : "";
                for (String path : visit.getValue()) {
                    path = path.startsWith("~") ? linkTo(page, path.substring(1)) : path.replace("{own}", own);
                    assertThat(page.navigate(base() + path).status()).as(visit.getKey() + " " + path).isEqualTo(200);
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    Map<?, ?> found = (Map<?, ?>) page.evaluate(BROKEN_DATES);
                    dates += ((Number) found.get("dates")).intValue();
                    for (Object b : (List<?>) found.get("broken")) {
                        broken.add(visit.getKey() + " " + path + ": " + b);
                    }
                    BrowserSupport.screenshot(page, "layout-desktop-" + slug(visit.getKey() + path));
                    List<Locator> tabs = page.locator("button[data-bs-toggle=tab]").all();
                    for (int i = 1; i < tabs.size(); i++) {
                        tabs.get(i).click();
                        settled(page);
                        found = (Map<?, ?>) page.evaluate(BROKEN_DATES);
                        dates += ((Number) found.get("dates")).intValue();
                        for (Object b : (List<?>) found.get("broken")) {
                            broken.add(visit.getKey() + " " + path + " tab " + i + ": " + b);
                        }
                    }
                }
            }
        }
        assertThat(dates).as("dates seen on the pages").isGreaterThanOrEqualTo(100);
        assertThat(broken).as("dates broken across lines at 1366 px").isEmpty();
    }

    private void check(Page page, String user, String path) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Map<?, ?> m = (Map<?, ?>) page.evaluate(MEASURE, page.viewportSize().width);
        int width = ((Number) m.get("width")).intValue();
        int window = ((Number) m.get("window")).intValue();
        if (width > window) {
            failures.add(user + " " + path + ": page " + width + " px wide on a " + window + " px screen; " + m.get("sticking"));
        }
        for (Object q : (List<?>) m.get("squeezed")) {
            failures.add(user + " " + path + ": column squeezed, " + q);
        }
        for (Object u : (List<?>) m.get("unlabelled")) {
            failures.add(user + " " + path + ": " + u);
        }
        if (((Number) m.get("cards")).intValue() > 0) {
            cardTables++;
        }
        labelledCells += ((Number) m.get("cells")).intValue();
        BrowserSupport.screenshot(page, "layout-phone-" + slug(user + path));
    }

    /** Waits until the tab just opened has its content, loaded by htmx and settled. */
    private static void settled(Page page) {
        page.waitForFunction("() => { const p = document.querySelector('.tab-pane.active.show');"
                + " return p && p.children.length > 0 && !p.matches('.htmx-request, .htmx-settling')"
                + " && !p.querySelector('.htmx-added, .htmx-settling'); }");
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** The enterprise user's own enterprise, "/enterprises/{id}", from the nav bar. */
    private static String ownEnterprise(Page page) {
        return page.locator("nav.navbar a.nav-link[href^='/enterprises/']").first().getAttribute("href");
    }

    /** The first link in the page whose address matches. */
    private static String linkTo(Page page, String regex) {
        return page.locator("main a[href]").all().stream().map(a -> a.getAttribute("href"))
                .filter(h -> h.matches(regex)).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + regex + " on " + page.url()));
    }

    private static String slug(String s) {
        String slug = s.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "id").replaceAll("[^A-Za-z0-9.]+", "-");
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }
}
