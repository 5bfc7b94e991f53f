package org.zhiben.notify.internal;

import org.zhiben.common.Uscc;
import jakarta.validation.constraints.Size;

/**
 * The robot form on {@code /admin/notify}: scope by enterprise (its USCC) or by region code (plus optional sector
 * codes separated by commas). A blank {@code secret} keeps the stored one unless {@code clearSecret} is ticked.
 */
public class RobotForm {

    private RobotKind kind;
    private @Size(max = 100) String name;
    private @Size(max = 500) String webhookUrl;
    private @Size(max = 200) String secret;
    private boolean clearSecret;
    private @Size(max = 18, message = Uscc.TOO_LONG) String enterpriseUscc;
    private @Size(max = 12) String regionCode;
    private @Size(max = 200) String sectors;
    private boolean enabled = true;
    private Long version;

    public RobotKind getKind() { return kind; }
    public void setKind(RobotKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getWebhookUrl() { return webhookUrl; }
    public void setWebhookUrl(String webhookUrl) { this.webhookUrl = webhookUrl; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public boolean isClearSecret() { return clearSecret; }
    public void setClearSecret(boolean clearSecret) { this.clearSecret = clearSecret; }
    public String getEnterpriseUscc() { return enterpriseUscc; }
    public void setEnterpriseUscc(String enterpriseUscc) { this.enterpriseUscc = enterpriseUscc; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getSectors() { return sectors; }
    public void setSectors(String sectors) { this.sectors = sectors; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
