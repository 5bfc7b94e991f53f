package org.zhiben.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;
import org.zhiben.common.LiveMetric;
import org.zhiben.common.LiveMetrics;
import org.zhiben.common.Zones;
import tools.jackson.databind.ObjectMapper;

/**
 * 事故统计 against a hand-counted fixture in a town of its own (990101199000, fictional) in 2011 and 2012: year edges
 * in Beijing time, a voided accident, the missing counted as deaths, an accident of two sectors, 同比 with and
 * without last year's figures, a period up to a date (and 29 February), scope (another county's accident, a
 * department's sector, 404 outside), bad input, every count opening a list of exactly as many rows, and the live
 * metrics of the current year.
 */
@ZhibenTest
class AccidentStatisticsTest {

    private static final String PASSWORD = "Demo@12345";
    private static final String TOWN = "990101199000";
    private static final String V1 = "990101199001";
    private static final String V2 = "990101199002";
    private static final Pattern CELL = Pattern.compile("<a [^>]*data-(?:cell|kpi)=\"[^\"]*\"[^>]*>");
    private static final Pattern TOTAL = Pattern.compile("data-total=\"(\\d+)\"");
    private static final Pattern ROW = Pattern.compile("\\sdata-row[\\s>=]");

    private static boolean seeded;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    LiveMetrics metrics;
    @Autowired
    UserDetailsService users;

    private ResultActions get(String url, String user) throws Exception {
        URI uri = URI.create(url);
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.get(uri.getPath()).with(uri.getPath()
                .startsWith("/api/") ? httpBasic(user, PASSWORD)
                : SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(user)));
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                b.param(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return mvc.perform(b);
    }

    private String report(String user, String region, Set<String> sectors, Instant occurred, String category,
            int deaths, int missing, int injuries, String loss) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("regionCode", region);
        r.put("unitName", "统计测试单位");
        r.put("sectors", sectors);
        r.put("place", "统计测试地点");
        r.put("occurredAt", occurred.toString());
        r.put("knownAt", occurred.plus(Duration.ofMinutes(5)).toString());
        r.put("firstReportedAt", occurred.plus(Duration.ofMinutes(30)).toString());
        r.put("categoryCode", category);
        r.put("deaths", deaths);
        r.put("missing", missing);
        r.put("seriousInjuries", injuries);
        r.put("directLossYuan", new BigDecimal(loss));
        r.put("summary", "统计测试事故");
        String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/accidents").with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(r)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Zones.CHINA).toInstant();
    }

    @BeforeEach
    void fixture() throws Exception {
        synchronized (AccidentStatisticsTest.class) {
            if (seeded) {
                return;
            }
            // 2012: A1 at the first minute of the year, two dead (one missing)
            report("county.yjj", V1, Set.of("18"), beijing("2012-01-01T00:00"), "06", 1, 1, 0, "100000");
            // A2 at the last minute of the year, sectors 04 and 18, two seriously injured
            report("county.yjj", V2, Set.of("04", "18"), beijing("2012-12-31T23:59"), "03", 0, 0, 2, "50000.50");
            // A3 on 15 June, three dead: 较大
            report("county.yjj", V2, Set.of("04"), beijing("2012-06-15T10:00"), "03", 3, 0, 0, "0");
            // A4 voided: not counted
            String voided = report("county.yjj", V1, Set.of("18"), beijing("2012-05-01T10:00"), "03", 5, 0, 0, "0");
            mvc.perform(MockMvcRequestBuilders.post("/api/v1/accidents/" + voided + "/transitions")
                    .with(httpBasic("county.yjj", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0,\"action\":\"VOID\",\"reason\":\"重复报告\"}"))
                    .andExpect(status().isOk());
            // A5 at the first minute of 2013: not in 2012
            report("county.yjj", V1, Set.of("18"), beijing("2013-01-01T00:00"), "03", 1, 0, 0, "0");
            // 2011: B1 at the last minute of the year, B2 in March
            report("county.yjj", V1, Set.of("18"), beijing("2011-12-31T23:59"), "06", 1, 0, 0, "0");
            report("county.yjj", V1, Set.of("18"), beijing("2011-03-01T08:00"), "03", 0, 0, 1, "20000");
            // another county's accident in 2012 (the city registers it)
            report("city.yjj", "990102199001", Set.of("18"), beijing("2012-04-01T08:00"), "03", 1, 0, 0, "0");
            seeded = true;
        }
    }

    @Test
    void theTownsFiguresAreTheHandCountedOnes() throws Exception {
        String body = get("/api/v1/accidents/statistics?year=2012&region=" + TOWN, "county.yjj")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // total: A1, A2, A3 (A4 voided, A5 in 2013); last year B1, B2
        assertThat((Integer) JsonPath.read(body, "$.total.current.count")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(body, "$.total.current.deaths")).isEqualTo(5); // 1 + 1 missing + 3
        assertThat((Integer) JsonPath.read(body, "$.total.current.injuries")).isEqualTo(2);
        assertThat(new BigDecimal(JsonPath.read(body, "$.total.current.lossYuan").toString()))
                .isEqualByComparingTo("150000.50");
        assertThat((Integer) JsonPath.read(body, "$.total.previous.count")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(body, "$.total.previous.deaths")).isEqualTo(1);
        assertThat(JsonPath.read(body, "$.total.countChange").toString()).isEqualTo("50.0");
        assertThat(JsonPath.read(body, "$.total.deathsChange").toString()).isEqualTo("400.0");
        assertThat(JsonPath.read(body, "$.period.from").toString()).isEqualTo("2012-01-01");
        assertThat(JsonPath.read(body, "$.period.to").toString()).isEqualTo("2012-12-31");
        assertThat(JsonPath.read(body, "$.previous.to").toString()).isEqualTo("2011-12-31");

        // by village: V1 fell from 2 to 1 accident, V2 had none last year (同比 not computed)
        assertThat((List<String>) JsonPath.read(body, "$.byRegion[*].key")).containsExactly(V1, V2);
        assertThat((Integer) JsonPath.read(body, "$.byRegion[0].current.count")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.byRegion[0].previous.count")).isEqualTo(2);
        assertThat(JsonPath.read(body, "$.byRegion[0].countChange").toString()).isEqualTo("-50.0");
        assertThat((Integer) JsonPath.read(body, "$.byRegion[1].current.count")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(body, "$.byRegion[1].previous.count")).isEqualTo(0);
        assertThat((Object) JsonPath.read(body, "$.byRegion[1].countChange")).isNull();

        // by sector: A2 counts under 04 and 18
        assertThat((List<String>) JsonPath.read(body, "$.bySector[*].key")).containsExactly("04", "18");
        assertThat((List<Integer>) JsonPath.read(body, "$.bySector[*].current.count")).containsExactly(2, 2);
        assertThat((List<Integer>) JsonPath.read(body, "$.bySector[*].current.deaths")).containsExactly(3, 2);
        assertThat((List<Integer>) JsonPath.read(body, "$.bySector[*].previous.count")).containsExactly(0, 2);

        // by category and grade
        assertThat((List<String>) JsonPath.read(body, "$.byCategory[*].key"))
                .containsExactly("GB6441-1986:03", "GB6441-1986:06");
        assertThat((List<Integer>) JsonPath.read(body, "$.byCategory[*].current.count")).containsExactly(2, 1);
        assertThat((List<Integer>) JsonPath.read(body, "$.byCategory[*].previous.count")).containsExactly(1, 1);
        assertThat((List<String>) JsonPath.read(body, "$.byGrade[*].key"))
                .containsExactly("GENERAL", "LARGE", "MAJOR", "EXTRAORDINARY");
        assertThat((List<Integer>) JsonPath.read(body, "$.byGrade[*].current.count")).containsExactly(2, 1, 0, 0);
        assertThat((List<Integer>) JsonPath.read(body, "$.byGrade[*].previous.count")).containsExactly(2, 0, 0, 0);
    }

    @Test
    void aPeriodUpToADateComparesTheSameSpanOfLastYear() throws Exception {
        // to 15 June inclusive: A1 and A3; last year 1 January to 15 June: B2
        get("/api/v1/accidents/statistics?year=2012&to=2012-06-15&region=" + TOWN, "county.yjj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.total.current.count").value(2))
                .andExpect(jsonPath("$.total.previous.count").value(1))
                .andExpect(jsonPath("$.previous.from").value("2011-01-01"))
                .andExpect(jsonPath("$.previous.to").value("2011-06-15"));
        // to 14 June: A3 falls out
        get("/api/v1/accidents/statistics?year=2012&to=2012-06-14&region=" + TOWN, "county.yjj")
                .andExpect(jsonPath("$.total.current.count").value(1));
        // 29 February compares with 28 February
        get("/api/v1/accidents/statistics?year=2012&to=2012-02-29&region=" + TOWN, "county.yjj")
                .andExpect(jsonPath("$.previous.to").value("2011-02-28"))
                .andExpect(jsonPath("$.total.current.count").value(1));
        // 2013: A5 at its first minute; last year is 2012's three, so 同比 -66.7
        get("/api/v1/accidents/statistics?year=2013&region=" + TOWN, "county.yjj")
                .andExpect(jsonPath("$.total.current.count").value(1))
                .andExpect(jsonPath("$.total.previous.count").value(3))
                .andExpect(jsonPath("$.total.countChange").value(-66.7));
        // 2010: nothing either year, nothing to compare
        get("/api/v1/accidents/statistics?year=2011&region=" + TOWN, "county.yjj")
                .andExpect(jsonPath("$.total.current.count").value(2))
                .andExpect(jsonPath("$.total.previous.count").value(0))
                .andExpect(jsonPath("$.total.countChange").doesNotExist());
    }

    @Test
    void scopeDecidesWhatIsCounted() throws Exception {
        // the county's breakdown never holds the other county; the city sees the other county's accident
        String county = get("/api/v1/accidents/statistics?year=2012", "county.yjj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(county, "$.byRegion[*].key")).allMatch(k -> k.startsWith("990101"))
                .contains("990101199");
        get("/api/v1/accidents/statistics?year=2012&region=990102199000", "city.yjj")
                .andExpect(jsonPath("$.total.current.count").value(1));
        get("/api/v1/accidents/statistics?year=2012&region=990102199000", "county.yjj")
                .andExpect(status().isNotFound());
        get("/accidents/statistics?year=2012&region=990102000000", "county.yjj").andExpect(status().isNotFound());
        get("/api/v1/accidents/statistics?year=2012&region=" + TOWN, "town.aj").andExpect(status().isNotFound());
        get("/api/v1/accidents/statistics?year=2012&region=" + TOWN, "ent.a.boss").andExpect(status().isNotFound());
        // an enterprise's users see their own figures under the region's name, with no way into a region
        String own = get("/accidents/statistics?year=2012", "ent.a.boss").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(own).doesNotContain("/accidents/statistics?year=2012&amp;to=");
        assertThat(get("/accidents/statistics?year=2012", "county.yjj").andReturn().getResponse()
                .getContentAsString()).contains("/accidents/statistics?year=2012&amp;to=");
        // a department limited to sector 04 counts A2 and A3 only
        get("/api/v1/accidents/statistics?year=2012&region=" + TOWN, "county.zjj")
                .andExpect(jsonPath("$.total.current.count").value(2))
                .andExpect(jsonPath("$.total.current.deaths").value(3))
                .andExpect(jsonPath("$.total.previous.count").value(0));
        // the city's figures for the town are the county's
        get("/api/v1/accidents/statistics?year=2012&region=" + TOWN, "city.yjj")
                .andExpect(jsonPath("$.total.current.count").value(3));
    }

    @Test
    void insightsApiAnswersThePeriodsAccidentsWithTheirList() throws Exception {
        // the county in 2012: the fixture's A1, A2, A3 (the other county's and the voided one left out)
        String body = get("/api/v1/stats/accidents?region=990101000000&from=2012-01-01&to=2012-12-31", "county.yjj")
                .andExpect(status().isOk()).andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.deaths").value(5)).andExpect(jsonPath("$.injuries").value(2))
                .andReturn().getResponse().getContentAsString();
        String list = get(JsonPath.read(body, "$.list"), "county.yjj").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher total = TOTAL.matcher(list);
        assertThat(total.find()).isTrue();
        assertThat(total.group(1)).isEqualTo("3");
        // 1 January 2012 alone holds A1 (its first minute); a department of sector 04 sees A2 and A3 only
        get("/api/v1/stats/accidents?region=990101000000&from=2012-01-01&to=2012-01-01", "county.yjj")
                .andExpect(jsonPath("$.count").value(1)).andExpect(jsonPath("$.deaths").value(2));
        get("/api/v1/stats/accidents?from=2012-01-01&to=2012-12-31", "county.zjj")
                .andExpect(jsonPath("$.count").value(2));
        get("/api/v1/stats/accidents?region=990102000000&from=2012-01-01&to=2012-12-31", "county.yjj")
                .andExpect(status().isNotFound());
        get("/api/v1/stats/accidents?from=2012-02-01&to=2012-01-01", "county.yjj").andExpect(status().isBadRequest());
    }

    @Test
    void badInputIsA400() throws Exception {
        get("/api/v1/accidents/statistics?year=1999", "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        get("/api/v1/accidents/statistics?year=2012&to=2013-01-01", "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        get("/api/v1/accidents/statistics?year=2012&region=99010119900", "county.yjj")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("region"));
        get("/api/v1/accidents/statistics?year=abc", "county.yjj").andExpect(status().isBadRequest());
        get("/api/v1/accidents?regionPrefix=12345", "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regionPrefix"));
        get("/api/v1/accidents?sector=zz", "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sector"));
        get("/api/v1/accidents?category=99", "county.yjj").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        get("/api/v1/accidents?from=2012-02-01&to=2012-01-01", "county.yjj").andExpect(status().isBadRequest());
        get("/accidents/statistics?year=1999", "county.yjj").andExpect(status().isBadRequest());
    }

    @Test
    void everyCountOpensAListOfExactlyThatManyRows() throws Exception {
        for (String[] c : new String[][] {{"county.yjj", "/accidents/statistics?year=2012&region=" + TOWN},
            {"county.zjj", "/accidents/statistics?year=2012&region=" + TOWN},
            {"county.yjj", "/accidents/statistics?year=2012&to=2012-06-15&region=" + TOWN},
            {"county.yjj", "/accidents/statistics?year=2012"}, {"city.yjj", "/accidents/statistics?year=2012"},
            {"county.yjj", "/accidents/statistics"}}) {
            String html = get(c[1], c[0]).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("<title>事故统计 - 治本</title>");
            List<String[]> figures = new ArrayList<>();
            Matcher m = CELL.matcher(html);
            while (m.find()) {
                String tag = m.group();
                String list = attr(tag, "data-list") != null ? attr(tag, "data-list") : attr(tag, "href");
                figures.add(new String[] {attr(tag, "data-value"), list});
            }
            assertThat(figures).as(c[1]).hasSizeGreaterThan(8);
            SoftAssertions soft = new SoftAssertions();
            for (String[] f : figures) {
                String list = get(f[1], c[0]).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                Matcher total = TOTAL.matcher(list);
                soft.assertThat(total.find()).as("a total on " + f[1]).isTrue();
                long n = Long.parseLong(total.group(1));
                soft.assertThat(n).as(f[1] + " on " + c[1]).isEqualTo(Long.parseLong(f[0]));
                long pageSize = f[1].startsWith("/accidents/zero/") ? 30 : 20;
                soft.assertThat(ROW.matcher(list).results().count()).as("rows of " + f[1])
                        .isEqualTo(Math.min(n, pageSize));
            }
            soft.assertAll();
        }
        // the town's own figure in the county's page is 3, and it opens the three accidents
        String html = get("/accidents/statistics?year=2012&region=" + TOWN, "county.yjj").andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-kpi=\"count\" data-value=\"3\"");
    }

    @Test
    void thePageSaysNoDataForAnEmptyYear() throws Exception {
        String html = get("/accidents/statistics?year=2001&region=" + TOWN, "county.yjj").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"stats-empty\"").contains("暂无数据");
    }

    @Test
    void theLiveMetricsCountThisYear() throws Exception {
        LiveMetric count = metrics.find("accident.count.year").orElseThrow();
        LiveMetric deaths = metrics.find("accident.deaths.year").orElseThrow();
        assertThat(count.lowerIsBetter()).isTrue();
        LiveMetric.Area village = LiveMetric.Area.region("990101199003");
        assertThat(count.measure(village)).isEqualByComparingTo("0");
        Instant now = Instant.now();
        report("county.yjj", "990101199003", Set.of("18"), now.minus(Duration.ofMinutes(40)), "03", 1, 1, 0, "0");
        String voided = report("county.yjj", "990101199003", Set.of("18"), now.minus(Duration.ofMinutes(40)), "03",
                4, 0, 0, "0");
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/accidents/" + voided + "/transitions")
                .with(httpBasic("county.yjj", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"action\":\"VOID\",\"reason\":\"误报\"}")).andExpect(status().isOk());
        assertThat(count.measure(village)).isEqualByComparingTo("1");
        assertThat(deaths.measure(village)).isEqualByComparingTo("2");
        assertThat(count.measure(new LiveMetric.Area("990101199003", Set.of("04")))).isEqualByComparingTo("0");
        // the 2012 fixture of the town is not this year's
        assertThat(count.measure(LiveMetric.Area.region(TOWN))).isEqualByComparingTo("1");
    }

    private static String attr(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }
}
