package org.zhiben.notify.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.notify.Notice;

/**
 * The delivery log. External sends (mail, robots, SMS) cannot be rolled back, so their outcome is written in its own
 * transaction right after each send: a later failure in the same listener never erases the record of what was
 * already sent, and the redelivery skips it.
 */
@Service
public class Deliveries {

    private final DeliveryRepository deliveries;
    private final Clock clock;

    Deliveries(DeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Whether the notice already reached this target through this channel. */
    @Transactional(readOnly = true)
    public boolean alreadySent(Notice notice, Channel channel, String rawTarget) {
        return deliveries.findByNoticeIdAndChannelAndTargetKey(notice.id(), channel, key(channel, rawTarget))
                .filter(d -> d.getStatus() == DeliveryStatus.SENT).isPresent();
    }

    /** Records the outcome of one send, committed at once whatever happens next. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Notice notice, Channel channel, String rawTarget, String maskedTarget, String error) {
        write(notice, channel, rawTarget, maskedTarget, error);
    }

    /** Records the outcome inside the caller's transaction (the inbox, whose posting is itself transactional). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWithin(Notice notice, Channel channel, String rawTarget, String maskedTarget) {
        write(notice, channel, rawTarget, maskedTarget, null);
    }

    @Transactional(readOnly = true)
    public List<Delivery> latest(int limit) {
        return deliveries.findAllByOrderByUpdatedAtDesc(PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public List<Delivery> ofNotice(UUID noticeId) {
        return deliveries.findByNoticeIdOrderByCreatedAt(noticeId);
    }

    private void write(Notice notice, Channel channel, String rawTarget, String maskedTarget, String error) {
        String key = key(channel, rawTarget);
        Delivery d = deliveries.findByNoticeIdAndChannelAndTargetKey(notice.id(), channel, key)
                .orElseGet(() -> new Delivery(notice.id(), notice.topic() == null ? "-" : notice.topic(), channel, key,
                        maskedTarget, clock.instant()));
        if (error == null) {
            d.succeeded(clock.instant());
        } else {
            d.failed(error, clock.instant());
        }
        deliveries.saveAndFlush(d);
    }

    /** SHA-256 of the channel and the unmasked target: the log keeps no phone number or address in clear. */
    static String key(Channel channel, String rawTarget) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((channel.name() + ':' + rawTarget).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
