package org.zhiben.campaign.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.campaign.Comparison;
import org.zhiben.campaign.TargetKind;
import org.zhiben.common.Ids;

/**
 * A dated target of a task: a quantity (reported quantities summed), a deliverable (met when the office accepts a
 * report that claims it) or a live metric (measured: met while the comparison holds).
 */
@Entity
@Table(name = "campaign_milestone")
public class Milestone {

    @Id
    private UUID id;
    private int seq;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private String phrase;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private TargetKind targetKind;
    @Enumerated(EnumType.STRING)
    private Comparison comparison;
    @Column(name = "target_value")
    private BigDecimal targetValue;
    private String unit;
    @Column(name = "metric_key")
    private String metricKey;
    @Column(name = "met_on")
    private LocalDate metOn;
    @Column(name = "last_value")
    private BigDecimal lastValue;
    @Column(name = "measured_at")
    private Instant measuredAt;

    protected Milestone() {
    }

    public Milestone(int seq, LocalDate dueDate, String phrase, String description, TargetKind targetKind,
            Comparison comparison, BigDecimal targetValue, String unit, String metricKey) {
        this.id = Ids.newId();
        this.seq = seq;
        this.dueDate = dueDate;
        this.phrase = phrase;
        this.description = description;
        this.targetKind = targetKind;
        this.comparison = comparison;
        this.targetValue = targetValue;
        this.unit = unit;
        this.metricKey = metricKey;
    }

    /** Records a measurement of the bound metric; met while the comparison holds. */
    void measured(BigDecimal value, LocalDate today, Instant now) {
        lastValue = value;
        measuredAt = now;
        boolean holds = value != null && comparison.holds(value, targetValue);
        metOn = holds ? (metOn == null ? today : metOn) : null;
    }

    /** The reported quantity so far; met once it reaches the target. */
    void reported(BigDecimal total, LocalDate today) {
        lastValue = total;
        boolean holds = total != null && comparison.holds(total, targetValue);
        metOn = holds ? (metOn == null ? today : metOn) : null;
    }

    void accepted(LocalDate today) {
        if (metOn == null) {
            metOn = today;
        }
    }

    public boolean met() {
        return metOn != null;
    }

    public UUID getId() {
        return id;
    }

    public int getSeq() {
        return seq;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getPhrase() {
        return phrase;
    }

    public String getDescription() {
        return description;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getUnit() {
        return unit;
    }

    public String getMetricKey() {
        return metricKey;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public BigDecimal getLastValue() {
        return lastValue;
    }

    public Instant getMeasuredAt() {
        return measuredAt;
    }

    /** The target as people write it: "≥ 50 处", "≤ 0 项", "成果". */
    public String targetText() {
        return switch (targetKind) {
            case DELIVERABLE -> description == null ? "成果" : description;
            case QUANTITY, METRIC -> comparison.symbol() + " " + targetValue.stripTrailingZeros().toPlainString()
                    + (unit == null ? "" : " " + unit);
        };
    }
}
