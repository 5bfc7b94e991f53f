package org.zhiben.enforcement.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.enforcement.InspectionMode;
import org.zhiben.enforcement.OnSiteMeasure;

/**
 * An enforcement inspection of one enterprise: its mode, the officers (at least two, each with a 执法证 valid on the
 * day), the checklist used, the findings (each one a hazard reported with source 监管执法检查) and the on-site
 * measures. Written once with its findings; the documents are issued from it.
 */
@Entity
@Table(name = "enforcement_inspection")
public class Inspection extends ScopedRecord {

    /** 执法检查应当由两名以上具有执法资格的人员进行 (行政处罚法 第42条, 安全生产法 第66条). */
    public static final int MIN_OFFICERS = 2;

    @Column(name = "enterprise_name")
    private String enterpriseName;
    @Column(name = "office_code")
    private String officeCode;
    @Column(name = "office_name")
    private String officeName;
    @Enumerated(EnumType.STRING)
    private InspectionMode mode;
    @Column(name = "draw_id")
    private UUID drawId;
    @Column(name = "template_id")
    private UUID templateId;
    @Column(name = "template_name")
    private String templateName;
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    @Column(name = "inspected_year")
    private int inspectedYear;
    private String place;
    private String summary;
    private String measures;
    @Column(name = "measure_note")
    private String measureNote;
    @Column(name = "rectify_due")
    private LocalDate rectifyDue;
    @Column(name = "general_findings")
    private int generalFindings;
    @Column(name = "major_findings")
    private int majorFindings;
    @Column(name = "recorded_by_name")
    private String recordedByName;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enforcement_inspection_officer", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Member> officers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enforcement_finding", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Finding> findings = new ArrayList<>();

    /** An officer on the inspection, as the directory held them that day. */
    @Embeddable
    public record Member(@Column(name = "officer_id") UUID officerId, String name,
            @Column(name = "cert_no") String certNo) {
    }

    /** A finding and the hazard it became. */
    @Embeddable
    public record Finding(String content, String basis, boolean major, @Column(name = "hazard_id") UUID hazardId) {
    }

    /** The enterprise inspected, as the registry has it. */
    public record Target(UUID id, String name, String regionCode, SectorSet sectors) {
    }

    /** What the officer entered; findings are added after the hazards are reported. */
    public record Facts(InspectionMode mode, UUID drawId, UUID templateId, String templateName, LocalDate inspectedOn,
            String place, String summary, Set<OnSiteMeasure> measures, String measureNote, LocalDate rectifyDue) {
    }

    protected Inspection() {
    }

    /**
     * A new inspection; refuses fewer than two distinct officers, an officer whose 执法证 is not valid on the day, a
     * 双随机 inspection without its draw, an inspection dated in the future, and 限期整改 without a due date after the
     * inspection.
     */
    public static Inspection record(Target target, String officeCode, String officeName, Facts f,
            List<Officer> team, int findingCount, String recordedBy, LocalDate today, Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        v.addAll(teamProblems(team, f.inspectedOn()));
        if (f.mode() == null) {
            v.add(new FieldViolation("mode", "请选择检查方式"));
        } else if (f.mode() == InspectionMode.DOUBLE_RANDOM && f.drawId() == null) {
            v.add(new FieldViolation("drawId", "双随机抽查须关联抽取结果"));
        }
        if (f.inspectedOn() == null) {
            v.add(new FieldViolation("inspectedOn", "请填写检查日期"));
        } else if (f.inspectedOn().isAfter(today)) {
            v.add(new FieldViolation("inspectedOn", "检查日期不能晚于今天"));
        }
        text(v, "place", f.place(), 200, true, "请填写检查场所(不超过200字)");
        text(v, "summary", f.summary(), 2000, true, "请填写检查情况(不超过2000字)");
        text(v, "measureNote", f.measureNote(), 2000, false, "处理措施说明不超过2000字");
        Set<OnSiteMeasure> measures = f.measures() == null ? Set.of() : f.measures();
        if (measures.contains(OnSiteMeasure.RECTIFY)) {
            if (f.rectifyDue() == null) {
                v.add(new FieldViolation("rectifyDue", "责令限期整改须填写整改期限"));
            } else if (f.inspectedOn() != null && !f.rectifyDue().isAfter(f.inspectedOn())) {
                v.add(new FieldViolation("rectifyDue", "整改期限应晚于检查日期"));
            }
        }
        if (findingCount > 0 && measures.isEmpty()) {
            v.add(new FieldViolation("measures", "发现问题时须选择现场处理措施"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        Inspection i = new Inspection(target, now);
        i.enterpriseName = target.name();
        i.officeCode = officeCode;
        i.officeName = officeName;
        i.mode = f.mode();
        i.drawId = f.drawId();
        i.templateId = f.templateId();
        i.templateName = f.templateName();
        i.inspectedOn = f.inspectedOn();
        i.inspectedYear = f.inspectedOn().getYear();
        i.place = f.place().strip();
        i.summary = f.summary().strip();
        i.measures = measures.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        i.measureNote = f.measureNote() == null || f.measureNote().isBlank() ? null : f.measureNote().strip();
        i.rectifyDue = measures.contains(OnSiteMeasure.RECTIFY) ? f.rectifyDue() : null;
        i.recordedByName = recordedBy;
        team.forEach(o -> i.officers.add(new Member(o.getId(), o.getName(), o.getCertNo())));
        return i;
    }

    private Inspection(Target t, Instant now) {
        super(t.id(), t.regionCode(), t.sectors(), now);
    }

    /** The two-officer rule: at least two distinct officers, each with a 执法证 valid on {@code day}. */
    public static List<FieldViolation> teamProblems(List<Officer> team, LocalDate day) {
        List<FieldViolation> v = new ArrayList<>();
        Set<UUID> distinct = new HashSet<>();
        team.forEach(o -> distinct.add(o.getId()));
        if (distinct.size() != team.size()) {
            v.add(new FieldViolation("officerIds", "同一执法人员不能重复选择"));
        }
        if (distinct.size() < MIN_OFFICERS) {
            v.add(new FieldViolation("officerIds", "执法检查须由两名以上持有效执法证的执法人员进行"));
        }
        if (day != null) {
            for (Officer o : team) {
                if (!o.validOn(day)) {
                    v.add(new FieldViolation("officerIds", o.getName() + "的执法证(" + o.getCertNo() + ")在检查日不在有效期内"));
                }
            }
        }
        return v;
    }

    public void addFinding(String content, String basis, boolean major, UUID hazardId) {
        findings.add(new Finding(content, basis, major, hazardId));
        if (major) {
            majorFindings++;
        } else {
            generalFindings++;
        }
    }

    private static void text(List<FieldViolation> v, String field, String value, int max, boolean required,
            String message) {
        boolean blank = value == null || value.isBlank();
        if (required && blank || !blank && value.strip().length() > max) {
            v.add(new FieldViolation(field, message));
        }
    }

    public Set<OnSiteMeasure> measureSet() {
        if (measures == null || measures.isEmpty()) {
            return Set.of();
        }
        EnumSet<OnSiteMeasure> s = EnumSet.noneOf(OnSiteMeasure.class);
        Arrays.stream(measures.split(",")).map(OnSiteMeasure::valueOf).forEach(s::add);
        return s;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("enterprise", enterpriseName);
        s.put("mode", mode.name());
        s.put("drawId", drawId);
        s.put("inspectedOn", String.valueOf(inspectedOn));
        s.put("officers", officers.stream().map(Member::certNo).toList());
        s.put("findings", findings.stream().map(Finding::hazardId).toList());
        s.put("measures", measures);
        s.put("rectifyDue", String.valueOf(rectifyDue));
        return s;
    }

    public String getEnterpriseName() { return enterpriseName; }
    public String getOfficeCode() { return officeCode; }
    public String getOfficeName() { return officeName; }
    public InspectionMode getMode() { return mode; }
    public UUID getDrawId() { return drawId; }
    public UUID getTemplateId() { return templateId; }
    public String getTemplateName() { return templateName; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public String getPlace() { return place; }
    public String getSummary() { return summary; }
    public String getMeasureNote() { return measureNote; }
    public LocalDate getRectifyDue() { return rectifyDue; }
    public int getGeneralFindings() { return generalFindings; }
    public int getMajorFindings() { return majorFindings; }
    public String getRecordedByName() { return recordedByName; }
    public List<Member> getOfficers() { return officers; }
    public List<Finding> getFindings() { return findings; }
}
