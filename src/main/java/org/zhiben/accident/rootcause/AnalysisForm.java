package org.zhiben.accident.rootcause;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The page form of an analysis: the five steps with a fixed number of rows for causes, people and measures (blank
 * rows are ignored), so the page needs no script.
 */
public class AnalysisForm {

    static final int CAUSE_ROWS = 6;
    static final int PERSON_ROWS = 4;
    static final int MEASURE_ROWS = 5;

    private Long version;
    private @Size(max = 64) String idempotencyKey = UUID.randomUUID().toString();
    private SubjectKind kind;
    private UUID subjectId;
    private @Size(max = 4000) String situation;
    private @Size(max = 12) String sector;
    private @Size(max = 4000) String duties;
    private @Valid List<CauseRow> causes = new ArrayList<>();
    private @Valid List<PersonRow> people = new ArrayList<>();
    private @Valid List<MeasureRow> measures = new ArrayList<>();

    public static class CauseRow {
        private CauseFactor factor;
        private @Size(max = 8) String category;
        private @Size(max = 1000) String description;

        public CauseFactor getFactor() { return factor; }
        public void setFactor(CauseFactor factor) { this.factor = factor; }
        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    public static class PersonRow {
        private @Size(max = 100) String name;
        private @Size(max = 100) String role;
        private @Size(max = 1000) String responsibility;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getResponsibility() { return responsibility; }
        public void setResponsibility(String responsibility) { this.responsibility = responsibility; }
    }

    public static class MeasureRow {
        private @Size(max = 1000) String measure;
        private @Size(max = 100) String owner;
        private LocalDate due;
        private boolean done;

        public String getMeasure() { return measure; }
        public void setMeasure(String measure) { this.measure = measure; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate due) { this.due = due; }
        public boolean isDone() { return done; }
        public void setDone(boolean done) { this.done = done; }
    }

    /** A form holding {@code d} (or nothing), padded with blank rows. */
    static AnalysisForm of(RootCauses.AnalysisData d, Long version) {
        AnalysisForm f = new AnalysisForm();
        f.version = version;
        if (d != null) {
            f.situation = d.situation();
            f.sector = d.sector();
            f.duties = d.duties();
            for (RootCauses.CauseData c : d.causes()) {
                CauseRow r = new CauseRow();
                r.factor = c.factor();
                r.category = c.category();
                r.description = c.description();
                f.causes.add(r);
            }
            for (RootCauses.PersonData p : d.people()) {
                PersonRow r = new PersonRow();
                r.name = p.name();
                r.role = p.role();
                r.responsibility = p.responsibility();
                f.people.add(r);
            }
            for (RootCauses.MeasureData m : d.measures()) {
                MeasureRow r = new MeasureRow();
                r.measure = m.measure();
                r.owner = m.owner();
                r.due = m.due();
                r.done = Boolean.TRUE.equals(m.done());
                f.measures.add(r);
            }
        }
        return f.padded();
    }

    /** Blank rows up to the fixed counts (and one more when all are used), for the page to show. */
    AnalysisForm padded() {
        while (causes.size() < CAUSE_ROWS) {
            causes.add(new CauseRow());
        }
        while (people.size() < PERSON_ROWS) {
            people.add(new PersonRow());
        }
        while (measures.size() < MEASURE_ROWS) {
            measures.add(new MeasureRow());
        }
        return this;
    }

    RootCauses.AnalysisData data() {
        return new RootCauses.AnalysisData(situation, sector,
                causes.stream().map(c -> c == null ? null
                        : new RootCauses.CauseData(c.factor, c.category, c.description)).toList(),
                people.stream().map(p -> p == null ? null
                        : new RootCauses.PersonData(p.name, p.role, p.responsibility)).toList(),
                duties,
                measures.stream().map(m -> m == null ? null
                        : new RootCauses.MeasureData(m.measure, m.owner, m.due, m.done)).toList());
    }

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public SubjectKind getKind() { return kind; }
    public void setKind(SubjectKind kind) { this.kind = kind; }
    public UUID getSubjectId() { return subjectId; }
    public void setSubjectId(UUID subjectId) { this.subjectId = subjectId; }
    public String getSituation() { return situation; }
    public void setSituation(String situation) { this.situation = situation; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getDuties() { return duties; }
    public void setDuties(String duties) { this.duties = duties; }
    public List<CauseRow> getCauses() { return causes; }
    public void setCauses(List<CauseRow> causes) { this.causes = causes == null ? new ArrayList<>() : causes; }
    public List<PersonRow> getPeople() { return people; }
    public void setPeople(List<PersonRow> people) { this.people = people == null ? new ArrayList<>() : people; }
    public List<MeasureRow> getMeasures() { return measures; }
    public void setMeasures(List<MeasureRow> measures) { this.measures = measures == null ? new ArrayList<>() : measures; }
}
