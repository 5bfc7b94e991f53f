package org.zhiben.risk.prejudgment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.risk.RiskLevel;

/**
 * 风险预判: one per subject (enterprise, enterprise workshop, or department region and sector) and period — the unique
 * key (kind, subject, period) makes a second submission for the same period an update of the first.
 */
@Entity
@Table(name = "risk_prejudgment")
class Prejudgment {

    public static final int MAX_TEXT = 2000;

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private PrejudgmentKind kind;
    @Column(updatable = false)
    private String subjectKey;
    private String subjectName;
    @Column(updatable = false)
    private UUID enterpriseId;
    @Column(updatable = false)
    private String regionCode;
    private SectorSet sectors;
    @Column(updatable = false)
    private String workshop;
    @Column(updatable = false)
    private String period;
    @Column(updatable = false)
    private LocalDate periodStart;
    private String conditions;
    @Enumerated(EnumType.STRING)
    private RiskLevel level;
    private String measures;
    private String judgedBy;
    private String judgedByName;
    private Instant judgedAt;
    @Version
    private Long version;
    @Column(updatable = false)
    private Instant createdAt;

    protected Prejudgment() {
    }

    /** Subject: what the judgment is about; {@code sectors} may be empty (a department judging all its sectors). */
    public record Subject(String key, String name, UUID enterpriseId, String regionCode, SectorSet sectors,
            String workshop) {
    }

    public Prejudgment(PrejudgmentKind kind, Subject subject, PrejudgmentPeriod period, Instant now) {
        this.id = Ids.newId();
        this.kind = kind;
        this.subjectKey = subject.key();
        this.subjectName = subject.name();
        this.enterpriseId = subject.enterpriseId();
        this.regionCode = subject.regionCode();
        this.sectors = subject.sectors();
        this.workshop = subject.workshop();
        this.period = period.label();
        this.periodStart = period.start();
        this.createdAt = now;
    }

    /** Records (or revises) the judgment: conditions and changes, the judged level, the measures; who and when. */
    public void judge(String conditions, RiskLevel level, String measures, String username, String displayName,
            Instant now) {
        List<FieldViolation> problems = new ArrayList<>();
        if (blank(conditions) || conditions.strip().length() > MAX_TEXT) {
            problems.add(new FieldViolation("conditions", "请填写安全生产条件及变化情况(不超过" + MAX_TEXT + "个字符)"));
        }
        if (level == null) {
            problems.add(new FieldViolation("level", "请选择预判的风险等级(重大、较大、一般、低)"));
        }
        if (blank(measures) || measures.strip().length() > MAX_TEXT) {
            problems.add(new FieldViolation("measures", "请填写管控措施(不超过" + MAX_TEXT + "个字符)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.conditions = conditions.strip();
        this.level = level;
        this.measures = measures.strip();
        this.judgedBy = username;
        this.judgedByName = displayName;
        this.judgedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("subject", subjectName);
        m.put("period", period);
        m.put("workshop", workshop);
        m.put("conditions", conditions);
        m.put("level", level);
        m.put("measures", measures);
        m.put("judgedBy", judgedBy);
        return m;
    }

    public PrejudgmentView view() {
        return new PrejudgmentView(id, kind, subjectName, enterpriseId, regionCode,
                sectors.isEmpty() ? null : String.join(",", sectors.codes()), workshop, period,
                periodStart, conditions, level, measures, judgedBy, judgedByName, judgedAt, getVersion());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public UUID getId() {
        return id;
    }

    public PrejudgmentKind getKind() {
        return kind;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getSubjectName() {
        return subjectName;
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

    public String getPeriod() {
        return period;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
