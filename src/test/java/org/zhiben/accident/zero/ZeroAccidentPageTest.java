package org.zhiben.accident.zero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.zhiben.ZhibenTest;

/** The demo campaign's pages: 附表1 as cards with the rates, the drill-down, a vetoed unit, 404 outside. */
@ZhibenTest
class ZeroAccidentPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    private String page(String url, String user) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDemoCampaignShowsTable1TheRatesAndAVetoedUnit() throws Exception {
        java.util.List<String> ids = com.jayway.jsonpath.JsonPath.read(mvc.perform(MockMvcRequestBuilders
                .get("/api/v1/accidents/zero-campaigns").with(httpBasic("city.yjj", "Demo@12345")))
                .andReturn().getResponse().getContentAsString(), "$[?(@.title=='全市“零事故”单位创建工作实施方案')].id");
        record Demo(String id) {
        }
        Demo demo = new Demo(ids.get(0));
        String list = page("/accidents/zero", "city.yjj");
        assertThat(list).contains("全市“零事故”单位创建工作实施方案");
        String campaign = page("/accidents/zero/" + demo.id(), "city.yjj");
        assertThat(campaign).contains("示范县").contains("示范区").contains("村(社区)").contains("企事业单位")
                .contains("合计").contains("统计基数以").contains("table1.xlsx").contains("逾期报送");
        // the drowning in 南山村 (a demo accident of this year) vetoed the village
        String accidents = page("/accidents/zero/" + demo.id() + "/units?zero=false&type=VILLAGE", "city.yjj");
        assertThat(accidents).contains("南山村委会").contains("一票否决");
        String unitId = accidents.replaceAll("(?s).*href=\"/accidents/zero/units/([0-9a-f-]{36})\".*", "$1");
        String unit = page("/accidents/zero/units/" + UUID.fromString(unitId), "county.yjj");
        assertThat(unit).contains("一票否决").contains("查看事故");
        // 认定 through the page form, on a campaign of the test's own (demo records stay as they are): last year's
        // unit-year of a school without accidents, every item ticked
        String schoolEnterprise = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(api("/api/v1/accidents/"
                + "zero-campaigns/" + demo.id() + "/units?zero=true&type=SCHOOL&county=990101000000"),
                "$.content[*].enterpriseId").get(0);
        int year = java.time.LocalDate.now(org.zhiben.common.Zones.CHINA).getYear();
        StringBuilder targets = new StringBuilder();
        for (int y = year - 1; y <= year; y++) {
            targets.append(targets.length() == 0 ? "" : ",").append("{\"year\":").append(y)
                    .append(",\"group\":\"VILLAGE\",\"percent\":75},{\"year\":").append(y)
                    .append(",\"group\":\"UNIT\",\"percent\":85}");
        }
        String own = com.jayway.jsonpath.JsonPath.read(apiPost("/api/v1/accidents/zero-campaigns", "{\"regionCode\":"
                + "\"990100000000\",\"issuer\":\"示范市安委办\",\"title\":\"页面认定测试\",\"baseDate\":\""
                + (year - 2) + "-12-31\",\"firstYear\":" + (year - 1) + ",\"lastYear\":" + year
                + ",\"targets\":[" + targets + "]}"), "$.id");
        String schoolId = com.jayway.jsonpath.JsonPath.read(apiPost("/api/v1/accidents/zero-campaigns/" + own
                + "/units", "{\"enterpriseId\":\"" + schoolEnterprise + "\"}"), "$.id");
        String school = page("/accidents/zero/units/" + schoolId, "county.yjj");
        assertThat(school).contains("提交认定").contains("1.1 党组织坚强有力");
        String yearId = school.replaceAll("(?s).*?action=\"/accidents/zero/unit-years/([0-9a-f-]{36})/decision\".*",
                "$1");
        var form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                "/accidents/zero/unit-years/" + yearId + "/decision").with(as("county.yjj"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("version", "0").param("decision", "RECOGNISE").param("note", "资料齐全");
        // one item not ticked: the form comes back with the reason
        String refused = mvc.perform(form).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("创建标准有未达到的项目");
        for (String code : new String[] {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4"}) {
            form.param("met", code);
        }
        mvc.perform(form).andExpect(status().is3xxRedirection());
        assertThat(page("/accidents/zero/units/" + schoolId, "county.yjj")).contains("已认定").contains("资料齐全");
        // outside the scope: 404
        mvc.perform(MockMvcRequestBuilders.get("/accidents/zero/" + demo.id()).with(as("ent.a.safety")))
                .andExpect(status().isNotFound());
        // an impossible date in the address: the table as of today, with the message above it
        mvc.perform(MockMvcRequestBuilders.get("/accidents/zero/" + demo.id() + "?date=2026-02-30")
                .with(as("city.yjj"))).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/accidents/zero/" + demo.id()))
                .andExpect(flash().attribute("error", "筛选条件“日期”的值“2026-02-30”无法识别,已忽略该条件。"));
    }

    private String api(String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(httpBasic("city.yjj", "Demo@12345")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String apiPost(String url, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(httpBasic("city.yjj", "Demo@12345"))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(username));
    }
}
