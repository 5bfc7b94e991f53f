package org.zhiben.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhiben.ZhibenTest;
import org.zhiben.notify.internal.MailConfiguration;
import org.zhiben.notify.internal.Robot;
import org.zhiben.notify.internal.Robots;

/**
 * The channel administration page: only administrators reach it; bad robot and mail input is reported beside the
 * field and saves nothing; the test button posts to the robot. Robots made here are bound to a village no notice of
 * the other tests names, and removed afterwards.
 */
@ZhibenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotifyAdminPageTest {

    /** 东关镇's 西关村 (demo); the robot is created and deleted within this class. */
    private static final String VILLAGE = "990101100202";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Robots robots;
    @Autowired
    MailConfiguration mail;

    private LocalRobotServer server;

    @BeforeAll
    void start() throws Exception {
        server = new LocalRobotServer();
    }

    @AfterAll
    void stop() {
        robots.all().stream().filter(r -> r.getName().startsWith("页面测试")).map(Robot::getId).forEach(robots::delete);
        server.close();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void onlyAdministratorsReachThePage() throws Exception {
        mvc.perform(get("/admin/notify").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("群机器人")));
        for (String other : new String[] {"county.yjj", "ent.a.boss", "expert1"}) {
            mvc.perform(get("/admin/notify").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/notify/robots").with(as(other)).with(csrf()).param("name", "页面测试越权")
                    .param("kind", "WECOM").param("webhookUrl", server.url("/x")).param("regionCode", VILLAGE))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/notify")).andExpect(status().is3xxRedirection());
        assertThat(robots.all()).noneMatch(r -> r.getName().equals("页面测试越权"));
    }

    @Test
    void badRobotInputIsShownBesideTheFieldsAndNothingIsSaved() throws Exception {
        long before = robots.all().size();
        mvc.perform(post("/admin/notify/robots").with(as("admin")).with(csrf())
                        .param("name", "<script>alert(1)</script>").param("webhookUrl", "ftp://example.cn/hook")
                        .param("enabled", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("名称不能包含尖括号"), containsString("请选择机器人类型"),
                        containsString("Webhook地址须以 http:// 或 https:// 开头"),
                        containsString("请填写企业统一社会信用代码或区划代码(二选一)"),
                        not(containsString("<script>alert(1)</script>")))));
        mvc.perform(post("/admin/notify/robots").with(as("admin")).with(csrf()).param("name", "页面测试坏地址")
                        .param("kind", "DINGTALK").param("webhookUrl", "javascript:alert(1)")
                        .param("regionCode", "990101999999").param("sectors", "03, 99x"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Webhook地址须以 http:// 或 https:// 开头"),
                        containsString("区划"), containsString("行业领域代码不存在:99x"))));
        mvc.perform(post("/admin/notify/robots").with(as("admin")).with(csrf()).param("name", "页面测试空地址")
                        .param("kind", "WECOM").param("webhookUrl", "").param("enterpriseUscc", "91990101MA0000000X"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写Webhook地址"),
                        containsString("请填写已登记企业的统一社会信用代码"))));
        assertThat(robots.all()).hasSize((int) before);
    }

    @Test
    void badMailSettingsAreShownBesideTheFields() throws Exception {
        Long version = mail.form().getVersion();
        mvc.perform(post("/admin/notify/mail").with(as("admin")).with(csrf()).param("enabled", "true")
                        .param("version", version == null ? "" : version.toString())
                        .param("host", "").param("port", "70000").param("security", "NONE")
                        .param("from", "<script>@x"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("启用邮件时须填写SMTP服务器"), containsString("端口应为1-65535"),
                        containsString("请填写有效的发件人邮箱地址"))));
        assertThat(mail.form().getVersion()).isEqualTo(version);
        // a form older than the saved settings is refused with a message on top
        mvc.perform(post("/admin/notify/mail").with(as("admin")).with(csrf()).param("enabled", "false")
                        .param("port", "25").param("security", "NONE")
                        .param("version", String.valueOf(version == null ? 99 : version + 1)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
        assertThat(mail.form().getVersion()).isEqualTo(version);
    }

    @Test
    void anAdministratorAddsARobotAndSendsATestMessage() throws Exception {
        mvc.perform(post("/admin/notify/robots").with(as("admin")).with(csrf()).param("name", "页面测试群")
                        .param("kind", "DINGTALK").param("webhookUrl", server.url("/robot/send?access_token=t0ken"))
                        .param("secret", "SECpage").param("regionCode", VILLAGE).param("sectors", "03")
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/notify"));
        Robot robot = robots.all().stream().filter(r -> r.getName().equals("页面测试群")).findFirst().orElseThrow();
        assertThat(robot.getSectors()).isEqualTo("03");
        assertThat(robot.hasSecret()).isTrue();

        mvc.perform(get("/admin/notify").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("页面测试群"), not(containsString("t0ken")),
                        not(containsString("SECpage")))));
        mvc.perform(get("/admin/notify/robots/{id}", robot.getId()).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("SECpage"))));

        mvc.perform(post("/admin/notify/robots/{id}/test", robot.getId()).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "测试消息已发送到 页面测试群"));
        assertThat(server.calls("/robot/send")).singleElement().satisfies(c -> {
            assertThat(c.query()).startsWith("access_token=t0ken&timestamp=").contains("&sign=");
            assertThat(c.body()).contains("治本平台测试消息");
        });

        server.answer("/robot/send", 200, "{\"errcode\":300001,\"errmsg\":\"token is not exist\"}");
        mvc.perform(post("/admin/notify/robots/{id}/test", robot.getId()).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "测试消息发送失败(页面测试群):errcode=300001 errmsg=token is not exist"));

        // a stale version is refused with a message on top of the form
        mvc.perform(post("/admin/notify/robots/{id}", robot.getId()).with(as("admin")).with(csrf())
                        .param("name", "页面测试群改名").param("kind", "DINGTALK")
                        .param("webhookUrl", server.url("/robot/send?access_token=t0ken")).param("regionCode", VILLAGE)
                        .param("version", String.valueOf(robot.getVersion() + 5)).param("enabled", "true"))
                .andExpect(status().isOk());
        assertThat(robots.get(robot.getId()).getName()).isEqualTo("页面测试群");
        mvc.perform(get("/admin/notify/robots/{id}", UUID.randomUUID()).with(as("admin")))
                .andExpect(status().isNotFound());
    }
}
