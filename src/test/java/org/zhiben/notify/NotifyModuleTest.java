package org.zhiben.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.zhiben.common.Ids;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.Organisations;
import org.zhiben.identity.UserAccounts;

/**
 * The template for a module's own integration test: only this module (with the kernel modules it builds on) is
 * started, the other modules it calls are mocked at their API, and {@link Scenario} publishes the event another module
 * would publish and waits for the outcome — here a {@link Notice} reaching the inbox through the event publication
 * registry, after commit.
 */
@ApplicationModuleTest(extraIncludes = {"common", "audit"})
@ActiveProfiles("test")
class NotifyModuleTest {

    @MockitoBean
    UserAccounts accounts;

    @MockitoBean
    Organisations organisations;

    @MockitoBean
    SectorCatalog sectors;

    private final Inbox inbox;

    NotifyModuleTest(Inbox inbox) {
        this.inbox = inbox;
    }

    @Test
    void aNoticePublishedByAnotherModuleReachesTheInboxAfterCommit(Scenario scenario) {
        UUID user = Ids.newId();
        Notice notice = new Notice("test.notice", "测试通知", "模块测试发布的通知", "/", Set.of(user), Set.of(), null,
                "990101000000");

        scenario.publish(notice)
                .andWaitForStateChange(() -> inbox.unread(user), unread -> unread > 0)
                .andVerify(unread -> {
                    assertThat(unread).isEqualTo(1);
                    assertThat(inbox.latest(user, 5)).singleElement()
                            .satisfies(n -> assertThat(n.getTitle()).contains("测试通知"));
                });
    }
}
