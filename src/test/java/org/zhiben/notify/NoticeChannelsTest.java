package org.zhiben.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.notify.internal.Channel;
import org.zhiben.notify.internal.Deliveries;
import org.zhiben.notify.internal.Delivery;
import org.zhiben.notify.internal.DeliveryStatus;
import org.zhiben.notify.internal.MailConfiguration;
import org.zhiben.notify.internal.MailSecurity;
import org.zhiben.notify.internal.MailSettingsForm;
import org.zhiben.notify.internal.RobotForm;
import org.zhiben.notify.internal.RobotKind;
import org.zhiben.notify.internal.Robots;
import tools.jackson.databind.ObjectMapper;

/**
 * A {@link Notice} published in a committed transaction reaches every channel after commit: the inbox, e-mail (a
 * GreenMail SMTP server on a free port), the 企业微信 and 钉钉 robots (a local HTTP server on a free port) and the
 * logging SMS gateway; a rolled-back one reaches none. Robots are bound to enterprises this class registers, so no
 * other test's notice reaches them; the mail settings are switched off again after the class.
 */
@ZhibenTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class NoticeChannelsTest {

    private static final ItData DATA = new ItData('N');
    private static final String VILLAGE = "990101100201";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String DING_SECRET = "SECtest0123456789abcdef";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Inbox inbox;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MailConfiguration mail;
    @Autowired
    Robots robots;
    @Autowired
    Deliveries deliveries;
    @Autowired
    IncompleteEventPublications incomplete;

    private GreenMail smtp;
    private LocalRobotServer robotServer;
    private final List<UUID> createdRobots = new java.util.ArrayList<>();

    @BeforeAll
    void startServers() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        robotServer = new LocalRobotServer();
        MailSettingsForm form = mail.form();
        form.setEnabled(true);
        form.setHost("127.0.0.1");
        form.setPort(smtp.getSmtp().getPort());
        form.setSecurity(MailSecurity.NONE);
        form.setFrom("zhiben@example.cn");
        form.setUsername(null);
        form.setPassword(null);
        mail.save(form);
    }

    @AfterAll
    void stopServers() {
        MailSettingsForm form = mail.form();
        form.setEnabled(false);
        mail.save(form);
        createdRobots.forEach(robots::delete);
        smtp.stop();
        robotServer.close();
    }

    private UUID registerEnterprise(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/enterprises").with(httpBasic("county.yjj", "Demo@12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ItData.enterprise(DATA.nextUscc(), name, VILLAGE))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private String usccOf(UUID enterpriseId) {
        return jdbc.queryForObject("select uscc from directory_enterprise where id = ?", String.class, enterpriseId);
    }

    private UUID robot(RobotKind kind, String name, String path, String secret, UUID enterpriseId) {
        RobotForm form = new RobotForm();
        form.setKind(kind);
        form.setName(name);
        form.setWebhookUrl(robotServer.url(path));
        form.setSecret(secret);
        form.setEnterpriseUscc(usccOf(enterpriseId));
        form.setEnabled(true);
        UUID id = robots.create(form);
        createdRobots.add(id);
        return id;
    }

    private UUID userWith(String email, String phone) {
        String username = "it.notify." + Long.toString(System.nanoTime(), 36);
        return accounts.create(new AccountForm(username, "通知渠道测试", "Demo@12345", Role.EXPERT, null, null, null, phone,
                email, true, false));
    }

    private void publish(Notice notice) {
        tx.executeWithoutResult(s -> events.publishEvent(notice));
    }

    private List<MimeMessage> mailsTo(String address, String subject) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))
                        && subject.equals(m.getSubject());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<Delivery> deliveriesOf(Notice notice, Channel channel) {
        return deliveries.ofNotice(notice.id()).stream().filter(d -> d.getChannel() == channel).toList();
    }

    private boolean allSent(Notice notice, Channel channel, int expected) {
        var list = deliveriesOf(notice, channel);
        return list.size() == expected && list.stream().allMatch(d -> d.getStatus() == DeliveryStatus.SENT);
    }

    private long incompletePublications(Notice notice, String listener) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? "
                + "and listener_id like ? and completion_date is null", Long.class, "%" + notice.id() + "%",
                "%" + listener + "%");
    }

    @Test
    void aCommittedNoticeReachesInboxMailRobotsAndSms(CapturedOutput output) throws Exception {
        UUID enterprise = registerEnterprise("通知渠道测试有限公司");
        robot(RobotKind.WECOM, "企业微信测试群", "/wecom/send", null, enterprise);
        robot(RobotKind.DINGTALK, "钉钉测试群", "/dingtalk/send", DING_SECRET, enterprise);
        UUID user = userWith("Notify.User@Example.cn", "13800001111");
        Notice notice = new Notice("hazard.major.confirmed", "重大隐患确认:通知渠道测试", "请于3日内组织整改。", "/hazards/abc",
                Set.of(user), Set.of(new Notice.Contact("实际控制人", "139-0000-2222", "controller@example.cn")),
                enterprise, VILLAGE);

        publish(notice);

        await().atMost(WAIT).until(() -> allSent(notice, Channel.INBOX, 1) && allSent(notice, Channel.EMAIL, 2)
                && allSent(notice, Channel.WEBHOOK, 2) && allSent(notice, Channel.SMS, 2));

        assertThat(inbox.latest(user, 10)).singleElement().satisfies(n -> {
            assertThat(n.getTitle()).isEqualTo("重大隐患确认:通知渠道测试");
            assertThat(n.getLink()).isEqualTo("/hazards/abc");
        });

        assertThat(mailsTo("notify.user@example.cn", "重大隐患确认:通知渠道测试")).singleElement()
                .satisfies(m -> {
                    assertThat(m.getFrom()).extracting(Object::toString).containsExactly("zhiben@example.cn");
                    assertThat(((String) m.getContent()).replace("\r\n", "\n").strip()).isEqualTo(
                            "请于3日内组织整改。\n\nhttp://localhost:8080/hazards/abc\n\n-- 治本 安全生产信息平台");
                });
        assertThat(mailsTo("controller@example.cn", "重大隐患确认:通知渠道测试")).hasSize(1);

        var wecom = robotServer.calls("/wecom/send");
        assertThat(wecom).hasSize(1);
        assertThat(json.readTree(wecom.get(0).body())).isEqualTo(json.readTree("""
                {"msgtype":"markdown","markdown":{"content":"**重大隐患确认:通知渠道测试**\\n请于3日内组织整改。\\n[查看详情](http://localhost:8080/hazards/abc)"}}"""));

        var ding = robotServer.calls("/dingtalk/send");
        assertThat(ding).hasSize(1);
        assertThat(json.readTree(ding.get(0).body())).isEqualTo(json.readTree("""
                {"msgtype":"markdown","markdown":{"title":"重大隐患确认:通知渠道测试","text":"### 重大隐患确认:通知渠道测试\\n\\n请于3日内组织整改。\\n\\n[查看详情](http://localhost:8080/hazards/abc)"}}"""));
        Map<String, String> query = new HashMap<>();
        for (String pair : ding.get(0).query().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        long timestamp = Long.parseLong(query.get("timestamp"));
        assertThat(timestamp).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + DING_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(query.get("sign")).isEqualTo(expected);

        // the logging SMS gateway: masked numbers only, also in the delivery log
        assertThat(output.getAll()).contains("138****1111").contains("139****2222")
                .doesNotContain("13800001111").doesNotContain("13900002222");
        assertThat(deliveriesOf(notice, Channel.SMS)).extracting(Delivery::getTarget)
                .containsExactlyInAnyOrder("138****1111", "139****2222");
        assertThat(deliveriesOf(notice, Channel.EMAIL)).extracting(Delivery::getTarget)
                .containsExactlyInAnyOrder("n***@example.cn", "c***@example.cn");

        // every channel is its own publication, all completed
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from event_publication where "
                + "serialized_event like ? and completion_date is not null", Long.class, "%" + notice.id() + "%") == 4L);
    }

    @Test
    void aRolledBackNoticeSendsNothing() throws Exception {
        UUID enterprise = registerEnterprise("通知回滚测试有限公司");
        robot(RobotKind.WECOM, "回滚测试群", "/wecom/rollback", null, enterprise);
        UUID user = userWith("rollback.user@example.cn", "13800003333");
        Notice rolledBack = new Notice("test.rollback", "不应发送的通知", "回滚", null, Set.of(user), Set.of(),
                enterprise, VILLAGE);
        Notice committed = new Notice("test.rollback", "应当发送的通知", "提交", null, Set.of(user), Set.of(), enterprise,
                VILLAGE);

        tx.executeWithoutResult(s -> {
            events.publishEvent(rolledBack);
            s.setRollbackOnly();
        });
        publish(committed);
        await().atMost(WAIT).until(() -> allSent(committed, Channel.INBOX, 1) && allSent(committed, Channel.EMAIL, 1)
                && allSent(committed, Channel.WEBHOOK, 1) && allSent(committed, Channel.SMS, 1));

        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?",
                Long.class, "%" + rolledBack.id() + "%")).isZero();
        assertThat(deliveries.ofNotice(rolledBack.id())).isEmpty();
        assertThat(inbox.latest(user, 10)).extracting(n -> n.getTitle()).containsExactly("应当发送的通知");
        assertThat(mailsTo("rollback.user@example.cn", "不应发送的通知")).isEmpty();
        assertThat(robotServer.calls("/wecom/rollback")).hasSize(1)
                .allSatisfy(c -> assertThat(c.body()).contains("应当发送的通知").doesNotContain("不应发送的通知"));
    }

    @Test
    void aRobotAnsweringAnErrorLeavesThePublicationIncompleteAndTheRedeliverySendsOnlyWhatIsMissing() throws Exception {
        UUID enterprise = registerEnterprise("通知重试测试有限公司");
        robotServer.answer("/dingtalk/flaky", 200, "{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}");
        robot(RobotKind.DINGTALK, "重试测试群", "/dingtalk/flaky", null, enterprise);
        robot(RobotKind.WECOM, "正常测试群", "/wecom/steady", null, enterprise);
        UUID user = userWith("retry.user@example.cn", null);
        Notice notice = new Notice("test.retry", "重试测试通知", "正文", null, Set.of(user), Set.of(), enterprise, VILLAGE);

        publish(notice);
        await().atMost(WAIT).until(() -> deliveriesOf(notice, Channel.WEBHOOK).size() == 2
                && allSent(notice, Channel.EMAIL, 1) && allSent(notice, Channel.INBOX, 1)
                && incompletePublications(notice, "WebhookChannel") == 1);
        assertThat(deliveriesOf(notice, Channel.WEBHOOK)).extracting(Delivery::getTarget, Delivery::getStatus)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("钉钉 重试测试群", DeliveryStatus.FAILED),
                        org.assertj.core.groups.Tuple.tuple("企业微信 正常测试群", DeliveryStatus.SENT));
        assertThat(deliveriesOf(notice, Channel.WEBHOOK)).filteredOn(d -> d.getStatus() == DeliveryStatus.FAILED)
                .singleElement().satisfies(d -> assertThat(d.getError()).contains("errcode=310000"));
        await().atMost(WAIT).until(() -> incompletePublications(notice, "MailChannel") == 0
                && incompletePublications(notice, "InboxChannel") == 0);

        robotServer.answer("/dingtalk/flaky", 200, LocalRobotServer.OK);
        // only this notice's publications: resubmitting everything would re-run other test classes' listeners
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof Notice n && n.id().equals(notice.id()));

        await().atMost(WAIT).until(() -> allSent(notice, Channel.WEBHOOK, 2)
                && incompletePublications(notice, "WebhookChannel") == 0);
        assertThat(robotServer.calls("/dingtalk/flaky")).hasSize(2);
        assertThat(robotServer.calls("/wecom/steady")).hasSize(1);
        assertThat(deliveriesOf(notice, Channel.WEBHOOK)).filteredOn(d -> d.getTarget().startsWith("钉钉"))
                .singleElement().satisfies(d -> {
                    assertThat(d.getAttempts()).isEqualTo(2);
                    assertThat(d.getError()).isNull();
                });
        assertThat(mailsTo("retry.user@example.cn", "重试测试通知")).hasSize(1);
        assertThat(inbox.latest(user, 10)).hasSize(1);
    }

    @Test
    void anHttpErrorCountsAsAFailure() throws Exception {
        UUID enterprise = registerEnterprise("通知错误测试有限公司");
        robotServer.answer("/wecom/down", 502, "bad gateway");
        robot(RobotKind.WECOM, "故障测试群", "/wecom/down", null, enterprise);
        Notice notice = new Notice("test.down", "故障测试通知", "正文", null, Set.of(), Set.of(), enterprise, VILLAGE);

        publish(notice);

        await().atMost(WAIT).until(() -> deliveriesOf(notice, Channel.WEBHOOK).size() == 1
                && incompletePublications(notice, "WebhookChannel") == 1);
        assertThat(deliveriesOf(notice, Channel.WEBHOOK)).singleElement().satisfies(d -> {
            assertThat(d.getStatus()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(d.getError()).isEqualTo("HTTP 502");
        });
    }
}
