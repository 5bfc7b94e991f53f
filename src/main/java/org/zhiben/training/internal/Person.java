package org.zhiben.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.training.PersonData;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.training.PersonKind;
import org.zhiben.training.TrainingRequirements;

/** One person's file (一人一档): kind, position, the 三类人员 flags, the 三违 flag and whether on duty. */
@Entity
@Table(name = "training_person")
public class Person extends ScopedRecord {

    @Column(name = "high_risk", nullable = false)
    private boolean highRisk;
    @Column(name = "metal_smelting", nullable = false)
    private boolean metalSmelting;
    private String name;
    @Column(name = "staff_no")
    private String staffNo;
    @Enumerated(EnumType.STRING)
    private PersonKind kind;
    private String position;
    @Column(name = "hired_on")
    private LocalDate hiredOn;
    @Column(name = "post_changed_on")
    private LocalDate postChangedOn;
    @Column(name = "away_from")
    private LocalDate awayFrom;
    @Column(name = "returned_on")
    private LocalDate returnedOn;
    private boolean principal;
    @Column(name = "safety_manager")
    private boolean safetyManager;
    @Column(name = "special_operator")
    private boolean specialOperator;
    private boolean violator;
    @Column(name = "violation_on")
    private LocalDate violationOn;
    @Column(name = "violation_note")
    private String violationNote;
    @Column(name = "on_duty")
    private boolean onDuty;
    @Column(name = "user_id")
    private UUID userId;

    protected Person() {
    }

    public Person(UUID enterpriseId, String regionCode, SectorSet sectors, boolean highRisk, boolean metalSmelting,
            PersonData d, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        this.highRisk = highRisk;
        this.metalSmelting = metalSmelting;
        this.onDuty = true;
        update(d);
    }

    /** What a manager may set on a person. */
    

    public void update(PersonData d) {
        java.util.List<org.zhiben.common.FieldViolation> errors = new java.util.ArrayList<>();
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 50) {
            errors.add(new org.zhiben.common.FieldViolation("name", "请填写姓名(不超过50字)"));
        }
        if (d.staffNo() == null || d.staffNo().isBlank() || d.staffNo().strip().length() > 50) {
            errors.add(new org.zhiben.common.FieldViolation("staffNo", "请填写工号(不超过50字)"));
        }
        if (d.kind() == null) {
            errors.add(new org.zhiben.common.FieldViolation("kind", "请选择用工类型"));
        }
        if (d.position() != null && d.position().strip().length() > 100) {
            errors.add(new org.zhiben.common.FieldViolation("position", "岗位不超过100字"));
        }
        if (d.hiredOn() == null) {
            errors.add(new org.zhiben.common.FieldViolation("hiredOn", "请填写入职(进场)日期"));
        }
        if (d.postChangedOn() != null && d.hiredOn() != null && d.postChangedOn().isBefore(d.hiredOn())) {
            errors.add(new org.zhiben.common.FieldViolation("postChangedOn", "转岗日期不能早于入职日期"));
        }
        if (d.returnedOn() != null && (d.awayFrom() == null || d.returnedOn().isBefore(d.awayFrom()))) {
            errors.add(new org.zhiben.common.FieldViolation("returnedOn", "复岗日期须晚于离岗日期"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.name = d.name().strip();
        this.staffNo = d.staffNo().strip();
        this.kind = d.kind();
        this.position = d.position() == null || d.position().isBlank() ? null : d.position().strip();
        this.hiredOn = d.hiredOn();
        this.postChangedOn = d.postChangedOn();
        this.awayFrom = d.awayFrom();
        this.returnedOn = d.returnedOn();
        this.principal = d.principal();
        this.safetyManager = d.safetyManager();
        this.specialOperator = d.specialOperator();
        this.userId = d.userId();
    }

    /** Flags a 三违 (违章指挥、违章作业、违反劳动纪律): off duty until an exam after it is passed. */
    public void flagViolation(LocalDate on, String note) {
        if (on == null) {
            throw new InvalidInputException("violationOn", "请填写违章日期");
        }
        if (note == null || note.isBlank() || note.strip().length() > 500) {
            throw new InvalidInputException("violationNote", "请填写违章情况(不超过500字)");
        }
        this.violator = true;
        this.violationOn = on;
        this.violationNote = note.strip();
        this.onDuty = false;
    }

    /** Back on duty: only with an exam passed on or after the violation day. */
    public void returnToDuty(LocalDate lastPassedOn) {
        if (!violator) {
            throw new InvalidInputException("violator", "该人员没有三违记录");
        }
        if (lastPassedOn == null || lastPassedOn.isBefore(violationOn)) {
            throw new InvalidInputException("exam", "三违人员须在违章后重新培训并考试合格,方可恢复上岗");
        }
        this.violator = false;
        this.onDuty = true;
    }

    public TrainingRequirements.Facts facts() {
        return new TrainingRequirements.Facts(principal, safetyManager, highRisk, hiredOn, postChangedOn, awayFrom,
                returnedOn);
    }

    public boolean isHighRisk() { return highRisk; }
    public boolean isMetalSmelting() { return metalSmelting; }
    public String getName() { return name; }
    public String getStaffNo() { return staffNo; }
    public PersonKind getKind() { return kind; }
    public String getPosition() { return position; }
    public LocalDate getHiredOn() { return hiredOn; }
    public LocalDate getPostChangedOn() { return postChangedOn; }
    public LocalDate getAwayFrom() { return awayFrom; }
    public LocalDate getReturnedOn() { return returnedOn; }
    public boolean isPrincipal() { return principal; }
    public boolean isSafetyManager() { return safetyManager; }
    public boolean isSpecialOperator() { return specialOperator; }
    public boolean isViolator() { return violator; }
    public LocalDate getViolationOn() { return violationOn; }
    public String getViolationNote() { return violationNote; }
    public boolean isOnDuty() { return onDuty; }
    public UUID getUserId() { return userId; }
}
