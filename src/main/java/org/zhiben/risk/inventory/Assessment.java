package org.zhiben.risk.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;
import org.zhiben.common.Ids;
import org.zhiben.risk.AssessmentData;
import org.zhiben.risk.AssessmentKind;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.DirectBasis;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.assessment.RiskScore;

/** One assessment of a risk event, kept for ever: the history is append-only (no version, never updated). */
@Entity
@Table(name = "risk_assessment")
@Immutable
public class Assessment implements Persistable<UUID> {

    @Id
    private UUID id;
    private UUID enterpriseId;
    private String regionCode;
    private UUID eventId;
    @Enumerated(EnumType.STRING)
    private AssessmentKind kind;
    @Enumerated(EnumType.STRING)
    private AssessmentMethod method;
    @Column(name = "factor_l")
    private BigDecimal factorL;
    @Column(name = "factor_e")
    private BigDecimal factorE;
    @Column(name = "factor_c")
    private BigDecimal factorC;
    @Column(name = "factor_s")
    private BigDecimal factorS;
    @Column(name = "factor_m")
    private BigDecimal factorM;
    private BigDecimal score;
    @Enumerated(EnumType.STRING)
    private RiskLevel level;
    private String band;
    @Enumerated(EnumType.STRING)
    private DirectBasis directBasis;
    private String directCriterion;
    private String assessedBy;
    private String assessorName;
    private Instant assessedAt;

    protected Assessment() {
    }

    static Assessment of(RiskEvent event, AssessmentData data, RiskScore score, String assessedBy, String assessorName,
            Instant now) {
        Assessment a = new Assessment();
        a.id = Ids.newId();
        a.enterpriseId = event.getEnterpriseId();
        a.regionCode = event.getRegionCode();
        a.eventId = event.getId();
        a.kind = data.kind();
        a.method = data.method();
        Map<String, BigDecimal> inputs = data.inputs();
        a.factorL = inputs.get("l");
        a.factorE = inputs.get("e");
        a.factorC = inputs.get("c");
        a.factorS = inputs.get("s");
        a.factorM = inputs.get("m");
        a.score = score.value();
        a.level = score.level();
        a.band = score.band();
        a.directBasis = data.directBasis();
        a.directCriterion = data.directCriterion();
        a.assessedBy = assessedBy;
        a.assessorName = assessorName;
        a.assessedAt = now;
        return a;
    }

    /** The factors the method used, in its order (l, e, c…). */
    public Map<String, BigDecimal> inputs() {
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        all.put("l", factorL);
        all.put("e", factorE);
        all.put("c", factorC);
        all.put("s", factorS);
        all.put("m", factorM);
        Map<String, BigDecimal> used = new LinkedHashMap<>();
        for (String factor : method.factors()) {
            used.put(factor, plain(all.get(factor)));
        }
        return used;
    }

    /** 126.0000 as read from the database is 126, 0.50 is 0.5. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterpriseId", enterpriseId);
        m.put("eventId", eventId);
        m.put("kind", kind);
        m.put("method", method);
        inputs().forEach((k, v) -> m.put(k, v == null ? null : v.toPlainString()));
        m.put("score", score == null ? null : score.toPlainString());
        m.put("level", level);
        m.put("band", band);
        m.put("directBasis", directBasis);
        m.put("directCriterion", directCriterion);
        return m;
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** Always new: an assessment is written once (persist, not merge). */
    @Override
    public boolean isNew() {
        return true;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public UUID getEventId() {
        return eventId;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public AssessmentMethod getMethod() {
        return method;
    }

    public BigDecimal getScore() {
        return score;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public String getBand() {
        return band;
    }

    public DirectBasis getDirectBasis() {
        return directBasis;
    }

    public String getDirectCriterion() {
        return directCriterion;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public String getAssessorName() {
        return assessorName;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
