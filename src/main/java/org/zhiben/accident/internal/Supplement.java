package org.zhiben.accident.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.accident.AccidentGrade;
import org.zhiben.accident.Casualties;
import org.zhiben.common.Ids;

/** A supplementary report (续报/补报) of casualty changes: the new figures, the grade before and after, and lateness. */
@Entity
@Table(name = "accident_supplement")
public class Supplement {

    @Id
    private UUID id;
    private int seq;
    @Column(name = "reported_at")
    private Instant reportedAt;
    @Column(name = "reported_by_name")
    private String reportedByName;
    private int deaths;
    private int missing;
    @Column(name = "serious_injuries")
    private int seriousInjuries;
    @Column(name = "direct_loss_yuan")
    private BigDecimal directLossYuan;
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "grade_before")
    private AccidentGrade gradeBefore;
    @Enumerated(EnumType.STRING)
    @Column(name = "grade_after")
    private AccidentGrade gradeAfter;
    private boolean late;

    protected Supplement() {
    }

    Supplement(int seq, Instant reportedAt, String reportedByName, Casualties c, String note,
            AccidentGrade gradeBefore, AccidentGrade gradeAfter, boolean late) {
        this.id = Ids.newId();
        this.seq = seq;
        this.reportedAt = reportedAt;
        this.reportedByName = reportedByName;
        this.deaths = c.deaths();
        this.missing = c.missing();
        this.seriousInjuries = c.seriousInjuries();
        this.directLossYuan = c.directLossYuan();
        this.note = note;
        this.gradeBefore = gradeBefore;
        this.gradeAfter = gradeAfter;
        this.late = late;
    }

    public UUID getId() {
        return id;
    }

    public int getSeq() {
        return seq;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedByName() {
        return reportedByName;
    }

    public Casualties casualties() {
        return new Casualties(deaths, missing, seriousInjuries, directLossYuan);
    }

    public String getNote() {
        return note;
    }

    public AccidentGrade getGradeBefore() {
        return gradeBefore;
    }

    public AccidentGrade getGradeAfter() {
        return gradeAfter;
    }

    public boolean isLate() {
        return late;
    }
}
