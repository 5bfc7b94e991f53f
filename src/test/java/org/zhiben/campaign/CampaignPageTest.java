package org.zhiben.campaign;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;

/** The campaign pages on the demo plans: lists, dashboard, task page, the report form's messages, scope. */
@ZhibenTest
class CampaignPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private UUID demoTask(String no) {
        return jdbc.queryForObject("select t.id from campaign_task t join campaign_plan p on p.id = t.plan_id"
                + " where p.region_code = '990101100000' and p.title like '东关镇安全生产%' and t.task_no = ?", UUID.class, no);
    }

    @Test
    void theDemoCampaignIsInProgressWithLaggingAndCompletedTasks() throws Exception {
        mvc.perform(get("/campaign").with(as("town.aj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("东关镇安全生产治本攻坚三年行动实施方案")))
                .andExpect(content().string(containsString("示范省安全生产治本攻坚三年行动实施方案")))
                .andExpect(content().string(containsString("治本攻坚三年行动 - 治本")));
        List<Map<String, Object>> states = jdbc.queryForList("select t.state, count(*) as n from campaign_task t"
                + " join campaign_plan p on p.id = t.plan_id where p.title like '东关镇安全生产%' group by t.state");
        org.assertj.core.api.Assertions.assertThat(states).extracting(m -> m.get("state") == null ? m.get("STATE")
                : m.get("state")).contains("LAGGING", "COMPLETED");
        UUID plan = jdbc.queryForObject("select id from campaign_plan where title like '东关镇安全生产%'", UUID.class);
        mvc.perform(get("/campaign/plans/" + plan).with(as("town.aj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("开展重大事故隐患动态清零行动")))
                .andExpect(content().string(containsString("责任单位晾晒")));
        mvc.perform(get("/campaign/tasks/" + demoTask("8")).with(as("town.aj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("存量重大事故隐患未销号")));
    }

    @Test
    void theResponsibleEnterpriseSeesTheReportFormAndABadFileIsNamedBesideTheField() throws Exception {
        UUID t = demoTask("5");
        mvc.perform(get("/campaign").with(as("ent.a.boss"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/campaign\"")));
        mvc.perform(get("/campaign/tasks/" + t).with(as("ent.a.boss"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("报送月度进展")));
        Long version = jdbc.queryForObject("select version from campaign_task where id = ?", Long.class, t);
        mvc.perform(multipart("/campaign/tasks/" + t + "/reports")
                .file(new MockMultipartFile("evidence", "a.txt", "text/plain", "不是图片".getBytes()))
                .param("version", String.valueOf(version)).param("percent", "80").param("narrative", "推进中")
                .with(as("ent.a.boss")).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("佐证材料“a.txt”应为")));
        mvc.perform(multipart("/campaign/tasks/" + t + "/reports").param("version", String.valueOf(version))
                .param("percent", "abc").param("narrative", "推进中").with(as("ent.a.boss")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写0到100的整数")));
        // another enterprise: no nav entry, the task is 404
        mvc.perform(get("/campaign/tasks/" + t).with(as("ent.b.boss"))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox").with(as("ent.b.boss"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/campaign\""))));
        mvc.perform(get("/campaign/tasks/" + UUID.randomUUID()).with(as("town.aj"))).andExpect(status().isNotFound());
    }
}
