package org.zhiben.notify;

/**
 * Sends one text message. The platform ships a gateway that only logs (with masked numbers); to send real messages
 * declare a bean implementing this interface (for example around a cloud provider's SMS SDK with an approved
 * signature and template) and it replaces the logging one. Throw on failure: the notice is then retried later, and
 * numbers already reached are not texted again.
 */
public interface SmsGateway {

    /**
     * @param phone the number, digits with an optional leading plus
     * @param text the message, already prefixed with the platform signature
     */
    void send(String phone, String text);
}
