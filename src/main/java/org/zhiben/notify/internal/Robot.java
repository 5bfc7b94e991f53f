package org.zhiben.notify.internal;

import org.zhiben.common.SectorSet;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.zhiben.common.Ids;
import org.zhiben.common.RegionCode;
import org.zhiben.notify.Notice;

/**
 * A 企业微信 or 钉钉 group robot and the notices it receives: those of one enterprise, or those of a region (its
 * code prefix covers the notice's region code), optionally only of some sectors. The webhook URL carries the robot's
 * access token and the 钉钉 加签 secret signs each call; both stay on the server.
 */
@Entity
@Table(name = "notify_robot")
public class Robot {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private RobotKind kind;
    private String name;
    private String webhookUrl;
    private String secret;
    private UUID enterpriseId;
    private String regionCode;
    private String sectors;
    private boolean enabled;
    private Instant createdAt;
    @Version
    private Long version;

    protected Robot() {
    }

    Robot(Instant now) {
        this.id = Ids.newId();
        this.createdAt = now;
    }

    void apply(RobotKind kind, String name, String webhookUrl, String secret, UUID enterpriseId, String regionCode,
            Set<String> sectors, boolean enabled) {
        this.kind = kind;
        this.name = name;
        this.webhookUrl = webhookUrl;
        this.secret = kind == RobotKind.DINGTALK ? secret : null;
        this.enterpriseId = enterpriseId;
        this.regionCode = enterpriseId == null ? regionCode : null;
        this.sectors = enterpriseId == null && sectors != null && !sectors.isEmpty() ? SectorSet.encode(sectors) : null;
        this.enabled = enabled;
    }

    /** Whether the notice is for this robot: same enterprise, or inside its region (and sectors, when limited). */
    public boolean covers(Notice notice) {
        if (!enabled) {
            return false;
        }
        if (enterpriseId != null) {
            return enterpriseId.equals(notice.enterpriseId());
        }
        if (regionCode == null || notice.regionCode() == null || !RegionCode.of(regionCode).contains(notice.regionCode())) {
            return false;
        }
        Set<String> limit = sectorSet();
        return limit.isEmpty() || notice.sectors().stream().anyMatch(limit::contains);
    }

    public Set<String> sectorSet() {
        return SectorSet.decode(sectors).codes();
    }

    public boolean hasSecret() {
        return secret != null && !secret.isEmpty();
    }

    public String maskedUrl() {
        return Masking.url(webhookUrl);
    }

    public UUID getId() { return id; }
    public RobotKind getKind() { return kind; }
    public String getName() { return name; }
    public String getWebhookUrl() { return webhookUrl; }
    public String getSecret() { return secret; }
    public UUID getEnterpriseId() { return enterpriseId; }
    public String getRegionCode() { return regionCode; }
    /** The sector limit as people type it: 03,04. */
    public String getSectors() { return sectors == null ? null : String.join(",", sectorSet()); }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getVersion() { return version; }
}
