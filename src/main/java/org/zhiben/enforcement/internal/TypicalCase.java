package org.zhiben.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.enforcement.CaseState;
import org.zhiben.enforcement.TypicalCaseState;

/**
 * 典型案例: a closed case of an office written up (title, summary, 警示意义, tags) and submitted to the level above,
 * which accepts (采用) or returns it with a reason; a returned case is revised and submitted again; an accepted one is
 * published to the offices below the accepting office. The state machine and the text rules live here.
 */
@Entity
@Table(name = "enforcement_typical_case")
public class TypicalCase {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_LESSONS = 2000;
    public static final int MAX_TAGS = 8;
    public static final int MAX_TAG = 20;
    public static final int MAX_REASON = 500;

    @Id
    private UUID id;
    @Column(name = "case_id")
    private UUID caseId;
    @Column(name = "enterprise_id")
    private UUID enterpriseId;
    @Column(name = "enterprise_name")
    private String enterpriseName;
    @Convert(converter = SectorSet.Jpa.class)
    private SectorSet sectors;
    @Column(name = "office_code")
    private String officeCode;
    @Column(name = "office_name")
    private String officeName;
    @Column(name = "case_title")
    private String caseTitle;
    private String title;
    private String summary;
    private String lessons;
    private String tags;
    @Enumerated(EnumType.STRING)
    private TypicalCaseState state;
    @Column(name = "submitted_to")
    private String submittedTo;
    @Column(name = "submitted_to_name")
    private String submittedToName;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "submitted_by_name")
    private String submittedByName;
    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;
    @Column(name = "reviewed_by_name")
    private String reviewedByName;
    @Column(name = "return_reason")
    private String returnReason;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "published_by_name")
    private String publishedByName;
    @Version
    private Long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TypicalCase() {
    }

    /** Marks {@code c}, which must be closed (结案), as a typical case of its office. */
    public static TypicalCase mark(EnforcementCase c, String title, String summary, String lessons, List<String> tags,
            Instant now) {
        if (c.getState() != CaseState.CLOSED) {
            throw new InvalidInputException("caseId", "案件结案后才能列为典型案例");
        }
        TypicalCase t = new TypicalCase();
        t.id = Ids.newId();
        t.caseId = c.getId();
        t.enterpriseId = c.getEnterpriseId();
        t.enterpriseName = c.getEnterpriseName();
        t.sectors = c.getSectors();
        t.officeCode = c.getOfficeCode();
        t.officeName = c.getOfficeName();
        t.caseTitle = c.getTitle();
        t.state = TypicalCaseState.DRAFT;
        t.createdAt = now;
        t.write(title, summary, lessons, tags, now);
        return t;
    }

    /** Revises the text: while a draft or after it was returned. */
    public void revise(String title, String summary, String lessons, List<String> tags, Instant now) {
        if (state != TypicalCaseState.DRAFT && state != TypicalCaseState.RETURNED) {
            throw new InvalidInputException("state", "已报送的典型案例不能修改");
        }
        write(title, summary, lessons, tags, now);
    }

    private void write(String title, String summary, String lessons, List<String> tags, Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        String t = text(v, "title", title, MAX_TITLE, "请填写案例标题");
        String s = text(v, "summary", summary, MAX_SUMMARY, "请填写案情简介");
        String l = text(v, "lessons", lessons, MAX_LESSONS, "请填写警示意义");
        LinkedHashSet<String> tagSet = new LinkedHashSet<>();
        List<String> given = tags == null ? List.of() : tags;
        for (int i = 0; i < given.size(); i++) {
            String g = given.get(i) == null ? "" : given.get(i).strip();
            if (g.isEmpty()) {
                continue;
            }
            if (g.length() > MAX_TAG || g.contains(",") || g.contains(",")) {
                v.add(new FieldViolation("tags[" + i + "]", "每个标签不超过" + MAX_TAG + "字,且不含逗号"));
            }
            tagSet.add(g);
        }
        if (tagSet.isEmpty()) {
            v.add(new FieldViolation("tags", "请至少填写一个标签"));
        } else if (tagSet.size() > MAX_TAGS) {
            v.add(new FieldViolation("tags", "标签不超过" + MAX_TAGS + "个"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.title = t;
        this.summary = s;
        this.lessons = l;
        this.tags = String.join(",", tagSet);
        this.updatedAt = now;
    }

    private static String text(List<FieldViolation> v, String field, String value, int max, String missing) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            v.add(new FieldViolation(field, missing));
        } else if (s.length() > max) {
            v.add(new FieldViolation(field, "不超过" + max + "字"));
        }
        return s;
    }

    /** 报送 to the level above ({@code to}, the office's parent region). */
    public void submit(String to, String toName, String by, LocalDate today, Instant now) {
        if (state != TypicalCaseState.DRAFT && state != TypicalCaseState.RETURNED) {
            throw new InvalidInputException("state", "典型案例已报送");
        }
        this.state = TypicalCaseState.SUBMITTED;
        this.submittedTo = to;
        this.submittedToName = toName;
        this.submittedOn = today;
        this.submittedByName = by;
        this.reviewedOn = null;
        this.reviewedByName = null;
        this.updatedAt = now;
    }

    /** 采用, by the office it was submitted to. */
    public void accept(String by, LocalDate today, Instant now) {
        requireSubmitted();
        this.state = TypicalCaseState.ACCEPTED;
        this.reviewedOn = today;
        this.reviewedByName = by;
        this.returnReason = null;
        this.updatedAt = now;
    }

    /** 退回 with a reason, by the office it was submitted to. */
    public void giveBack(String reason, String by, LocalDate today, Instant now) {
        requireSubmitted();
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "请填写退回理由(不超过" + MAX_REASON + "字)");
        }
        this.state = TypicalCaseState.RETURNED;
        this.reviewedOn = today;
        this.reviewedByName = by;
        this.returnReason = r;
        this.updatedAt = now;
    }

    /** 发布 to the offices below the accepting office. */
    public void publish(String by, LocalDate today, Instant now) {
        if (state != TypicalCaseState.ACCEPTED) {
            throw new InvalidInputException("state", state == TypicalCaseState.PUBLISHED ? "典型案例已发布"
                    : "典型案例采用后才能发布");
        }
        this.state = TypicalCaseState.PUBLISHED;
        this.publishedOn = today;
        this.publishedByName = by;
        this.updatedAt = now;
    }

    private void requireSubmitted() {
        if (state != TypicalCaseState.SUBMITTED) {
            throw new InvalidInputException("state", "只有已报送的典型案例可以采用或退回");
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("caseId", caseId);
        s.put("title", title);
        s.put("tags", tags);
        s.put("state", state.name());
        s.put("submittedTo", submittedTo);
        s.put("returnReason", returnReason);
        return s;
    }

    public List<String> tagList() {
        return tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public UUID getId() { return id; }
    public UUID getCaseId() { return caseId; }
    public UUID getEnterpriseId() { return enterpriseId; }
    public String getEnterpriseName() { return enterpriseName; }
    public SectorSet getSectors() { return sectors; }
    public String getOfficeCode() { return officeCode; }
    public String getOfficeName() { return officeName; }
    public String getCaseTitle() { return caseTitle; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getLessons() { return lessons; }
    public TypicalCaseState getState() { return state; }
    public String getSubmittedTo() { return submittedTo; }
    public String getSubmittedToName() { return submittedToName; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public String getSubmittedByName() { return submittedByName; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public String getReviewedByName() { return reviewedByName; }
    public String getReturnReason() { return returnReason; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getPublishedByName() { return publishedByName; }
    public Long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
}
