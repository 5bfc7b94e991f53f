package org.zhiben.notify.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The SMTP settings an administrator saved: one row, id 1. Until it exists the application properties apply. */
@Entity
@Table(name = "notify_mail_settings")
public class MailSettings {

    static final int SINGLETON = 1;

    @Id
    private Integer id;
    private boolean enabled;
    private String host;
    private int port;
    @Enumerated(EnumType.STRING)
    private MailSecurity security;
    private String fromAddress;
    private String username;
    private String password;
    private Instant updatedAt;
    @Version
    private Long version;

    protected MailSettings() {
    }

    MailSettings(MailSettingsData data, Instant now) {
        this.id = SINGLETON;
        apply(data, now);
    }

    void apply(MailSettingsData data, Instant now) {
        this.enabled = data.enabled();
        this.host = data.host();
        this.port = data.port();
        this.security = data.security();
        this.fromAddress = data.from();
        this.username = data.username();
        this.password = data.password();
        this.updatedAt = now;
    }

    MailSettingsData toData() {
        return new MailSettingsData(enabled, host, port, security, fromAddress, username, password);
    }

    public Long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
}
