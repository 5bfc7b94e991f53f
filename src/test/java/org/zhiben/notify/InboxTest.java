package org.zhiben.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.zhiben.ItData;
import org.zhiben.ZhibenTest;
import org.zhiben.identity.AccountForm;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.notify.internal.Notification;
import tools.jackson.databind.ObjectMapper;

/**
 * Registering an enterprise notifies the officials responsible for it, after commit and asynchronously through the
 * event publication registry. Enterprises are registered in 东关村 (990101100201), a village no other test class
 * registers in, so a fresh village-level official receives exactly this class's notices.
 */
@ZhibenTest
class InboxTest {

    private static final ItData DATA = new ItData('E');
    private static final String VILLAGE = "990101100201";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    Inbox inbox;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private CurrentUser principal(String username) {
        return (CurrentUser) userDetails.loadUserByUsername(username);
    }

    private UUID register(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/enterprises").with(httpBasic("county.yjj", "Demo@12345"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(ItData.enterprise(DATA.nextUscc(), name, VILLAGE))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private Optional<Notification> notice(String username, UUID enterpriseId) {
        return noticeFor(principal(username).id(), enterpriseId);
    }

    private Optional<Notification> noticeFor(UUID userId, UUID enterpriseId) {
        String link = "/enterprises/" + enterpriseId;
        return inbox.latest(userId, 500).stream().filter(n -> link.equals(n.getLink())).findFirst();
    }

    /** A fresh official bound to 东关村 itself: only enterprises registered there concern them. */
    private CurrentUser freshVillageOfficial() {
        String username = "it.inbox." + Long.toString(System.nanoTime(), 36);
        accounts.create(new AccountForm(username, "东关村 集成测试", "Demo@12345", Role.OFFICIAL, VILLAGE, null, null,
                null, true, false));
        return principal(username);
    }

    @Test
    void registrationNotifiesTheOfficialsResponsibleForTheEnterprise() throws Exception {
        UUID id = register("消息通知测试有限公司");
        await().atMost(WAIT).until(() -> notice("town.aj", id).isPresent());

        assertThat(notice("town.aj", id)).get().satisfies(n -> {
            assertThat(n.getTitle()).isEqualTo("新登记企业:消息通知测试有限公司");
            assertThat(n.getReadAt()).isNull();
        });
        assertThat(notice("county.yjj", id)).isPresent();
        assertThat(notice("city.yjj", id)).isPresent();
        // 住建局 supervises only sector 04; this enterprise is sector 03
        assertThat(notice("county.zjj", id)).isEmpty();
        assertThat(notice("ent.a.boss", id)).isEmpty();
    }

    @Test
    void theNoticeGoesThroughTheEventPublicationRegistry() throws Exception {
        UUID id = register("事件登记测试有限公司");
        await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where serialized_event like ? and completion_date is not null",
                Long.class, "%" + id + "%") == 1L);
        assertThat(jdbc.queryForObject("select event_type from event_publication where serialized_event like ?",
                String.class, "%" + id + "%")).isEqualTo("org.zhiben.directory.EnterpriseRegistered");
        assertThat(notice("town.aj", id)).isPresent();
    }

    @Test
    void inboxPageListsTheNotice() throws Exception {
        UUID id = register("消息页面测试有限公司");
        await().atMost(WAIT).until(() -> notice("town.aj", id).isPresent());
        mvc.perform(get("/inbox").with(user(principal("town.aj"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新登记企业:消息页面测试有限公司")))
                .andExpect(content().string(containsString("辖区内新登记企业“消息页面测试有限公司”")));
    }

    @Test
    void badgeCountsUnreadNoticesAndClearsWhenRead() throws Exception {
        CurrentUser official = freshVillageOfficial();
        mvc.perform(get("/inbox/badge").with(user(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(""));

        UUID id = register("消息角标测试有限公司");
        await().atMost(WAIT).until(() -> noticeFor(official.id(), id).isPresent());
        assertThat(inbox.unread(official.id())).isEqualTo(1);
        mvc.perform(get("/inbox/badge").with(user(official)))
                .andExpect(status().isOk())
                .andExpect(content().string("<span class=\"badge rounded-pill text-bg-danger\">1</span>"));

        UUID noticeId = noticeFor(official.id(), id).orElseThrow().getId();
        mvc.perform(post("/inbox/{id}/read", noticeId).with(user(official)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/enterprises/" + id));
        assertThat(inbox.unread(official.id())).isZero();
        mvc.perform(get("/inbox/badge").with(user(official))).andExpect(content().string(""));
    }

    @Test
    void nobodyCanMarkAnotherUsersNoticeRead() throws Exception {
        UUID id = register("消息越权测试有限公司");
        await().atMost(WAIT).until(() -> notice("town.aj", id).isPresent());
        UUID noticeId = notice("town.aj", id).orElseThrow().getId();

        mvc.perform(post("/inbox/{id}/read", noticeId).with(user(principal("county.zjj"))).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(notice("town.aj", id)).get().extracting(Notification::getReadAt).isNull();
    }
}
