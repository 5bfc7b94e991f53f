package org.zhiben.notify.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.zhiben.notify.Notice;

/**
 * E-mails a notice to its users and contacts that have an address, one message per address. Runs without a
 * transaction (no database connection held while talking to the SMTP server); each outcome is logged at once. When
 * mail is switched off the notice is not e-mailed, now or later.
 */
@Component
class MailChannel {

    private static final Logger log = LoggerFactory.getLogger(MailChannel.class);

    private final MailConfiguration configuration;
    private final Recipients recipients;
    private final Deliveries deliveries;
    private final String baseUrl;

    MailChannel(MailConfiguration configuration, Recipients recipients, Deliveries deliveries,
            @Value("${zhiben.notify.base-url:}") String baseUrl) {
        this.configuration = configuration;
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(Notice notice) {
        MailSettingsData settings = configuration.effective();
        if (!settings.usable()) {
            return;
        }
        var addresses = recipients.emails(notice).stream()
                .filter(a -> !deliveries.alreadySent(notice, Channel.EMAIL, a)).toList();
        if (addresses.isEmpty()) {
            return;
        }
        var sender = configuration.sender(settings);
        int failed = 0;
        for (String address : addresses) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(settings.from());
            message.setTo(address);
            message.setSubject(Texts.title(notice));
            String link = Texts.link(notice, baseUrl);
            message.setText(Texts.body(notice) + (link == null ? "" : "\n\n" + link) + "\n\n-- 治本 安全生产信息平台");
            try {
                sender.send(message);
                deliveries.record(notice, Channel.EMAIL, address, Masking.email(address), null);
            } catch (RuntimeException e) {
                failed++;
                String reason = String.valueOf(e.getMessage()).replace(address, Masking.email(address));
                log.warn("Mail of notice {} to {} failed: {}", notice.id(), Masking.email(address), reason);
                deliveries.record(notice, Channel.EMAIL, address, Masking.email(address), reason);
            }
        }
        if (failed > 0) {
            throw new DeliveryFailedException(failed + "/" + addresses.size() + " 封邮件发送失败");
        }
    }
}
