package org.zhiben.training.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.training.CourseData;
import org.zhiben.training.HoursKind;

/**
 * A course of an enterprise: what its hours count as (the kind of the hours credited: induction level, yearly
 * retraining, principals' initial training), its hours and its material.
 */
@Entity
@Table(name = "training_course")
public class Course extends ScopedRecord {

    public static final int MAX_MATERIALS = 20;

    private String title;
    @Enumerated(EnumType.STRING)
    private HoursKind kind;
    private BigDecimal hours;
    private String description;
    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @CollectionTable(name = "training_course_material", joinColumns = @JoinColumn(name = "course_id"))
    @OrderBy("seq")
    private List<CourseMaterial> materials = new ArrayList<>();

    protected Course() {
    }

    public Course(UUID enterpriseId, String regionCode, SectorSet sectors, CourseData d, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        set(d);
    }

    public void set(CourseData d) {
        List<FieldViolation> v = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            v.add(new FieldViolation("title", "请填写课程名称"));
        } else if (d.title().strip().length() > 100) {
            v.add(new FieldViolation("title", "课程名称不超过100字"));
        }
        if (d.kind() == null) {
            v.add(new FieldViolation("kind", "请选择课程类别"));
        }
        if (d.hours() == null || d.hours().signum() <= 0 || d.hours().compareTo(BigDecimal.valueOf(200)) > 0
                || d.hours().stripTrailingZeros().scale() > 1) {
            v.add(new FieldViolation("hours", "学时应大于0、不超过200,最多一位小数"));
        }
        if (d.description() != null && d.description().strip().length() > 1000) {
            v.add(new FieldViolation("description", "课程简介不超过1000字"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.title = d.title().strip();
        this.kind = d.kind();
        this.hours = d.hours().setScale(1, java.math.RoundingMode.UNNECESSARY);
        this.description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
    }

    /** Adds a stored file as the next material. */
    public CourseMaterial addMaterial(String name, org.zhiben.common.StoredFile f) {
        if (materials.size() >= MAX_MATERIALS) {
            throw new InvalidInputException("file", "每门课程最多" + MAX_MATERIALS + "个资料文件");
        }
        int seq = materials.stream().mapToInt(CourseMaterial::getSeq).max().orElse(0) + 1;
        CourseMaterial m = new CourseMaterial(seq, name, f.key(), f.type(), f.size(), f.sha256());
        materials.add(m);
        return m;
    }

    /** Removes material {@code seq} (its file stays in the store, for the audit trail); 404 when there is none. */
    public CourseMaterial removeMaterial(int seq) {
        CourseMaterial m = materials.stream().filter(x -> x.getSeq() == seq).findFirst()
                .orElseThrow(() -> new org.zhiben.common.NotFoundException("课程资料"));
        materials.remove(m);
        return m;
    }

    public String getTitle() { return title; }
    public HoursKind getKind() { return kind; }
    public BigDecimal getHours() { return hours; }
    public String getDescription() { return description; }
    public List<CourseMaterial> getMaterials() { return materials; }
}
