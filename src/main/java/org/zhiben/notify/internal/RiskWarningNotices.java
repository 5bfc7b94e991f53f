package org.zhiben.notify.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.notify.Inbox;
import org.zhiben.risk.RiskWarningRaised;

/** Tells the officials covering an enterprise (or a department's region) of a 红/橙/黄 risk early warning. */
@Component
class RiskWarningNotices {

    private final Inbox inbox;
    private final UserAccounts accounts;

    RiskWarningNotices(Inbox inbox, UserAccounts accounts) {
        this.inbox = inbox;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(RiskWarningRaised event) {
        var officials = accounts.officialsCovering(event.regionCode(), event.sectors()).stream().map(UserRef::id)
                .toList();
        String color = switch (event.level()) {
            case MAJOR -> "红色";
            case LARGE -> "橙色";
            case GENERAL -> "黄色";
            case LOW -> "蓝色";
        };
        String body = event.cause() == null
                ? event.subjectName() + " " + event.period() + " 预判为" + event.level().label() + "风险,请关注并督促落实管控措施。"
                : event.subjectName() + ":" + event.cause() + " 请督促企业立即处置。";
        inbox.post(officials, color + "风险预警:" + event.subjectName(), body, "/risk/warnings?period=" + event.period());
    }
}
