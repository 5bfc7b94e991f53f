package org.zhiben;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every demo account's way in: the home page (after its redirect) and every link of that account's navigation bar
 * open a page the account may use — no 403, 404 or 500 behind a menu entry.
 */
@ZhibenTest
class NavigationWalkTest {

    private static final Pattern NAV = Pattern.compile("<nav class=\"navbar.*?</nav>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"#?]+)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    MockHttpServletResponse open(UserDetails who, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(who))).andReturn().getResponse();
        for (int hops = 0; response.getStatus() == 302 && hops < 3; hops++) {
            url = response.getRedirectedUrl();
            response = mvc.perform(get(url).with(user(who))).andReturn().getResponse();
        }
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "city.yjj", "county.yjj", "county.zjj", "town.aj", "ent.a.boss", "ent.a.safety",
            "ent.a.worker", "ent.b.boss", "expert1"})
    void everyNavigationEntryOpensAPageTheRoleMayUse(String username) throws Exception {
        UserDetails who = users.loadUserByUsername(username);
        MockHttpServletResponse home = open(who, "/");
        assertThat(home.getStatus()).as(username + " home").isEqualTo(200);
        Matcher nav = NAV.matcher(home.getContentAsString());
        assertThat(nav.find()).as("navigation bar").isTrue();
        Set<String> links = new LinkedHashSet<>();
        Matcher href = HREF.matcher(nav.group());
        while (href.find()) {
            links.add(href.group(1));
        }
        assertThat(links).hasSizeGreaterThan(3);
        List<String> broken = new ArrayList<>();
        for (String link : links) {
            MockHttpServletResponse page = open(who, link);
            if (page.getStatus() != 200) {
                broken.add(link + " → " + page.getStatus());
                continue;
            }
            // every page of ours names itself, then the product (Swagger UI is not ours)
            Matcher title = TITLE.matcher(page.getContentAsString());
            String text = title.find() ? title.group(1) : "(none)";
            if (!link.startsWith("/swagger-ui") && !text.matches(".+ - 治本")) {
                broken.add(link + " → title " + text);
            }
        }
        assertThat(broken).as(username + "'s menu").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ent.a.boss", "ent.a.safety", "ent.a.worker", "ent.b.boss"})
    void enterpriseUsersReportAHazardFromTheirHomePage(String username) throws Exception {
        UserDetails who = users.loadUserByUsername(username);
        String home = open(who, "/").getContentAsString();
        assertThat(home).contains("id=\"quick-actions\"").contains("href=\"/hazards/new\"");
        assertThat(open(who, "/hazards/new").getStatus()).isEqualTo(200);
        assertThat(open(who, "/hazards").getContentAsString()).contains("本企业隐患台账").contains("id=\"report-hazard\"");
    }

    @org.junit.jupiter.api.Test
    void theExpertLandsOnTheChecksAssignedToThem() throws Exception {
        MockHttpServletResponse home = open(users.loadUserByUsername("expert1"), "/");
        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(home.getContentAsString()).contains("体检式精查");
    }
}
