package org.zhiben.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;

/** The new-plan page: issue a plan, import it with its tasks from xlsx (all or nothing), messages beside fields. */
@ZhibenTest
class CampaignPlanPageTest {

    private static final List<String> HEADER = List.of("行动", "编号", "任务", "责任单位", "配合单位", "时限", "行业领域");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static byte[] sheet(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = wb.createSheet("任务");
            for (int i = 0; i < rows.size(); i++) {
                var r = s.createRow(i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    r.createCell(j).setCellValue(rows.get(i).get(j));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private MockMultipartHttpServletRequestBuilder form(String title, String region, byte[] file) {
        MockMultipartHttpServletRequestBuilder b = multipart("/campaign/plans/new");
        if (file != null) {
            b.file(new MockMultipartFile("file", "方案.xlsx", "application/octet-stream", file));
        }
        b.param("title", title).param("issuer", "东关镇安委会办公室").param("regionCode", region)
                .param("level", "TOWN").param("docNo", "东安〔2024〕9号").param("startDate", "2024-04-01")
                .param("endDate", "2026-12-31");
        return b;
    }

    private int plans(String title) {
        return jdbc.queryForObject("select count(*) from campaign_plan where title = ?", Integer.class, title);
    }

    @Test
    void anOfficialImportsAPlanWithItsTasksAndIsTakenToIt() throws Exception {
        mvc.perform(get("/campaign").with(as("town.aj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/campaign/plans/new")));
        mvc.perform(get("/campaign/plans/new").with(as("town.aj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-form\"")))
                .andExpect(content().string(containsString("maxlength=\"300\"")))
                .andExpect(content().string(containsString("行动、编号、任务、责任单位、配合单位、时限、行业领域")));
        byte[] good = sheet(List.of(List.of("东关镇治本攻坚方案(页面导入)任务表"), HEADER,
                List.of("开展重大事故隐患动态清零行动", "1", "健全自查自改机制", "镇工业办", "区划:990101100201", "2024年6月底前:机制建立", "03"),
                List.of("开展安全工程治理行动", "2", "自建房安全隐患整治", "镇工业办", "", "2025年5月底前:整治全覆盖", "")));
        String title = "东关镇治本攻坚方案(页面导入)";
        String location = mvc.perform(form(title, "990101100000", good).with(as("town.aj")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/campaign/plans/*"))
                .andExpect(flash().attribute("notice", "已导入方案:2项任务")).andReturn().getResponse()
                .getRedirectedUrl();
        UUID plan = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select count(*) from campaign_task where plan_id = ?", Integer.class, plan))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from campaign_action where plan_id = ?", Integer.class, plan))
                .isEqualTo(2);
        mvc.perform(get(location).with(as("town.aj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("开展安全工程治理行动")));

        // without a file: just the plan
        String bare = "东关镇治本攻坚方案(页面新建)";
        mvc.perform(form(bare, "990101100000", null).with(as("town.aj")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "已新建方案"));
        assertThat(plans(bare)).isEqualTo(1);
    }

    @Test
    void aBadWorkbookListsItsRowErrorsAndSavesNothingNotEvenThePlan() throws Exception {
        byte[] bad = sheet(List.of(HEADER,
                List.of("开展重大事故隐患动态清零行动", "1", "健全自查自改机制", "镇工业办", "", "2024年6月底前:机制建立", ""),
                List.of("开展重大事故隐患动态清零行动", "1", "重复编号的任务", "镇工业办", "", "2024年底前", ""),
                List.of("开展安全工程治理行动", "2", "没有责任单位", "", "派出所", "2025年底前", "")));
        String title = "东关镇治本攻坚方案(错误表格)";
        mvc.perform(form(title, "990101100000", bad).with(as("town.aj")).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-errors\"")))
                .andExpect(content().string(containsString("data-row=\"3\"")))
                .andExpect(content().string(containsString("与第2行的编号 1 重复")))
                .andExpect(content().string(containsString("data-row=\"4\"")))
                .andExpect(content().string(containsString("责任单位/配合单位")))
                // the form keeps what was typed
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        assertThat(plans(title)).isZero();
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedBesideTheField() throws Exception {
        String title = "东关镇治本攻坚方案(非表格)";
        mvc.perform(form(title, "990101100000", "not a workbook".getBytes()).with(as("town.aj")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid\" id=\"file\"")))
                .andExpect(content().string(not(containsString("id=\"import-errors\""))));
        assertThat(plans(title)).isZero();
    }

    @Test
    void missingTitleAndAnotherRegionAreNamedBesideTheirFieldsAndOnlyOfficialsGetTheForm() throws Exception {
        mvc.perform(form("", "990101100000", null).with(as("town.aj")).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写方案名称")));
        String other = "西河镇方案(东关镇越权)";
        mvc.perform(form(other, "990101101000", null).with(as("town.aj")).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("该区划不在您的管辖范围内")));
        assertThat(plans(other)).isZero();
        // a date beyond the window, or with a five-digit year, is a date's message, as on every other form
        for (String end : List.of("2999-01-01", "20261-01-01")) {
            String far = "东关镇远期方案";
            mvc.perform(form(far, "990101100000", null).param("endDate", end).with(as("town.aj")).with(csrf()))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("日期")));
            assertThat(plans(far)).isZero();
        }
        mvc.perform(get("/campaign/plans/new").with(as("ent.a.boss"))).andExpect(status().isForbidden());
        mvc.perform(form("企业越权方案", "990101100000", null).with(as("ent.a.boss")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(plans("企业越权方案")).isZero();
    }
}
