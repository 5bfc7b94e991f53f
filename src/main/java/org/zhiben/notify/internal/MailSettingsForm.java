package org.zhiben.notify.internal;

import jakarta.validation.constraints.Size;

/**
 * The mail settings form on {@code /admin/notify}. A blank {@code password} keeps the stored one unless
 * {@code clearPassword} is ticked; the stored password is never sent back to the browser.
 */
public class MailSettingsForm {

    private boolean enabled;
    private @Size(max = 255) String host;
    private Integer port;
    private MailSecurity security = MailSecurity.NONE;
    private @Size(max = 254) String from;
    private @Size(max = 254) String username;
    private @Size(max = 500) String password;
    private boolean clearPassword;
    private Long version;

    public static MailSettingsForm of(MailSettingsData d, Long version) {
        MailSettingsForm f = new MailSettingsForm();
        f.enabled = d.enabled();
        f.host = d.host();
        f.port = d.port();
        f.security = d.security();
        f.from = d.from();
        f.username = d.username();
        f.version = version;
        return f;
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public MailSecurity getSecurity() { return security; }
    public void setSecurity(MailSecurity security) { this.security = security; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isClearPassword() { return clearPassword; }
    public void setClearPassword(boolean clearPassword) { this.clearPassword = clearPassword; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
