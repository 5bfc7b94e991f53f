package org.zhiben.notify.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;

@Entity
@Table(name = "notify_notification")
public class Notification {

    @Id
    private UUID id;
    private UUID recipientId;
    private String title;
    private String body;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    public Notification(UUID recipientId, String title, String body, String link, Instant now) {
        this.id = Ids.newId();
        this.recipientId = recipientId;
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        this.link = link;
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public UUID getId() { return id; }
    public UUID getRecipientId() { return recipientId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
