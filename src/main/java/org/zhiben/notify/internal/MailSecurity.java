package org.zhiben.notify.internal;

/** How the SMTP connection is protected: none (internal relay), STARTTLS (usually port 587) or SSL (usually 465). */
public enum MailSecurity {
    NONE, STARTTLS, SSL
}
