package org.zhiben.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The nav bar's text meets WCAG 2.1 AA contrast (4.5:1) as the browser paints it, at rest and hovered, on desktop
 * and in the opened phone menu; and the favicon (ICO and SVG) is served without a login.
 */
@ExtendWith(BrowserSupport.ConsoleCheck.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NavContrastBrowserTest {

    /** The lowest contrast among the visible nav links and the brand, against the first opaque background behind each. */
    private static final String MIN_CONTRAST = """
            () => {
              const rgba = s => { const m = s.match(/[\\d.]+/g).map(Number); return [m[0], m[1], m[2], m.length > 3 ? m[3] : 1]; };
              const lin = c => { c /= 255; return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
              const lum = c => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
              const background = el => {
                for (let e = el; e; e = e.parentElement) {
                  const c = rgba(getComputedStyle(e).backgroundColor);
                  if (c[3] === 1) return c;
                }
                return [255, 255, 255, 1];
              };
              const worst = { ratio: 99, text: '' };
              for (const el of document.querySelectorAll('nav.navbar .nav-link, nav.navbar .navbar-brand')) {
                if (!el.offsetParent || !el.textContent.trim()) continue;
                const bg = background(el);
                const fg = rgba(getComputedStyle(el).color);
                const shown = [0, 1, 2].map(i => fg[3] * fg[i] + (1 - fg[3]) * bg[i]);
                const [a, b] = [lum(shown), lum(bg)].sort((x, y) => y - x);
                const ratio = (a + 0.05) / (b + 0.05);
                if (ratio < worst.ratio) { worst.ratio = ratio; worst.text = el.textContent.trim(); }
              }
              return worst;
            }""";

    @LocalServerPort
    int port;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void navTextMeetsAaContrastOnDesktopAndPhone() {
        for (String user : List.of("county.yjj", "admin", "ent.a.worker")) {
            try (BrowserContext context = BrowserSupport.context(false)) {
                Page page = context.newPage();
                BrowserSupport.login(page, base(), user);
                assertContrast(page, user + " desktop");
                page.locator("nav.navbar .nav-link").first().hover();
                assertContrast(page, user + " desktop, hovered");
            }
        }
        try (BrowserContext context = BrowserSupport.context(true)) {
            Page page = context.newPage();
            BrowserSupport.login(page, base(), "county.yjj");
            page.click(".navbar-toggler");
            page.locator("#nav.show").waitFor();
            assertContrast(page, "phone menu");
            BrowserSupport.screenshot(page, "nav-contrast-phone");
        }
    }

    @Test
    void faviconIsServedWithoutALogin() {
        try (BrowserContext context = BrowserSupport.context(false)) {
            Page page = context.newPage();
            APIResponse ico = page.request().get(base() + "/favicon.ico");
            assertThat(ico.status()).isEqualTo(200);
            assertThat(ico.body()).startsWith((byte) 0, (byte) 0, (byte) 1, (byte) 0); // an icon resource
            BrowserSupport.login(page, base(), "county.yjj");
            String svg = page.locator("link[rel=icon][type='image/svg+xml']").getAttribute("href");
            APIResponse mark = page.request().get(base() + svg);
            assertThat(mark.status()).isEqualTo(200);
            assertThat(mark.headers()).containsEntry("content-type", "image/svg+xml");
            assertThat(mark.text()).contains("<svg");
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertContrast(Page page, String where) {
        Map<String, Object> worst = (Map<String, Object>) page.evaluate(MIN_CONTRAST);
        assertThat(((Number) worst.get("ratio")).doubleValue()).as(where + ": " + worst.get("text"))
                .isGreaterThanOrEqualTo(4.5);
    }
}
