package org.zhiben.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Debian Chromium ({@code /usr/bin/chromium}, never a downloaded browser) for the whole run,
 * a fresh context per test, screenshots under {@code target/screenshots}. Every context records Content-Security-
 * Policy violations and uncaught script errors; {@link ConsoleCheck} fails the test that caused any.
 */
final class BrowserSupport {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** Chromium reports a blocked inline script, handler, eval or resource with this text on the console. */
    private static final String CSP_MESSAGE = "Content Security Policy";
    private static final String VIOLATION_SCRIPT = "document.addEventListener('securitypolicyviolation', function (e) {"
            + " console.error('" + CSP_MESSAGE + " violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')"
            + " + ' at ' + e.sourceFile + ':' + e.lineNumber); });";
    private static final List<String> PROBLEMS = Collections.synchronizedList(new ArrayList<>());
    private static Playwright playwright;
    private static Browser browser;

    private BrowserSupport() {
    }

    static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("zhiben.chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** A phone-width (375 px) or desktop context. */
    static BrowserContext context(boolean phone) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale("zh-CN");
        return context(phone ? options.setViewportSize(375, 812).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
                : options.setViewportSize(1280, 800));
    }

    /** A desktop context of the given window width (a 1366 × 768 laptop, say). */
    static BrowserContext desktop(int width, int height) {
        return context(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(width, height));
    }

    private static BrowserContext context(Browser.NewContextOptions options) {
        BrowserContext context = browser().newContext(options);
        context.addInitScript(VIOLATION_SCRIPT);
        context.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && m.text().contains(CSP_MESSAGE)) {
                PROBLEMS.add(m.text() + " (" + m.location() + ")");
            }
        });
        context.onPage(p -> p.onPageError(error -> PROBLEMS.add("uncaught script error on " + p.url() + ": " + error)));
        return context;
    }

    /** The CSP violations and uncaught script errors seen since the last check, cleared. */
    static List<String> takeProblems() {
        synchronized (PROBLEMS) {
            List<String> seen = List.copyOf(PROBLEMS);
            PROBLEMS.clear();
            return seen;
        }
    }

    /** Fails a browser test whose pages broke the Content-Security-Policy or threw a script error. */
    static final class ConsoleCheck implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            takeProblems();
        }

        @Override
        public void afterEach(ExtensionContext context) {
            List<String> problems = takeProblems();
            if (!problems.isEmpty()) {
                throw new AssertionError("Browser console: " + String.join("\n", problems));
            }
        }
    }

    static void login(Page page, String base, String username) {
        page.navigate(base + "/login");
        page.fill("#username", username);
        page.fill("#password", "Demo@12345");
        page.click("button[type=submit]");
        page.waitForLoadState();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
