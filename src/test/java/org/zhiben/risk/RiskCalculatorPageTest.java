package org.zhiben.risk;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;

/** The calculator page: Chinese labels, the configured choices, and the HTMX result fragments. */
@ZhibenTest
class RiskCalculatorPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true").with(csrf()).with(as("ent.a.boss"));
    }

    @Test
    void pageRendersInChineseWithTheConfiguredChoices() throws Exception {
        mvc.perform(get("/risk/calculators").with(as("ent.a.boss"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<title>风险计算器 - 治本</title>"),
                        containsString("作业条件危险性分析法(LEC)"),
                        containsString("D = L × E × C"),
                        containsString("L 事故发生的可能性"),
                        containsString("<option value=\"0.5\">0.5 — 很不可能,可以设想</option>"),
                        containsString("<option value=\"5\">5 — 无控制措施</option>"),
                        containsString("160 &lt; D ≤ 320"),
                        containsString("危险化学品重大危险源辨识与分级(GB 18218-2018)"),
                        containsString("<option value=\"氨\""),
                        containsString("<option value=\"W5.3\">W5.3 易燃液体"),
                        containsString("name=\"rows[2].quantity\""),
                        containsString("hx-post=\"/risk/calculators/lec\""),
                        containsString("href=\"/risk/calculators\">风险计算器</a>"))));
    }

    @Test
    void everySignedInRoleSeesTheNavLinkAndPage() throws Exception {
        for (String username : new String[] {"admin", "county.yjj", "ent.b.boss", "expert1"}) {
            mvc.perform(get("/risk/calculators").with(as(username))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"/risk/calculators\">风险计算器</a>")));
        }
        mvc.perform(get("/risk/calculators")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void englishLabelsComeFromTheBundle() throws Exception {
        mvc.perform(get("/risk/calculators").param("lang", "en").with(as("county.yjj"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Risk calculators"), containsString("Job hazard analysis (LEC)"))));
    }

    @Test
    void scoreFragmentShowsTheColouredLevel() throws Exception {
        mvc.perform(htmx(post("/risk/calculators/lec")).param("l", "10").param("e", "6").param("c", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("420"), containsString("risk-red"),
                        containsString("重大风险"), containsString("极其危险"), not(containsString("<html")))));
        mvc.perform(htmx(post("/risk/calculators/ls")).param("l", "3").param("s", "3"))
                .andExpect(content().string(allOf(containsString(">9<"), containsString("risk-yellow"), containsString("一般风险"))));
        mvc.perform(htmx(post("/risk/calculators/mes")).param("m", "1").param("e", "0.5").param("s", "1"))
                .andExpect(content().string(allOf(containsString("0.5"), containsString("risk-blue"))));
    }

    @Test
    void scoreFragmentHintsUntilEveryFactorIsChosenAndNamesBadValues() throws Exception {
        mvc.perform(htmx(post("/risk/calculators/lec")).param("l", "10").param("e", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择全部因素")));
        mvc.perform(htmx(post("/risk/calculators/lec")).param("l", "7").param("e", "6").param("c", "7"))
                .andExpect(content().string(containsString("LEC 的 L 取值应为 10、6、3、1、0.5、0.2、0.1")));
        mvc.perform(htmx(post("/risk/calculators/direct")).param("x", "1")).andExpect(status().isNotFound());
    }

    @Test
    void gb18218FragmentShowsSRAlphaAndLevel() throws Exception {
        // 氨 10/10 + W5.3 1000/1000 = 2; R = 2.0 · (2·1 + 1·1) = 6 → 四级 (120 people)
        mvc.perform(htmx(post("/risk/calculators/gb18218")).param("outsidePopulation", "120")
                        .param("rows[0].name", "氨").param("rows[0].quantity", "10")
                        .param("rows[1].name", "").param("rows[1].category", "").param("rows[1].quantity", "")
                        .param("rows[2].category", "W5.3").param("rows[2].quantity", "1000"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2.0000"), containsString("6.0000"),
                        containsString(">2.0<"), containsString("构成重大危险源"), containsString("四级"))));
    }

    @Test
    void gb18218FragmentPointsAtTheRowOfAProblem() throws Exception {
        mvc.perform(htmx(post("/risk/calculators/gb18218")).param("outsidePopulation", "0")
                        .param("rows[0].name", "").param("rows[0].quantity", "")
                        .param("rows[1].name", "苯").param("rows[1].quantity", "3"))
                .andExpect(content().string(allOf(containsString("第2行:未知物质,请按类别填写"), containsString("W11"))));
        mvc.perform(htmx(post("/risk/calculators/gb18218")).param("outsidePopulation", "")
                        .param("rows[0].name", "氯").param("rows[0].quantity", "abc"))
                .andExpect(content().string(allOf(containsString("第1行:实际存在量须为数字"),
                        containsString("请填写厂区边界外500米范围内常住人口"))));
        mvc.perform(htmx(post("/risk/calculators/gb18218")).param("outsidePopulation", "5"))
                .andExpect(content().string(containsString("请填写物质(或类别)与实际存在量")));
    }

    @Test
    void addingARowKeepsWhatWasTyped() throws Exception {
        mvc.perform(htmx(post("/risk/calculators/gb18218/rows"))
                        .param("rows[0].name", "氯").param("rows[0].quantity", "2")
                        .param("rows[1].category", "J1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"氯\""), containsString("value=\"2\""),
                        containsString("<option value=\"J1\" selected=\"selected\">"),
                        containsString("name=\"rows[2].name\""), not(containsString("name=\"rows[3].name\"")))));
    }
}
