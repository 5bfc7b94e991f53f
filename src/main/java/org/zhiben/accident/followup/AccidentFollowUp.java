package org.zhiben.accident.followup;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.zhiben.accident.AccidentState;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;

/**
 * The follow-up of one accident, the record its measures and its analogy confirmation change (versioned, audited):
 * preventive measures may be recorded once the investigation report exists (报告已提交, 已批复, 整改中) and only for an
 * accident of a registered enterprise (a hazard belongs to an enterprise); the class-analogy checks are confirmed once,
 * after the measures, for one of the accident's sectors, with a due date after today.
 */
@Entity
@Table(name = "accident_followup")
@AttributeOverride(name = "enterpriseId", column = @Column(name = "enterprise_id", updatable = false))
class AccidentFollowUp extends ScopedRecord {

    static final int MAX_MEASURES = 20;
    static final int MAX_MEASURE = 500;
    static final int MAX_NOTE = 2000;
    static final Set<AccidentState> MEASURE_STATES = Set.of(AccidentState.REPORT_SUBMITTED, AccidentState.REPLIED,
            AccidentState.RECTIFYING);

    @Column(name = "accident_id", updatable = false)
    private UUID accidentId;
    @Column(name = "measure_count")
    private int measureCount;
    @Column(name = "analogy_sector")
    private String analogySector;
    @Column(name = "analogy_due")
    private LocalDate analogyDue;
    @Column(name = "analogy_note")
    private String analogyNote;
    @Column(name = "analogy_by")
    private String analogyBy;
    @Column(name = "analogy_at")
    private Instant analogyAt;
    @Column(name = "analogy_peers")
    private int analogyPeers;

    protected AccidentFollowUp() {
    }

    private AccidentFollowUp(UUID enterpriseId, String regionCode, SectorSet sectors, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
    }

    private AccidentFollowUp(String regionCode, SectorSet sectors, Instant now) {
        super(regionCode, sectors, now);
    }

    static AccidentFollowUp of(UUID accidentId, UUID enterpriseId, String regionCode, SectorSet sectors, Instant now) {
        AccidentFollowUp f = enterpriseId == null ? new AccidentFollowUp(regionCode, sectors, now)
                : new AccidentFollowUp(enterpriseId, regionCode, sectors, now);
        f.accidentId = accidentId;
        return f;
    }

    /** The measures as typed in one text, one per line (blank lines dropped). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    /** Checks the measures (1 to 20, each up to 500 characters, none blank) and answers them stripped. */
    static List<String> measures(List<String> given) {
        List<String> out = new ArrayList<>();
        if (given != null) {
            for (String m : given) {
                if (m == null || m.isBlank()) {
                    throw new InvalidInputException("measures", "防范措施不能为空");
                }
                out.add(m.strip());
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException("measures", "请填写防范措施,每行一条");
        }
        if (out.size() > MAX_MEASURES) {
            throw new InvalidInputException("measures", "一次最多录入" + MAX_MEASURES + "条防范措施(现有" + out.size() + "条)");
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).length() > MAX_MEASURE) {
                throw new InvalidInputException("measures", "第" + (i + 1) + "条防范措施超过" + MAX_MEASURE + "字");
            }
        }
        return out;
    }

    /** Records {@code n} more measures of an accident in {@code state}; answers the number of the first. */
    int addMeasures(int n, AccidentState state) {
        if (getEnterpriseId() == null) {
            throw new InvalidInputException("measures", "非企业单位的事故不能生成企业隐患,请由主管部门督办");
        }
        if (!MEASURE_STATES.contains(state)) {
            throw new InvalidInputException("state", "事故调查报告提交后才能录入防范措施(当前:" + state.label() + ")");
        }
        int first = measureCount + 1;
        measureCount += n;
        return first;
    }

    /** Confirms the class-analogy checks for {@code sector}, due {@code due}, by {@code by}. */
    void confirmAnalogy(String sector, LocalDate due, String note, AccidentState state, LocalDate today, String by,
            Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        if (analogyAt != null) {
            throw new InvalidInputException("analogy", "类比排查已于确认时下发,不能重复下发");
        }
        if (state == AccidentState.VOIDED) {
            throw new InvalidInputException("state", "事故已作废");
        }
        if (measureCount == 0) {
            v.add(new FieldViolation("analogy", "请先录入事故防范措施,类比排查对照防范措施进行"));
        }
        if (sector == null || !getSectors().codes().contains(sector)) {
            v.add(new FieldViolation("sector", "请选择事故所属的行业领域"));
        }
        if (due == null) {
            v.add(new FieldViolation("due", "请填写类比排查的完成期限"));
        } else if (!due.isAfter(today)) {
            v.add(new FieldViolation("due", "完成期限应晚于今天"));
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            v.add(new FieldViolation("note", "说明不能超过" + MAX_NOTE + "字"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        analogySector = sector;
        analogyDue = due;
        analogyNote = note == null || note.isBlank() ? null : note.strip();
        analogyBy = by;
        analogyAt = now;
    }

    void peersAssigned(int peers) {
        analogyPeers = peers;
    }

    UUID getAccidentId() { return accidentId; }
    int getMeasureCount() { return measureCount; }
    String getAnalogySector() { return analogySector; }
    LocalDate getAnalogyDue() { return analogyDue; }
    String getAnalogyNote() { return analogyNote; }
    String getAnalogyBy() { return analogyBy; }
    Instant getAnalogyAt() { return analogyAt; }
    int getAnalogyPeers() { return analogyPeers; }
}
