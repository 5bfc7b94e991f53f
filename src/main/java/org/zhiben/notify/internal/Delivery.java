package org.zhiben.notify.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.Ids;

/**
 * One notice sent (or tried) through one channel to one target. The row is unique per notice, channel and target, so
 * it is both the delivery log and what keeps a redelivered publication from sending twice: a target already
 * {@link DeliveryStatus#SENT} is skipped.
 */
@Entity
@Table(name = "notify_delivery")
public class Delivery {

    static final int MAX_ERROR = 500;

    @Id
    private UUID id;
    private UUID noticeId;
    private String topic;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String targetKey;
    private String target;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    private String error;
    private Instant createdAt;
    private Instant updatedAt;

    protected Delivery() {
    }

    Delivery(UUID noticeId, String topic, Channel channel, String targetKey, String target, Instant now) {
        this.id = Ids.newId();
        this.noticeId = noticeId;
        this.topic = truncate(topic, 100);
        this.channel = channel;
        this.targetKey = targetKey;
        this.target = truncate(target, 200);
        this.createdAt = now;
        this.updatedAt = now;
    }

    void succeeded(Instant now) {
        attempts++;
        status = DeliveryStatus.SENT;
        error = null;
        updatedAt = now;
    }

    void failed(String reason, Instant now) {
        attempts++;
        status = DeliveryStatus.FAILED;
        error = truncate(reason == null ? "未知错误" : reason, MAX_ERROR);
        updatedAt = now;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public UUID getId() { return id; }
    public UUID getNoticeId() { return noticeId; }
    public String getTopic() { return topic; }
    public Channel getChannel() { return channel; }
    public String getTargetKey() { return targetKey; }
    public String getTarget() { return target; }
    public DeliveryStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public String getError() { return error; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
