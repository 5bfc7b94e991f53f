package org.zhiben.risk.prejudgment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.SectorSet;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.risk.RiskLevel;

/**
 * 红/橙/黄 early warning of a pre-judgment judged 重大/较大/一般, or of a monitoring alarm left unhandled (no pre-judgment,
 * kind or cadence period: its period is the alarm's day and {@code cause} says what was left unhandled); acknowledged
 * once by an official.
 */
@Entity
@Table(name = "risk_early_warning")
class EarlyWarning {

    @Id
    private UUID id;
    @Column(updatable = false)
    private UUID prejudgmentId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private PrejudgmentKind kind;
    @Column(updatable = false)
    private UUID alarmId;
    @Column(updatable = false)
    private String cause;
    private String subjectName;
    @Column(updatable = false)
    private UUID enterpriseId;
    @Column(updatable = false)
    private String regionCode;
    private SectorSet sectors;
    @Column(updatable = false)
    private String period;
    @Enumerated(EnumType.STRING)
    private RiskLevel level;
    private String color;
    private Instant raisedAt;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    @Version
    private Long version;

    protected EarlyWarning() {
    }

    /** Whether a judged level raises a warning: 重大, 较大 and 一般 do, 低 does not. */
    public static boolean raises(RiskLevel level) {
        return level != null && level != RiskLevel.LOW;
    }

    public EarlyWarning(Prejudgment judgment, Instant now) {
        this.id = Ids.newId();
        this.prejudgmentId = judgment.getId();
        this.kind = judgment.getKind();
        this.enterpriseId = judgment.getEnterpriseId();
        this.regionCode = judgment.getRegionCode();
        this.period = judgment.getPeriod();
        regrade(judgment, now);
    }

    /** A monitoring alarm left unhandled, graded by the monitoring rules. */
    EarlyWarning(AlarmWarning alarm, Instant now) {
        if (!raises(alarm.level())) {
            throw new IllegalArgumentException("低风险不预警");
        }
        this.id = Ids.newId();
        this.alarmId = alarm.alarmId();
        this.enterpriseId = alarm.enterpriseId();
        this.regionCode = alarm.regionCode();
        this.sectors = alarm.sectors();
        this.subjectName = alarm.subjectName();
        this.cause = alarm.cause();
        this.period = AlarmWarning.period(alarm.alarmRaisedAt());
        this.level = alarm.level();
        this.color = level.color();
        this.raisedAt = now;
    }

    /** The judgment was revised to another level that still raises a warning: raised again, to be acknowledged again. */
    public void regrade(Prejudgment judgment, Instant now) {
        if (!raises(judgment.getLevel())) {
            throw new IllegalArgumentException("低风险不预警");
        }
        this.subjectName = judgment.getSubjectName();
        this.sectors = judgment.getSectors();
        this.level = judgment.getLevel();
        this.color = level.color();
        this.raisedAt = now;
        this.acknowledgedBy = null;
        this.acknowledgedAt = null;
    }

    public void acknowledge(String username, Instant now) {
        if (acknowledgedAt != null) {
            throw new InvalidInputException("warning", "该预警已由 " + acknowledgedBy + " 确认");
        }
        acknowledgedBy = username;
        acknowledgedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(alarmId == null ? "prejudgmentId" : "alarmId", alarmId == null ? prejudgmentId : alarmId);
        m.put("subject", subjectName);
        m.put("period", period);
        if (cause != null) {
            m.put("cause", cause);
        }
        m.put("level", level);
        m.put("color", color);
        m.put("acknowledgedBy", acknowledgedBy);
        m.put("acknowledgedAt", acknowledgedAt);
        return m;
    }

    public EarlyWarningView view() {
        return new EarlyWarningView(id, prejudgmentId, alarmId, kind, cause, subjectName, enterpriseId, regionCode,
                period, level,
                EarlyWarningView.colorLabel(level), raisedAt, acknowledgedBy, acknowledgedAt, version == null ? 0 : version);
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public UUID getId() {
        return id;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public SectorSet getSectors() {
        return sectors;
    }

    public RiskLevel getLevel() {
        return level;
    }
}
