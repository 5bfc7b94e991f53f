package org.zhiben.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.common.document.PrintedPages;

/** The dashboards on the demo data, drill-down links, exports, and the administrators' page. */
@ZhibenTest
class InsightPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void countyDashboardListsTownsWithDrillDownAndHazardLinks() throws Exception {
        mvc.perform(get("/insight").with(as("county.yjj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("晾晒通报")))
                .andExpect(content().string(containsString("东关镇")))
                .andExpect(content().string(containsString("/insight?region=990101")))
                .andExpect(content().string(containsString("/hazards?region=990101")))
                .andExpect(content().string(containsString("trendChart")));
    }

    @Test
    void demoCountyShowsTheDemoHazardsMaintainedFromTheirEvents() throws Exception {
        mvc.perform(get("/api/v1/stats/overview").param("from", "2020-01-01").with(as("county.yjj")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.figures.found").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                        "$.figures.enterprises").value(org.hamcrest.Matchers.greaterThanOrEqualTo(50)));
    }

    @Test
    void townOfficialCannotOpenTheCounty() throws Exception {
        mvc.perform(get("/insight").param("region", "990101000000").with(as("town.aj")))
                .andExpect(status().isNotFound());
    }

    @Test
    void enterpriseUsersGetTheirOwnDashboard() throws Exception {
        mvc.perform(get("/insight").with(as("ent.a.boss"))).andExpect(redirectedUrl("/insight/enterprise"));
        mvc.perform(get("/insight/enterprise").with(as("ent.a.boss"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("示范精密机械制造有限公司")));
    }

    @Test
    void rankingExportsAreRealXlsxAndDocx() throws Exception {
        byte[] xlsx = mvc.perform(get("/insight/ranking.xlsx").with(as("county.yjj"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            // title, generation time, then the header
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("区划");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(3);
        }
        PrintedPages.print(xlsx, "xlsx").allA4(true).headersOnEveryPage("区划", "代码", "企业数", "重大隐患增量");
        byte[] docx = mvc.perform(get("/insight/ranking.docx").with(as("county.yjj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText()).contains("晾晒通报");
            assertThat(doc.getTables()).hasSize(1);
        }
        PrintedPages ranking = PrintedPages.print(docx, "docx").allA4(true)
                .headersOnEveryPage("区划", "双重预防建成率", "未整改重大隐患");
        assertThat(ranking.text()).contains("第1页共" + ranking.count() + "页").contains("整改率=期内发现隐患中已销号的比例")
                .doesNotContain("docs/").doesNotContain(".md");
        byte[] overview = mvc.perform(get("/insight/overview.xlsx").with(as("town.aj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(overview))) {
            assertThat(wb.getSheet("趋势")).isNotNull();
        }
        PrintedPages figures = PrintedPages.print(overview, "xlsx").allA4(false);
        assertThat(figures.page(1)).contains("统计指标").contains("期内新增重大隐患");
        assertThat(figures.text()).contains("隐患趋势").contains("月末未整改重大隐患");
        mvc.perform(get("/insight/ranking.xlsx").param("from", "nope").with(as("county.yjj")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyAdministratorsMaintainTheSummaries() throws Exception {
        mvc.perform(get("/admin/insight").with(as("county.yjj"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/stats/consistency").with(as("county.yjj"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/insight/check").with(csrf()).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("report")));
    }
}
