package org.zhiben.notify;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.NotFoundException;
import org.zhiben.notify.internal.Notification;
import org.zhiben.notify.internal.NotificationRepository;

/** The in-app inbox: post notices to users, list and mark them read (only one's own). */
@Service
public class Inbox {

    private final NotificationRepository notifications;
    private final Clock clock;

    Inbox(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public void post(Collection<UUID> recipients, String title, String body, String link) {
        notifications.saveAll(recipients.stream().distinct()
                .map(r -> new Notification(r, title, body, link, clock.instant())).toList());
    }

    @Transactional(readOnly = true)
    public List<Notification> latest(UUID recipient, int limit) {
        return notifications.findByRecipientIdOrderByCreatedAtDesc(recipient, PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public long unread(UUID recipient) {
        return notifications.countByRecipientIdAndReadAtIsNull(recipient);
    }

    @Transactional
    public Notification markRead(UUID recipient, UUID id) {
        Notification n = notifications.findById(id).filter(x -> x.getRecipientId().equals(recipient))
                .orElseThrow(() -> new NotFoundException("消息"));
        n.markRead(clock.instant());
        return n;
    }

    @Transactional
    public void markAllRead(UUID recipient) {
        notifications.markAllRead(recipient, clock.instant());
    }
}
