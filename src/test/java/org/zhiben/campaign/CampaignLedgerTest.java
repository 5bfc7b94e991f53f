package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ZhibenTest;
import org.zhiben.common.document.PrintedPages;

/** The demo town plan's task ledger printed with LibreOffice: A4, the header on every page, every task in it. */
@ZhibenTest
class CampaignLedgerTest {

    private static final String[] HEADERS = {"编号", "行动", "任务", "责任单位", "配合单位", "时限", "进度", "状态", "佐证"};

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private byte[] download(String url, String username) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private UUID townPlan() {
        return jdbc.queryForObject("select id from campaign_plan where title like '东关镇安全生产%'", UUID.class);
    }

    @Test
    void theLedgerPrintsOnA4WithItsHeaderOnEveryPage() throws Exception {
        PrintedPages.assumeLibreOffice();
        UUID plan = townPlan();
        PrintedPages xlsx = PrintedPages.print(download("/campaign/plans/" + plan + "/ledger.xlsx", "town.aj"), "xlsx")
                .allA4(true).headersOnEveryPage(HEADERS);
        assertThat(xlsx.text()).contains("东关镇安全生产治本攻坚三年行动实施方案").contains("巩固提升安全生产基础建设水平")
                .contains("示范精密机械制造有限公司").contains("已完成");
        PrintedPages docx = PrintedPages.print(download("/campaign/plans/" + plan + "/ledger.docx", "town.aj"), "docx")
                .allA4(true).headersOnEveryPage(HEADERS);
        assertThat(docx.count()).isGreaterThan(1);
        assertThat(docx.text()).contains("滞后");
    }

    @Test
    void theLedgerIsInScope() throws Exception {
        mvc.perform(get("/campaign/plans/" + townPlan() + "/ledger.xlsx")
                .with(user(users.loadUserByUsername("ent.b.boss")))).andExpect(status().isNotFound());
    }
}
