package org.zhiben.accident.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;

/**
 * A class-analogy check (类比排查) of one peer enterprise after an accident elsewhere in its sector: written in sets
 * when an official confirms them ({@link AnalogyChecks}), done by the peer's principal or safety manager with a result
 * and, when a problem is found, a hazard of source 事故类比. Overdue past its due date while open.
 */
@Entity
@Table(name = "accident_analogy_check")
class AnalogyCheck extends ScopedRecord {

    static final int MAX_RESULT = 2000;

    @Column(name = "accident_id")
    private UUID accidentId;
    @Column(name = "enterprise_name")
    private String enterpriseName;
    private String instructions;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private CheckState state;
    private String result;
    @Column(name = "hazard_id")
    private UUID hazardId;
    @Column(name = "done_by")
    private String doneBy;
    @Column(name = "done_at")
    private Instant doneAt;

    protected AnalogyCheck() {
    }

    /** Checks a peer's answer before anything is written: a result, and a finding within its length. */
    static void checkAnswer(String result, String finding) {
        if (result == null || result.isBlank()) {
            throw new InvalidInputException("result", "请填写排查情况");
        }
        if (result.strip().length() > MAX_RESULT) {
            throw new InvalidInputException("result", "排查情况不能超过" + MAX_RESULT + "字");
        }
        if (finding != null && finding.strip().length() > MAX_RESULT) {
            throw new InvalidInputException("finding", "发现的问题不能超过" + MAX_RESULT + "字");
        }
    }

    void complete(String result, UUID hazardId, String by, Instant now) {
        if (state != CheckState.OPEN) {
            throw new InvalidInputException("state", "该类比排查已完成");
        }
        checkAnswer(result, null);
        this.result = result.strip();
        this.hazardId = hazardId;
        this.doneBy = by;
        this.doneAt = now;
        this.state = CheckState.DONE;
    }

    /** Open past its due date (the due date itself is still in time). */
    public boolean overdue(LocalDate today) {
        return state == CheckState.OPEN && today.isAfter(dueDate);
    }

    public UUID getAccidentId() { return accidentId; }
    public String getEnterpriseName() { return enterpriseName; }
    public String getInstructions() { return instructions; }
    public LocalDate getDueDate() { return dueDate; }
    public CheckState getState() { return state; }
    public String getResult() { return result; }
    public UUID getHazardId() { return hazardId; }
    public String getDoneBy() { return doneBy; }
    public Instant getDoneAt() { return doneAt; }
}
