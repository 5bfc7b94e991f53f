package org.zhiben.hazard.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.Zones;
import org.zhiben.hazard.HazardChanged;
import org.zhiben.hazard.HazardFacts;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.workflow.HazardNotices.To;

/**
 * The daily deadline job: reminds the responsible person and managers {@code reminder-days} days before a deadline
 * (once per hazard and deadline), marks hazards overdue past their deadline (publishing {@link HazardChanged}) and
 * escalates them to the principal, and for overdue major hazards proposes the next step of 函告 → 通报 → 约谈 → 曝光
 * after {@code escalation-interval-days} days, for an official to confirm. Each hazard in its own transaction; a second
 * run with the same instant changes and sends nothing.
 */
@NamedInterface(name = "workflow", propagate = false)
@Component
public class HazardReminders {

    private static final Logger log = LoggerFactory.getLogger(HazardReminders.class);

    private final HazardRepository hazards;
    private final HazardNotices notices;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int reminderDays;
    private final EscalationPolicy escalation;

    HazardReminders(HazardRepository hazards, HazardNotices notices, AuditTrail audit, VersionedChanges changes,
            org.springframework.context.ApplicationEventPublisher events, JdbcTemplate jdbc, TransactionTemplate tx,
            Clock clock, @Value("${zhiben.hazard.reminder-days:3}") int reminderDays, EscalationPolicy escalation) {
        this.hazards = hazards;
        this.notices = notices;
        this.audit = audit;
        this.changes = changes;
        this.events = events;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.reminderDays = reminderDays;
        this.escalation = escalation;
    }

    /** What one run did. */
@NamedInterface(name = "workflow", propagate = false)
    public record Report(int reminded, int markedOverdue, int escalationsProposed) {
    }

    @Scheduled(cron = "${zhiben.hazard.reminder-cron:0 30 7 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "hazard-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20S")
    public void scheduled() {
        Report r = run(clock.instant());
        log.info("Hazard reminders: {}", r);
    }

    public Report run(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Zones.CHINA);
        int reminded = 0;
        int overdue = 0;
        int proposed = 0;
        for (UUID id : hazards.dueSoon(Hazard.DEADLINE_RUNNING, today, today.plusDays(reminderDays))) {
            if (Boolean.TRUE.equals(tx.execute(s -> remind(id, now)))) {
                reminded++;
            }
        }
        for (UUID id : hazards.newlyOverdue(Hazard.DEADLINE_RUNNING, today)) {
            if (Boolean.TRUE.equals(tx.execute(s -> markOverdue(id, today, now)))) {
                overdue++;
            }
        }
        for (UUID id : hazards.overdueOfLevel(HazardLevel.MAJOR, Hazard.DEADLINE_RUNNING)) {
            if (Boolean.TRUE.equals(tx.execute(s -> propose(id, today, now)))) {
                proposed++;
            }
        }
        return new Report(reminded, overdue, proposed);
    }

    private boolean remind(UUID id, Instant now) {
        Hazard h = hazards.findById(id).orElseThrow();
        try {
            jdbc.update("insert into hazard_reminder (hazard_id, kind, deadline, sent_at) values (?, 'REMINDER', ?, ?)",
                    id, h.getDeadline(), Timestamp.from(now));
        } catch (DuplicateKeyException alreadySent) {
            return false;
        }
        notices.send(h, "hazard.deadline.reminder", "隐患整改即将到期", HazardNotices.brief(h) + "(整改时限 "
                + h.getDeadline() + ")", Set.of(To.RESPONSIBLE, To.MANAGERS));
        audit.record(new AuditRecord("REMIND", "Hazard", id.toString(), "整改到期提醒 " + HazardNotices.brief(h),
                null, null));
        return true;
    }

    private boolean markOverdue(UUID id, LocalDate today, Instant now) {
        Hazard h = hazards.findById(id).orElseThrow();
        if (h.overdueOn(today) == h.isOverdue()) {
            return false;
        }
        HazardFacts before = h.facts();
        changes.apply(HazardWorkflow.HAZARD, h, h.getVersion(), "OVERDUE", "逾期未整改 " + HazardNotices.brief(h),
                changed -> changed.markOverdue(today, now));
        events.publishEvent(new HazardChanged(id, before, h.facts()));
        notices.send(h, "hazard.overdue", (h.getLevel() == HazardLevel.MAJOR ? "重大" : "") + "隐患逾期未整改",
                HazardNotices.brief(h) + "(整改时限 " + h.getDeadline() + " 已过)",
                h.getLevel() == HazardLevel.MAJOR ? Set.of(To.MANAGERS, To.RESPONSIBLE, To.OFFICIALS)
                        : Set.of(To.MANAGERS, To.RESPONSIBLE));
        return true;
    }

    private boolean propose(UUID id, LocalDate today, Instant now) {
        Hazard h = hazards.findById(id).orElseThrow();
        var step = escalation.due(h, today);
        if (step.isEmpty()) {
            return false;
        }
        changes.apply(HazardWorkflow.HAZARD, h, h.getVersion(), "PROPOSE_ESCALATION", "建议" + step.get().label()
                + " " + HazardNotices.brief(h), changed -> changed.proposeEscalation(step.get(), now));
        notices.send(h, "hazard.escalation.proposed", "建议对逾期重大隐患" + step.get().label(),
                HazardNotices.brief(h) + "(整改时限 " + h.getDeadline() + ",请确认是否" + step.get().label() + ")",
                Set.of(To.OFFICIALS));
        return true;
    }
}
