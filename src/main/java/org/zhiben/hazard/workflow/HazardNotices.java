package org.zhiben.hazard.workflow;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhiben.directory.EnterpriseData;
import org.zhiben.directory.Enterprises;
import org.zhiben.hazard.statistics.HazardStatistics;
import org.zhiben.hazard.statistics.StatisticsPeriod;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.notify.Notice;

/** Builds and publishes the hazard notices (in the caller's transaction; notify delivers after commit). */
@Component
class HazardNotices {

    private final ApplicationEventPublisher events;
    private final UserAccounts accounts;
    private final Enterprises enterprises;
    private final HazardStatistics statistics;

    HazardNotices(ApplicationEventPublisher events, UserAccounts accounts, Enterprises enterprises,
            HazardStatistics statistics) {
        this.events = events;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.statistics = statistics;
    }

    enum To { PRINCIPAL, MANAGERS, RESPONSIBLE, OFFICIALS, CONTROLLER }

    void send(Hazard h, String topic, String title, String body, Set<To> to) {
        Set<UUID> users = new HashSet<>();
        if (to.contains(To.PRINCIPAL)) {
            accounts.usersOfEnterprise(h.getEnterpriseId(), Set.of(Role.ENTERPRISE_PRINCIPAL))
                    .forEach(u -> users.add(u.id()));
        }
        if (to.contains(To.MANAGERS)) {
            accounts.usersOfEnterprise(h.getEnterpriseId(),
                    Set.of(Role.ENTERPRISE_PRINCIPAL, Role.ENTERPRISE_SAFETY_MANAGER)).forEach(u -> users.add(u.id()));
        }
        if (to.contains(To.RESPONSIBLE) && h.getResponsibleUserId() != null) {
            users.add(h.getResponsibleUserId());
        }
        if (to.contains(To.OFFICIALS)) {
            accounts.officialsCovering(h.getRegionCode(), h.getSectors().codes()).stream().map(UserRef::id).forEach(users::add);
        }
        Set<Notice.Contact> contacts = new HashSet<>();
        if (to.contains(To.CONTROLLER)) {
            // the directory answers within the caller's scope; the scheduled job has none and reaches accounts only
            enterprises.details(h.getEnterpriseId()).filter(d -> d.actualControllerName() != null)
                    .map(HazardNotices::controller).ifPresent(contacts::add);
        }
        if (users.isEmpty() && contacts.isEmpty()) {
            return;
        }
        events.publishEvent(new Notice(topic, title, body, "/hazards/" + h.getId(), users, contacts,
                h.getEnterpriseId(), h.getRegionCode()));
    }

    /**
     * After a 补录: if it changed the figures of 16号令 tables the principal has signed, the principal is asked to check
     * and sign them again.
     */
    void backfilled(Hazard h) {
        List<StatisticsPeriod> changed = statistics.changedSinceSigned(h.getEnterpriseId(), h.getFoundOn());
        if (!changed.isEmpty()) {
            send(h, "hazard.statistics.changed", "已签字的隐患排查治理统计分析表数据有变化", "补录的隐患(" + brief(h)
                    + ",发现于 " + h.getFoundOn() + ")改变了已签字的" + StatisticsPeriod.labels(changed)
                    + "统计分析表,请核对后重新签字。", Set.of(To.PRINCIPAL));
        }
    }

    private static Notice.Contact controller(EnterpriseData d) {
        return new Notice.Contact(d.actualControllerName(), d.actualControllerPhone(), null);
    }

    static String brief(Hazard h) {
        String d = h.getDescription();
        return h.getEnterpriseName() + ":" + (d.length() > 60 ? d.substring(0, 60) + "…" : d);
    }
}
