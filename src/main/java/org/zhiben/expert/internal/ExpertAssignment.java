package org.zhiben.expert.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.expert.AssignmentKind;
import org.zhiben.expert.ExpertReport;

/**
 * An expert sent to an enterprise: 进行中 (ACTIVE) → 已报告 (REPORTED) by the expert, or 已撤回 (CANCELLED) by an
 * official. Hazards the expert's findings put in the ledger while it runs are counted here.
 */
@Entity
@Table(name = "expert_assignment")
public class ExpertAssignment extends ScopedRecord {

    public enum State { ACTIVE, REPORTED, CANCELLED }

    private String enterpriseName;
    private UUID expertId;
    @Enumerated(EnumType.STRING)
    private AssignmentKind kind;
    private String method;
    private UUID drawId;
    private String reason;
    private LocalDate validFrom;
    private LocalDate validUntil;
    @Enumerated(EnumType.STRING)
    private State state;
    private UUID assignedBy;
    private String findings;
    private String conclusion;
    private int hazardsFound;
    private int majorsFound;
    private Instant reportedAt;

    protected ExpertAssignment() {
    }

    public static ExpertAssignment create(Expert.Target t, UUID expertId, AssignmentKind kind, UUID drawId,
            String reason, LocalDate from, LocalDate until, UUID by, Instant now) {
        ExpertAssignment a = new ExpertAssignment(t, now);
        a.enterpriseName = t.name();
        a.expertId = expertId;
        a.kind = kind;
        a.method = drawId == null ? "CHOSEN" : "DRAWN";
        a.drawId = drawId;
        a.reason = reason;
        a.validFrom = from;
        a.validUntil = until;
        a.state = State.ACTIVE;
        a.assignedBy = by;
        return a;
    }

    private ExpertAssignment(Expert.Target t, Instant now) {
        super(t.id(), t.regionCode(), SectorSet.of(t.sectors()), now);
    }

    /** Whether the expert may work on (see) the enterprise on {@code day}: not once the report is in, or withdrawn. */
    public boolean activeOn(LocalDate day) {
        return state == State.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    /** The assigned expert's report; once. */
    public void report(ExpertReport r, Instant now) {
        if (state != State.ACTIVE) {
            throw new InvalidInputException("state", "该任务已" + (state == State.REPORTED ? "提交报告" : "撤回") + ",不能再提交报告");
        }
        String findings = r == null || r.findings() == null ? "" : r.findings().strip();
        if (findings.isEmpty() || findings.length() > 4000) {
            throw new InvalidInputException("findings", "请填写发现的问题和意见(不超过4000字)");
        }
        String conclusion = r.conclusion() == null ? "" : r.conclusion().strip();
        if (conclusion.isEmpty() || conclusion.length() > 2000) {
            throw new InvalidInputException("conclusion", "请填写结论(不超过2000字)");
        }
        this.findings = findings;
        this.conclusion = conclusion;
        this.reportedAt = now;
        this.state = State.REPORTED;
    }

    public void cancel(String reason) {
        if (state != State.ACTIVE) {
            throw new InvalidInputException("state", "只有进行中的任务可以撤回");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidInputException("reason", "请填写撤回原因(不超过500字)");
        }
        this.reason = (this.reason == null ? "" : this.reason + ";") + "撤回:" + why;
        this.state = State.CANCELLED;
    }

    /** Extends the window to {@code until} (an official sends the expert again before it ended). */
    public void extendTo(LocalDate until) {
        if (until.isAfter(validUntil)) {
            validUntil = until;
        }
    }

    /** A hazard found at the enterprise while this assignment ran. */
    public void countHazard(boolean major) {
        hazardsFound++;
        if (major) {
            majorsFound++;
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enterprise", enterpriseName);
        m.put("expertId", expertId);
        m.put("kind", kind);
        m.put("method", method);
        m.put("drawId", drawId);
        m.put("reason", reason);
        m.put("validFrom", String.valueOf(validFrom));
        m.put("validUntil", String.valueOf(validUntil));
        m.put("state", state);
        m.put("findings", findings);
        m.put("conclusion", conclusion);
        return m;
    }

    public String getEnterpriseName() {
        return enterpriseName;
    }

    public UUID getExpertId() {
        return expertId;
    }

    public AssignmentKind getKind() {
        return kind;
    }

    public String getMethod() {
        return method;
    }

    public UUID getDrawId() {
        return drawId;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public State getState() {
        return state;
    }

    public UUID getAssignedBy() {
        return assignedBy;
    }

    public String getFindings() {
        return findings;
    }

    public String getConclusion() {
        return conclusion;
    }

    public int getHazardsFound() {
        return hazardsFound;
    }

    public int getMajorsFound() {
        return majorsFound;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
