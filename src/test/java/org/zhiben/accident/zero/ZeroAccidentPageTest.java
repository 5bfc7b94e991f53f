package org.zhiben.accident.zero;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
        // outside the scope: 404
        mvc.perform(MockMvcRequestBuilders.get("/accidents/zero/" + demo.id()).with(as("ent.a.safety")))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/accidents/zero/" + demo.id() + "?date=2026-02-30")
                .with(as("city.yjj"))).andExpect(status().isBadRequest());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(users.loadUserByUsername(username));
    }
}
