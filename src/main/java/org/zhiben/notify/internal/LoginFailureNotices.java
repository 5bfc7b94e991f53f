package org.zhiben.notify.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.identity.RepeatedLoginFailures;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.notify.Inbox;

/**
 * Tells an account's owner and the administrators that someone keeps failing to sign in to it — the account is not
 * locked (login attempts are slowed instead), so the people who can act must know.
 */
@Component
class LoginFailureNotices {

    private final Inbox inbox;
    private final UserAccounts accounts;

    LoginFailureNotices(Inbox inbox, UserAccounts accounts) {
        this.inbox = inbox;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(RepeatedLoginFailures event) {
        Set<UUID> readers = new LinkedHashSet<>();
        readers.add(event.userId());
        accounts.usersWithRole(Role.ADMIN).stream().map(UserRef::id).forEach(readers::add);
        inbox.post(readers, "账户 " + event.username() + " 连续登录失败" + event.failures() + "次",
                "账户 " + event.username() + " 已连续登录失败" + event.failures() + "次,最近一次来自 " + event.address()
                        + "。账户未被锁定,来自该地址的尝试会被逐步放慢。如非本人操作,请修改密码并联系管理员。",
                "/account/password");
    }
}
