package org.zhiben.notify.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhiben.notify.SmsGateway;

/** The default gateway: sends nothing, logs the masked number and the text, so a deployment without SMS still works. */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String phone, String text) {
        log.info("SMS (not sent, no gateway configured) to {}: {}", Masking.phone(phone), text);
    }
}
