package org.zhiben.notify.internal;

/** Effective SMTP settings; {@code password} never leaves the server side (see {@link #toString()}). */
public record MailSettingsData(boolean enabled, String host, int port, MailSecurity security, String from,
        String username, String password) {

    /** Whether mail can actually be sent: switched on, with a host and a sender address. */
    public boolean usable() {
        return enabled && host != null && !host.isBlank() && from != null && !from.isBlank();
    }

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    @Override
    public String toString() {
        return "MailSettingsData[enabled=" + enabled + ", host=" + host + ", port=" + port + ", security=" + security
                + ", from=" + from + ", username=" + username + ", password=" + (hasPassword() ? "******" : "") + "]";
    }
}
