package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.zhiben.training.DrillData;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.training.AreaType;
import org.zhiben.training.DrillKind;

/** A drill held: kind, area type, scenario, participants, photos, evaluation (不足, 改进措施). */
@Entity
@Table(name = "training_drill")
public class Drill extends ScopedRecord {

    @Column(name = "high_risk")
    private boolean highRisk;
    @Enumerated(EnumType.STRING)
    private DrillKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "area_type")
    private AreaType areaType;
    @Column(name = "held_on")
    private LocalDate heldOn;
    private String scenario;
    private String participants;
    @Column(name = "participant_count")
    private int participantCount;
    @Column(name = "photo_keys")
    private String photoKeys;
    private String shortfalls;
    private String improvements;

    protected Drill() {
    }

    

    public Drill(UUID enterpriseId, String regionCode, SectorSet sectors, boolean highRisk, DrillData d, LocalDate today,
            Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        List<FieldViolation> errors = new ArrayList<>();
        if (d.kind() == null) {
            errors.add(new FieldViolation("kind", "请选择演练类型"));
        }
        if (d.areaType() == null) {
            errors.add(new FieldViolation("areaType", "请选择区域类型"));
        }
        if (d.heldOn() == null || d.heldOn().isAfter(today)) {
            errors.add(new FieldViolation("heldOn", "请填写演练日期(不能晚于今天)"));
        }
        text(errors, "scenario", d.scenario(), 500, true, "演练情景");
        text(errors, "participants", d.participants(), 1000, true, "参演人员");
        if (d.participantCount() == null || d.participantCount() < 1 || d.participantCount() > 100000) {
            errors.add(new FieldViolation("participantCount", "参演人数应为正整数"));
        }
        text(errors, "shortfalls", d.shortfalls(), 1000, false, "存在不足");
        text(errors, "improvements", d.improvements(), 1000, false, "改进措施");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.highRisk = highRisk;
        this.kind = d.kind();
        this.areaType = d.areaType();
        this.heldOn = d.heldOn();
        this.scenario = d.scenario().strip();
        this.participants = d.participants().strip();
        this.participantCount = d.participantCount();
        this.photoKeys = d.photoKeys() == null ? "" : String.join("\n", d.photoKeys());
        this.shortfalls = d.shortfalls() == null ? "" : d.shortfalls().strip();
        this.improvements = d.improvements() == null ? "" : d.improvements().strip();
    }

    private static void text(List<FieldViolation> errors, String field, String v, int max, boolean required,
            String label) {
        if ((required && (v == null || v.isBlank())) || (v != null && v.strip().length() > max)) {
            errors.add(new FieldViolation(field, "请填写" + label + "(不超过" + max + "字)"));
        }
    }

    public List<String> photoKeyList() {
        return photoKeys.isEmpty() ? List.of() : Arrays.asList(photoKeys.split("\n"));
    }

    public boolean isHighRisk() { return highRisk; }
    public DrillKind getKind() { return kind; }
    public AreaType getAreaType() { return areaType; }
    public LocalDate getHeldOn() { return heldOn; }
    public String getScenario() { return scenario; }
    public String getParticipants() { return participants; }
    public int getParticipantCount() { return participantCount; }
    public String getShortfalls() { return shortfalls; }
    public String getImprovements() { return improvements; }
}
