package org.zhiben.training.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.zhiben.training.PersonKind;
import org.zhiben.training.PersonData;
import org.zhiben.training.DrawRule;
import org.zhiben.training.QuestionData;
import org.zhiben.training.ExamData;
import org.zhiben.training.DrillData;
import org.zhiben.training.internal.Person;

/** The page form for a new person. */
public class PersonForm {

    private @Size(max = 64) String idempotencyKey;
    private @Size(max = 50) String name;
    private @Size(max = 50) String staffNo;
    private @Size(max = 16) String kind = PersonKind.EMPLOYEE.name();
    private @Size(max = 100) String position;
    private LocalDate hiredOn;
    private boolean principal;
    private boolean safetyManager;
    private boolean specialOperator;

    PersonData data() {
        return new PersonData(name, staffNo, PersonKind.parse(kind), position, hiredOn, null, null, null,
                principal, safetyManager, specialOperator, null);
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String v) { this.idempotencyKey = v; }
    public String getName() { return name; }
    public void setName(String v) { this.name = v; }
    public String getStaffNo() { return staffNo; }
    public void setStaffNo(String v) { this.staffNo = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { this.kind = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { this.position = v; }
    public LocalDate getHiredOn() { return hiredOn; }
    public void setHiredOn(LocalDate v) { this.hiredOn = v; }
    public boolean isPrincipal() { return principal; }
    public void setPrincipal(boolean v) { this.principal = v; }
    public boolean isSafetyManager() { return safetyManager; }
    public void setSafetyManager(boolean v) { this.safetyManager = v; }
    public boolean isSpecialOperator() { return specialOperator; }
    public void setSpecialOperator(boolean v) { this.specialOperator = v; }
}
