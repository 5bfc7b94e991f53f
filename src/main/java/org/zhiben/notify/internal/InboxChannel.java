package org.zhiben.notify.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiben.notify.Inbox;
import org.zhiben.notify.Notice;

/**
 * Posts a notice to its users' inboxes. Posting and the delivery row share one transaction, and the row is unique per
 * notice, so a redelivered publication finds it and posts nothing twice.
 */
@Component
class InboxChannel {

    private static final String TARGET = "inbox";

    private final Inbox inbox;
    private final Deliveries deliveries;

    InboxChannel(Inbox inbox, Deliveries deliveries) {
        this.inbox = inbox;
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(Notice notice) {
        if (notice.users().isEmpty() || deliveries.alreadySent(notice, Channel.INBOX, TARGET)) {
            return;
        }
        inbox.post(notice.users(), Texts.title(notice), Texts.body(notice), notice.link());
        deliveries.recordWithin(notice, Channel.INBOX, TARGET, notice.users().size() + " 位用户");
    }
}
