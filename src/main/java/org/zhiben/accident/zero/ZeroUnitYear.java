package org.zhiben.accident.zero;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;

/**
 * One 创建单位's campaign year: 创建中 until the year ends, then 待认定, then 已认定 (no veto, every item of the
 * creation standard met) or 未通过. An accident of the year that counts under the campaign's definition vetoes it
 * (一票否决) with the link to the accident, whatever the state: a recognition already given falls.
 */
@Entity
@Table(name = "accident_zero_unit_year")
@AttributeOverride(name = "enterpriseId", column = @Column(name = "enterprise_id", updatable = false))
class ZeroUnitYear extends ScopedRecord {

    @Column(name = "campaign_id")
    private UUID campaignId;
    @Column(name = "unit_id")
    private UUID unitId;
    @Column(name = "unit_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private UnitYearState state;
    @Column(name = "veto_accident_id")
    private UUID vetoAccidentId;
    @Column(name = "vetoed_at")
    private Instant vetoedAt;
    @Column(name = "veto_reason")
    private String vetoReason;
    @Column(name = "decided_by")
    private UUID decidedBy;
    @Column(name = "decided_by_name")
    private String decidedByName;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "accident_zero_check", joinColumns = @JoinColumn(name = "unit_year_id"))
    @OrderBy("itemCode")
    private List<Check> checks = new ArrayList<>();

    protected ZeroUnitYear() {
    }

    private ZeroUnitYear(ZeroUnit unit, Instant now) {
        super(unit.getRegionCode(), unit.getSectors(), now);
    }

    private ZeroUnitYear(ZeroUnit unit, UUID enterpriseId, Instant now) {
        super(enterpriseId, unit.getRegionCode(), unit.getSectors(), now);
    }

    static ZeroUnitYear of(ZeroUnit unit, int year, int currentYear, Instant now) {
        ZeroUnitYear y = unit.getEnterpriseId() == null ? new ZeroUnitYear(unit, now)
                : new ZeroUnitYear(unit, unit.getEnterpriseId(), now);
        y.campaignId = unit.getCampaignId();
        y.unitId = unit.getId();
        y.year = year;
        y.state = year < currentYear ? UnitYearState.PENDING : UnitYearState.CREATING;
        return y;
    }

    /** Year over: 创建中 becomes 待认定. Answers whether it changed. */
    boolean endYear(int currentYear) {
        if (state == UnitYearState.CREATING && year < currentYear) {
            state = UnitYearState.PENDING;
            return true;
        }
        return false;
    }

    /** 一票否决 by {@code accidentId}; a unit-year already vetoed keeps its first accident. Answers whether it changed. */
    boolean veto(UUID accidentId, String reason, Instant now) {
        if (vetoAccidentId != null) {
            return false;
        }
        vetoAccidentId = accidentId;
        vetoedAt = now;
        vetoReason = reason.length() > 300 ? reason.substring(0, 300) : reason;
        if (state == UnitYearState.RECOGNISED) {
            state = UnitYearState.FAILED;
            decisionNote = "认定后发生事故,一票否决" + (decisionNote == null ? "" : ";原认定意见:" + decisionNote);
            if (decisionNote.length() > 2000) {
                decisionNote = decisionNote.substring(0, 2000);
            }
        }
        return true;
    }

    /** The vetoing accident no longer counts (voided, or its casualties corrected): the veto goes, or moves on. */
    void replaceVeto(UUID nextAccidentId, String reason, Instant now) {
        vetoAccidentId = nextAccidentId;
        vetoedAt = nextAccidentId == null ? null : now;
        vetoReason = nextAccidentId == null ? null : reason;
    }

    /**
     * 认定: only when 待认定 (a year still running cannot be judged), every item of {@code standard} answered;
     * recognised only without a veto and with every item met; a failure needs a reason unless vetoed.
     */
    void decide(boolean recognise, Map<String, Boolean> answers, Map<String, String> notes, String note,
            Set<String> standard, UUID by, String byName, Instant now, int currentYear) {
        endYear(currentYear);
        List<FieldViolation> errors = new ArrayList<>();
        if (state == UnitYearState.CREATING) {
            throw new InvalidInputException("decision", year + "年尚未结束,年终后才能认定");
        }
        if (state != UnitYearState.PENDING) {
            throw new InvalidInputException("decision", "该单位" + year + "年已" + state.label() + ",不能重复认定");
        }
        for (String code : standard) {
            if (!answers.containsKey(code)) {
                errors.add(new FieldViolation("checklist", "请逐项填写创建标准第" + code + "项是否达到"));
            }
        }
        for (String code : answers.keySet()) {
            if (!standard.contains(code)) {
                errors.add(new FieldViolation("checklist", "未知的创建标准项:" + code));
            }
        }
        if (note != null && note.length() > 2000) {
            errors.add(new FieldViolation("note", "认定意见不超过2000字"));
        }
        if (recognise && vetoAccidentId != null) {
            errors.add(new FieldViolation("decision", "该单位当年发生事故,实行一票否决,不能认定为“零事故”单位"));
        } else if (recognise && answers.values().stream().anyMatch(v -> !v)) {
            errors.add(new FieldViolation("checklist", "创建标准有未达到的项目,不能认定"));
        }
        if (!recognise && vetoAccidentId == null && (note == null || note.isBlank())) {
            errors.add(new FieldViolation("note", "请填写未通过的理由"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        checks.clear();
        new java.util.TreeMap<>(answers).forEach((code, passed) -> checks.add(new Check(code, passed,
                notes.get(code))));
        state = recognise ? UnitYearState.RECOGNISED : UnitYearState.FAILED;
        decidedBy = by;
        decidedByName = byName;
        decidedAt = now;
        decisionNote = note == null || note.isBlank() ? (vetoAccidentId != null ? "一票否决" : null) : note.strip();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("unitId", String.valueOf(unitId));
        s.put("year", year);
        s.put("state", state.name());
        s.put("vetoAccidentId", vetoAccidentId == null ? null : vetoAccidentId.toString());
        s.put("decidedBy", decidedByName);
        s.put("note", decisionNote);
        s.put("checks", checks.stream().map(c -> c.itemCode + "=" + c.passed).toList());
        return s;
    }

    UUID getCampaignId() { return campaignId; }
    UUID getUnitId() { return unitId; }
    int getYear() { return year; }
    UnitYearState getState() { return state; }
    UUID getVetoAccidentId() { return vetoAccidentId; }
    Instant getVetoedAt() { return vetoedAt; }
    String getVetoReason() { return vetoReason; }
    String getDecidedByName() { return decidedByName; }
    Instant getDecidedAt() { return decidedAt; }
    String getDecisionNote() { return decisionNote; }
    List<Check> getChecks() { return checks; }

    @Embeddable
    static class Check {
        @Column(name = "item_code")
        private String itemCode;
        private boolean passed;
        private String note;

        protected Check() {
        }

        Check(String itemCode, boolean passed, String note) {
            this.itemCode = itemCode;
            this.passed = passed;
            this.note = note == null || note.isBlank() ? null : note.strip();
        }

        String getItemCode() { return itemCode; }
        boolean isPassed() { return passed; }
        String getNote() { return note; }
    }
}
