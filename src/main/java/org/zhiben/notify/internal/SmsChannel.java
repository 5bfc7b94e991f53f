package org.zhiben.notify.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.zhiben.notify.Notice;
import org.zhiben.notify.SmsGateway;

/** Texts a notice to its users' and contacts' phone numbers through the {@link SmsGateway}; numbers masked in logs. */
@Component
class SmsChannel {

    static final String SIGNATURE = "【治本】";
    static final int MAX_TEXT = 300;

    private static final Logger log = LoggerFactory.getLogger(SmsChannel.class);

    private final SmsGateway gateway;
    private final Recipients recipients;
    private final Deliveries deliveries;

    SmsChannel(SmsGateway gateway, Recipients recipients, Deliveries deliveries) {
        this.gateway = gateway;
        this.recipients = recipients;
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(Notice notice) {
        var phones = recipients.phones(notice).stream()
                .filter(p -> !deliveries.alreadySent(notice, Channel.SMS, p)).toList();
        int failed = 0;
        for (String phone : phones) {
            try {
                gateway.send(phone, text(notice));
                deliveries.record(notice, Channel.SMS, phone, Masking.phone(phone), null);
            } catch (RuntimeException e) {
                failed++;
                String reason = String.valueOf(e.getMessage()).replace(phone, Masking.phone(phone));
                log.warn("SMS of notice {} to {} failed: {}", notice.id(), Masking.phone(phone), reason);
                deliveries.record(notice, Channel.SMS, phone, Masking.phone(phone), reason);
            }
        }
        if (failed > 0) {
            throw new DeliveryFailedException(failed + "/" + phones.size() + " 条短信发送失败");
        }
    }

    static String text(Notice notice) {
        String body = Texts.body(notice);
        String text = SIGNATURE + Texts.title(notice) + (body.isEmpty() ? "" : ":" + body);
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
