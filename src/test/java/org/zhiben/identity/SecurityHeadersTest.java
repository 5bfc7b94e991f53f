package org.zhiben.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhiben.ZhibenTest;

/**
 * Response headers on pages, API and operations endpoints: a script policy without 'unsafe-inline', frames refused
 * by both the CSP and X-Frame-Options, Referrer-Policy and Permissions-Policy; the markup that this policy needs
 * (no inline script or handler, chart data as JSON islands); and the API description public by default.
 */
@ZhibenTest
class SecurityHeadersTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)(?![^>]*\\sth:src=)"
            + "(?![^>]*type=\"application/json\")[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("(?<![\\w-])(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISLAND = Pattern.compile(
            "<script type=\"application/json\" id=\"([^\"]+)\">(.*?)</script>", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void pagesApiAndOperationsCarryTheSameHeaders() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/login"),
                get("/enterprises").with(user(userDetails.loadUserByUsername("county.yjj"))),
                get("/api/v1/me").with(httpBasic("county.yjj", "Demo@12345")),
                get("/actuator/health"))) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).as(request.toString()).isNotNull();
            assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'");
            assertThat(directive(csp, "default-src")).isEqualTo("default-src 'self'");
            assertThat(directive(csp, "object-src")).isEqualTo("object-src 'none'");
            assertThat(directive(csp, "base-uri")).isEqualTo("base-uri 'self'");
            // no page is framed, by anyone: both headers say so
            assertThat(directive(csp, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy"))
                    .contains("camera=()", "geolocation=()", "microphone=()", "payment=()");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void noTemplateOrStaticPageCarriesInlineScriptOrEventHandlers() throws IOException {
        List<String> offences = new ArrayList<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> pages = new ArrayList<>(List.of(resolver.getResources("classpath*:templates/**/*.html")));
        pages.addAll(List.of(resolver.getResources("classpath*:static/**/*.html")));
        assertThat(pages).hasSizeGreaterThan(50);
        for (Resource page : pages) {
            String html = page.getContentAsString(StandardCharsets.UTF_8);
            for (Pattern p : List.of(INLINE_SCRIPT, HANDLER, Pattern.compile("javascript:"))) {
                Matcher m = p.matcher(html);
                while (m.find()) {
                    offences.add(page.getFilename() + ": " + m.group());
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theRuleCatchesInlineScriptsAndHandlers() {
        assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script th:inline=\"javascript\">").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script th:src=\"@{/js/app.js}\"></script>").find()).isFalse();
        assertThat(INLINE_SCRIPT.matcher("<script type=\"application/json\" id=\"x\">").find()).isFalse();
        assertThat(HANDLER.matcher("<button onclick=\"x()\">").find()).isTrue();
        assertThat(HANDLER.matcher("<select class=\"a\" th:onchange=\"x\">").find()).isTrue();
        assertThat(HANDLER.matcher("<form th:attr=\"onsubmit='return confirm()'\">").find()).isTrue();
        assertThat(HANDLER.matcher("<select data-autosubmit data-one=\"1\">").find()).isFalse();
    }

    @Test
    void chartDataIslandsAreValidJson() throws Exception {
        assertIslands(get("/").with(user(userDetails.loadUserByUsername("county.yjj"))), "sector-data");
        assertIslands(get("/insight").with(user(userDetails.loadUserByUsername("county.yjj"))),
                "trend-data", "risk-data");
        assertIslands(get("/risk/overview").with(user(userDetails.loadUserByUsername("county.yjj"))),
                "overview-region-data", "overview-sector-data");
        assertIslands(get("/hazards").with(user(userDetails.loadUserByUsername("county.yjj"))), "stock-data");
        assertIslands(get("/insight/enterprise").with(user(userDetails.loadUserByUsername("ent.a.boss"))),
                "trend-data");
    }

    @Test
    void theApiDescriptionIsPublicByDefault() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    private void assertIslands(MockHttpServletRequestBuilder request, String... ids) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        Matcher m = ISLAND.matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            JsonNode node = json.readTree(m.group(2));
            assertThat(node.isObject()).as(m.group(1)).isTrue();
            assertThat(node.size()).as(m.group(1)).isPositive();
            found.add(m.group(1));
        }
        assertThat(found).containsExactlyInAnyOrder(ids);
        assertThat(html).contains("data-chart-data=\"" + ids[0] + "\"");
    }

    private static String directive(String csp, String name) {
        for (String d : csp.split(";")) {
            if (d.trim().startsWith(name + " ")) {
                return d.trim();
            }
        }
        return null;
    }
}
