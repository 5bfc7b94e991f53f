package org.zhiben.accident.rootcause;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;

/**
 * The root-cause analysis (溯源) of one accident or major hazard, written step by step as seed 000's 五步工作法 asks:
 * 述情 ({@code situation}), 析因 (causes, each tagged with its factor 人/机/环/管 and a category of that factor),
 * 追责 (the responsible people and their role), 明责 ({@code duties}) and 治源 (measures that remove the source, each
 * with an owner, a due date and whether it is done). Every write replaces the whole analysis and checks all five
 * steps; the service goes through the kernel's versioned change.
 */
@Entity
@Table(name = "accident_root_cause")
@AttributeOverride(name = "enterpriseId", column = @Column(name = "enterprise_id", updatable = false))
class RootCause extends ScopedRecord {

    static final int MAX_ROWS = 20;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", updatable = false)
    private SubjectKind subjectKind;
    @Column(name = "subject_id", updatable = false)
    private UUID subjectId;
    @Column(name = "subject_title")
    private String subjectTitle;
    @Column(name = "subject_date")
    private LocalDate subjectDate;
    private String sector;
    private String situation;
    private String duties;
    @Column(name = "written_by")
    private UUID writtenBy;
    @Column(name = "written_by_name")
    private String writtenByName;

    @ElementCollection
    @CollectionTable(name = "accident_root_cause_cause", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderColumn(name = "position")
    private List<Cause> causes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "accident_root_cause_person", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderColumn(name = "position")
    private List<Person> people = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "accident_root_cause_measure", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderColumn(name = "position")
    private List<Measure> measures = new ArrayList<>();

    protected RootCause() {
    }

    private RootCause(UUID enterpriseId, String regionCode, SectorSet sectors, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
    }

    private RootCause(String regionCode, SectorSet sectors, Instant now) {
        super(regionCode, sectors, now);
    }

    /** What the analysis is about, as the service found it in scope. */
    record Subject(SubjectKind kind, UUID id, String title, LocalDate date, UUID enterpriseId, String regionCode,
            SectorSet sectors) {
    }

    static RootCause start(Subject s, RootCauses.AnalysisData data, Map<String, RootCauses.Category> categories,
            UUID writer, String writerName, LocalDate today, Instant now) {
        RootCause r = s.enterpriseId() != null ? new RootCause(s.enterpriseId(), s.regionCode(), s.sectors(), now)
                : new RootCause(s.regionCode(), s.sectors(), now);
        r.subjectKind = s.kind();
        r.subjectId = s.id();
        r.subjectTitle = s.title();
        r.subjectDate = s.date();
        r.write(data, categories, writer, writerName, today);
        return r;
    }

    /** Replaces the five steps with {@code d}, after checking every one; a measure marked done keeps its date. */
    void write(RootCauses.AnalysisData d, Map<String, RootCauses.Category> categories, UUID writer,
            String writerName, LocalDate today) {
        List<FieldViolation> errors = new ArrayList<>();
        if (d == null) {
            throw new InvalidInputException("situation", "请填写溯源分析");
        }
        String situation = required(d.situation(), "situation", "请填写述情:事故(隐患)的基本情况", errors);
        String duties = required(d.duties(), "duties", "请填写明责:相关岗位和人员的安全职责", errors);
        String sector = d.sector() == null || d.sector().isBlank() ? defaultSector() : d.sector().strip();
        if (!sector.isEmpty() && !getSectors().contains(sector)) {
            errors.add(new FieldViolation("sector", "计入的行业领域须是事故(隐患)单位的行业领域之一"));
        }
        List<Cause> newCauses = new ArrayList<>();
        List<RootCauses.CauseData> cs = d.causes() == null ? List.of() : d.causes();
        for (int i = 0; i < cs.size(); i++) {
            RootCauses.CauseData c = cs.get(i);
            if (c == null || blank(c.category()) && blank(c.description()) && c.factor() == null) {
                continue;
            }
            String at = "causes[" + i + "]";
            RootCauses.Category category = c.category() == null ? null : categories.get(c.category().strip());
            if (c.factor() == null) {
                errors.add(new FieldViolation(at + ".factor", "请选择原因所属的方面(人、机、环、管)"));
            } else if (category == null) {
                errors.add(new FieldViolation(at + ".category", "请选择原因类别"));
            } else if (category.factor() != c.factor()) {
                errors.add(new FieldViolation(at + ".category", "原因类别“" + category.name() + "”不属于“"
                        + c.factor().label() + "”方面"));
            }
            String text = required(c.description(), at + ".description", "请写明该原因的具体情况", errors);
            if (category != null && c.factor() != null && text != null) {
                newCauses.add(new Cause(c.factor(), category.code(), text));
            }
        }
        if (cs.stream().allMatch(c -> c == null || c.factor() == null && blank(c.category()) && blank(c.description()))) {
            errors.add(new FieldViolation("causes", "析因:至少填写一条原因"));
        }
        List<Person> newPeople = new ArrayList<>();
        List<RootCauses.PersonData> ps = d.people() == null ? List.of() : d.people();
        for (int i = 0; i < ps.size(); i++) {
            RootCauses.PersonData p = ps.get(i);
            if (p == null || blank(p.name()) && blank(p.role()) && blank(p.responsibility())) {
                continue;
            }
            String at = "people[" + i + "]";
            String name = required(p.name(), at + ".name", "请填写责任人姓名", errors);
            String role = required(p.role(), at + ".role", "请填写责任人的岗位或职务", errors);
            String resp = required(p.responsibility(), at + ".responsibility", "请写明应承担的责任", errors);
            if (name != null && role != null && resp != null) {
                newPeople.add(new Person(name, role, resp));
            }
        }
        if (ps.stream().allMatch(p -> p == null || blank(p.name()) && blank(p.role()) && blank(p.responsibility()))) {
            errors.add(new FieldViolation("people", "追责:至少填写一名责任人"));
        }
        List<Measure> newMeasures = new ArrayList<>();
        List<RootCauses.MeasureData> ms = d.measures() == null ? List.of() : d.measures();
        for (int i = 0; i < ms.size(); i++) {
            RootCauses.MeasureData m = ms.get(i);
            if (m == null || blank(m.measure()) && blank(m.owner()) && m.due() == null) {
                continue;
            }
            String at = "measures[" + i + "]";
            String text = required(m.measure(), at + ".measure", "请写明治源措施", errors);
            String owner = required(m.owner(), at + ".owner", "请填写措施的责任人", errors);
            if (m.due() == null) {
                errors.add(new FieldViolation(at + ".due", "请填写完成期限"));
            } else if (m.due().isBefore(subjectDate)) {
                errors.add(new FieldViolation(at + ".due", "完成期限不能早于事故(隐患)发生(发现)日期"));
            }
            boolean done = Boolean.TRUE.equals(m.done());
            if (text != null && owner != null && m.due() != null) {
                Measure before = i < measures.size() ? measures.get(i) : null;
                LocalDate doneOn = !done ? null
                        : before != null && before.done && before.measure.equals(text) ? before.doneOn : today;
                newMeasures.add(new Measure(text, owner, m.due(), done, doneOn));
            }
        }
        if (ms.stream().allMatch(m -> m == null || blank(m.measure()) && blank(m.owner()) && m.due() == null)) {
            errors.add(new FieldViolation("measures", "治源:至少填写一项治源措施"));
        }
        if (newCauses.size() > MAX_ROWS || newPeople.size() > MAX_ROWS || newMeasures.size() > MAX_ROWS) {
            errors.add(new FieldViolation("causes", "原因、责任人、措施各不超过" + MAX_ROWS + "条"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.situation = situation;
        this.duties = duties;
        this.sector = sector;
        this.causes.clear();
        this.causes.addAll(newCauses);
        this.people.clear();
        this.people.addAll(newPeople);
        this.measures.clear();
        this.measures.addAll(newMeasures);
        this.writtenBy = writer;
        this.writtenByName = writerName;
    }

    private String defaultSector() {
        return getSectors().isEmpty() ? "" : getSectors().codes().first();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String required(String value, String field, String message, List<FieldViolation> errors) {
        if (blank(value)) {
            errors.add(new FieldViolation(field, message));
            return null;
        }
        return value.strip();
    }

    /** Measures not done whose due date has passed. */
    long overdueMeasures(LocalDate today) {
        return measures.stream().filter(m -> !m.done && m.dueDate.isBefore(today)).count();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("subject", subjectKind + ":" + subjectId + " " + subjectTitle);
        s.put("sector", sector);
        s.put("situation", situation);
        s.put("causes", causes.stream().map(c -> c.factor + "/" + c.category + " " + c.description).toList());
        s.put("people", people.stream().map(p -> p.name + "(" + p.role + "):" + p.responsibility).toList());
        s.put("duties", duties);
        s.put("measures", measures.stream().map(m -> m.measure + " / " + m.owner + " / " + m.dueDate
                + (m.done ? " 已完成" + (m.doneOn == null ? "" : " " + m.doneOn) : " 未完成")).toList());
        return s;
    }

    @Embeddable
    static class Cause {
        @Enumerated(EnumType.STRING)
        private CauseFactor factor;
        private String category;
        private String description;

        protected Cause() {
        }

        Cause(CauseFactor factor, String category, String description) {
            this.factor = factor;
            this.category = category;
            this.description = description;
        }

        CauseFactor factor() { return factor; }
        String category() { return category; }
        String description() { return description; }
    }

    @Embeddable
    static class Person {
        private String name;
        private String role;
        private String responsibility;

        protected Person() {
        }

        Person(String name, String role, String responsibility) {
            this.name = name;
            this.role = role;
            this.responsibility = responsibility;
        }

        String name() { return name; }
        String role() { return role; }
        String responsibility() { return responsibility; }
    }

    @Embeddable
    static class Measure {
        private String measure;
        private String owner;
        @Column(name = "due_date")
        private LocalDate dueDate;
        private boolean done;
        @Column(name = "done_on")
        private LocalDate doneOn;

        protected Measure() {
        }

        Measure(String measure, String owner, LocalDate dueDate, boolean done, LocalDate doneOn) {
            this.measure = measure;
            this.owner = owner;
            this.dueDate = dueDate;
            this.done = done;
            this.doneOn = doneOn;
        }

        String measure() { return measure; }
        String owner() { return owner; }
        LocalDate dueDate() { return dueDate; }
        boolean done() { return done; }
        LocalDate doneOn() { return doneOn; }
    }

    SubjectKind getSubjectKind() { return subjectKind; }
    UUID getSubjectId() { return subjectId; }
    String getSubjectTitle() { return subjectTitle; }
    LocalDate getSubjectDate() { return subjectDate; }
    String getSector() { return sector; }
    String getSituation() { return situation; }
    String getDuties() { return duties; }
    String getWrittenByName() { return writtenByName; }
    List<Cause> getCauses() { return List.copyOf(causes); }
    List<Person> getPeople() { return List.copyOf(people); }
    List<Measure> getMeasures() { return List.copyOf(measures); }
}
