package org.zhiben.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * One headless Debian Chromium ({@code /usr/bin/chromium}, never a downloaded browser) for the whole run,
 * a fresh context per test, screenshots under {@code target/screenshots}.
 */
final class BrowserSupport {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
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
        options = phone ? options.setViewportSize(375, 812).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
                : options.setViewportSize(1280, 800);
        return browser().newContext(options);
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
