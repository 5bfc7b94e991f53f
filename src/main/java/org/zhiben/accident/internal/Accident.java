package org.zhiben.accident.internal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.zhiben.accident.AccidentCategories;
import org.zhiben.accident.AccidentFlag;
import org.zhiben.accident.AccidentGrade;
import org.zhiben.accident.AccidentState;
import org.zhiben.accident.Casualties;
import org.zhiben.accident.Grading;
import org.zhiben.accident.InvestigationDeadlines;
import org.zhiben.accident.NewAccident;
import org.zhiben.accident.ReportLevel;
import org.zhiben.accident.ReportingClock;
import org.zhiben.accident.SpecialKind;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InputRules;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.common.Zones;

/**
 * An accident (生产安全事故 or another safety accident) and its life: the first report, supplementary reports that
 * recompute the grade (with history), the reports up the levels, and the investigation from 已报告 to 结案 or 作废.
 * Each method checks the state and the data; the service checks scope and role and goes through the kernel.
 */
@Entity
@Table(name = "accident_accident")
@AttributeOverride(name = "enterpriseId", column = @Column(name = "enterprise_id", updatable = false))
public class Accident extends ScopedRecord {

    static final int MAX_TEXT = 2000;

    @Column(name = "unit_name")
    private String unitName;
    private String place;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "known_at")
    private Instant knownAt;
    @Column(name = "first_reported_at")
    private Instant firstReportedAt;
    @Column(name = "category_scheme")
    private String categoryScheme;
    @Column(name = "category_code")
    private String categoryCode;
    @Column(name = "production_safety")
    private boolean productionSafety;
    @Enumerated(EnumType.STRING)
    @Column(name = "special_kind")
    private SpecialKind specialKind;
    private int deaths;
    private int missing;
    @Column(name = "serious_injuries")
    private int seriousInjuries;
    @Column(name = "direct_loss_yuan")
    private BigDecimal directLossYuan;
    private String summary;
    private String cause;
    private boolean concealed;
    private boolean falsified;
    @Column(name = "late_reported")
    private boolean lateReported;
    private boolean omitted;
    @Enumerated(EnumType.STRING)
    private AccidentGrade grade;
    @Enumerated(EnumType.STRING)
    @Column(name = "first_grade")
    private AccidentGrade firstGrade;
    @Column(name = "grade_basis")
    private String gradeBasis;
    @Enumerated(EnumType.STRING)
    private AccidentState state;
    @Column(name = "void_reason")
    private String voidReason;
    @Column(name = "reported_by")
    private UUID reportedBy;
    @Column(name = "reported_by_name")
    private String reportedByName;
    @Column(name = "reported_city_at")
    private Instant reportedCityAt;
    @Column(name = "reported_province_at")
    private Instant reportedProvinceAt;
    @Column(name = "reported_ministry_at")
    private Instant reportedMinistryAt;
    @Column(name = "investigation_started_at")
    private Instant investigationStartedAt;
    @Column(name = "report_extension_days")
    private int reportExtensionDays;
    @Column(name = "report_extension_reason")
    private String reportExtensionReason;
    @Column(name = "report_extension_approved_by")
    private String reportExtensionApprovedBy;
    @Column(name = "report_submitted_at")
    private Instant reportSubmittedAt;
    @Column(name = "report_late")
    private boolean reportLate;
    @Column(name = "reply_extension_days")
    private int replyExtensionDays;
    @Column(name = "reply_extension_reason")
    private String replyExtensionReason;
    @Column(name = "replied_at")
    private Instant repliedAt;
    @Column(name = "reply_late")
    private boolean replyLate;
    @Column(name = "reply_text")
    private String replyText;
    @Column(name = "rectification_started_at")
    private Instant rectificationStartedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "occurred_year")
    private int occurredYear;
    @Column(name = "overdue_reminded")
    private String overdueReminded = "";

    // few per accident and shown with it everywhere (the clock needs the grade history): loaded with it, in batches
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @JoinColumn(name = "accident_id", nullable = false)
    @OrderBy("seq")
    private List<Supplement> supplements = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @JoinColumn(name = "accident_id", nullable = false)
    @OrderBy("seq")
    private List<AccidentFile> files = new ArrayList<>();

    /** Photos and documents an accident may hold. */
    public static final int MAX_FILES = 30;

    protected Accident() {
    }

    private Accident(UUID enterpriseId, String regionCode, SectorSet sectors, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
    }

    private Accident(String regionCode, SectorSet sectors, Instant now) {
        super(regionCode, sectors, now);
    }

    /** Where the accident happened: a registered enterprise, or a unit outside the registry. */
    public record Unit(UUID enterpriseId, String name, String regionCode, Set<String> sectors) {
    }

    /** A first report, checked: times in order and not in the future, a known category, figures not negative. */
    public static Accident report(NewAccident n, Unit unit, UUID actorId, String actorName, Instant now) {
        List<FieldViolation> errors = new ArrayList<>();
        Instant firstReported = n.firstReportedAt() == null ? now : n.firstReportedAt();
        if (n.occurredAt() == null) {
            errors.add(new FieldViolation("occurredAt", "请填写事故发生时间"));
        } else if (n.occurredAt().isAfter(now)) {
            errors.add(new FieldViolation("occurredAt", "事故发生时间不能晚于现在"));
        } else if (!InputRules.dateAllowed(n.occurredAt().atZone(Zones.CHINA).toLocalDate())) {
            errors.add(new FieldViolation("occurredAt", InputRules.dateWindowMessage()));
        }
        if (n.knownAt() == null) {
            errors.add(new FieldViolation("knownAt", "请填写单位负责人接到报告的时间"));
        } else if (n.occurredAt() != null && n.knownAt().isBefore(n.occurredAt())) {
            errors.add(new FieldViolation("knownAt", "知悉时间不能早于事故发生时间"));
        } else if (n.knownAt().isAfter(now)) {
            errors.add(new FieldViolation("knownAt", "知悉时间不能晚于现在"));
        }
        if (firstReported.isAfter(now)) {
            errors.add(new FieldViolation("firstReportedAt", "首报时间不能晚于现在"));
        } else if (n.knownAt() != null && firstReported.isBefore(n.knownAt())) {
            errors.add(new FieldViolation("firstReportedAt", "首报时间不能早于知悉时间"));
        }
        String scheme = n.categoryScheme() == null || n.categoryScheme().isBlank() ? AccidentCategories.GB_6441_1986
                : n.categoryScheme().strip();
        if (n.categoryCode() == null || n.categoryCode().isBlank()) {
            errors.add(new FieldViolation("categoryCode", "请选择事故类别"));
        } else if (AccidentCategories.find(scheme, n.categoryCode().strip()).isEmpty()) {
            errors.add(new FieldViolation("categoryCode", "未知的事故类别:" + scheme + " " + n.categoryCode()));
        }
        text(errors, "place", n.place(), true, 200, "请填写事故发生地点");
        text(errors, "summary", n.summary(), true, MAX_TEXT, "请填写事故简要经过");
        text(errors, "cause", n.cause(), false, MAX_TEXT, null);
        Casualties c = null;
        try {
            c = new Casualties(zero(n.deaths()), zero(n.missing()), zero(n.seriousInjuries()),
                    n.directLossYuan() == null ? BigDecimal.ZERO : n.directLossYuan());
        } catch (InvalidInputException e) {
            errors.addAll(e.violations());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SectorSet sectors = SectorSet.of(unit.sectors());
        Accident a = unit.enterpriseId() != null ? new Accident(unit.enterpriseId(), unit.regionCode(), sectors, now)
                : new Accident(unit.regionCode(), sectors, now);
        a.unitName = unit.name();
        a.place = n.place().strip();
        a.occurredAt = n.occurredAt();
        a.occurredYear = InvestigationDeadlines.day(n.occurredAt()).getYear();
        a.knownAt = n.knownAt();
        a.firstReportedAt = firstReported;
        a.categoryScheme = scheme;
        a.categoryCode = n.categoryCode().strip();
        a.productionSafety = n.productionSafety() == null || n.productionSafety();
        a.specialKind = n.specialKind() == null ? SpecialKind.NONE : n.specialKind();
        a.summary = n.summary().strip();
        a.cause = blankToNull(n.cause());
        a.reportedBy = actorId;
        a.reportedByName = actorName;
        a.state = AccidentState.REPORTED;
        a.setCasualties(c);
        a.firstGrade = a.grade;
        a.lateReported = ReportingClock.firstReportLate(a.knownAt, firstReported);
        return a;
    }

    // ---------------------------------------------------------------- supplementary reports and the clock

    /** A supplementary report of changed figures: recorded with the grade before and after; late after the window. */
    public Supplement supplement(Casualties c, String note, String actorName, Instant now) {
        if (state.terminal()) {
            throw new InvalidInputException("state", "事故已" + state.label() + ",不能再续报");
        }
        List<FieldViolation> errors = new ArrayList<>();
        text(errors, "note", note, false, MAX_TEXT, null);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AccidentGrade before = grade;
        setCasualties(c);
        Supplement s = new Supplement(supplements.size() + 1, now, actorName, c, blankToNull(note), before, grade,
                ReportingClock.supplementLate(occurredAt, specialKind, now));
        supplements.add(s);
        return s;
    }

    /**
     * Adds photos and documents (already stored and checked by content); at most {@link #MAX_FILES} in all. Files
     * stay after the accident is closed or voided: they are its record.
     */
    public void attach(List<org.zhiben.common.StoredFile> stored, List<String> names, String actorName, Instant now) {
        if (files.size() + stored.size() > MAX_FILES) {
            throw new InvalidInputException("file", "每起事故最多" + MAX_FILES + "个照片和文件,已有" + files.size() + "个");
        }
        for (int i = 0; i < stored.size(); i++) {
            files.add(new AccidentFile(files.size() + 1, stored.get(i), names.get(i), actorName, now));
        }
        touch(now);
    }

    /** Records that {@code level} (city, province or ministry) has received the report, at {@code at}. */
    public void forward(ReportLevel level, Instant at, Instant now) {
        if (state == AccidentState.VOIDED) {
            throw new InvalidInputException("state", "事故已作废");
        }
        if (level == null || level.compareTo(ReportLevel.CITY) < 0 || level.compareTo(ReportLevel.MINISTRY) > 0) {
            throw new InvalidInputException("level", "请选择上报到的层级(市级、省级或国务院安全生产监督管理部门)");
        }
        if (level.compareTo(grade.reportsUpTo()) > 0) {
            throw new InvalidInputException("level", grade.label() + "上报至" + grade.reportsUpTo().label() + "为止");
        }
        if (reportedAt(level) != null) {
            throw new InvalidInputException("level", "已记录上报至" + level.label());
        }
        ReportLevel below = ReportLevel.values()[level.ordinal() - 1];
        Instant previous = below == ReportLevel.COUNTY ? firstReportedAt : reportedAt(below);
        if (previous == null) {
            throw new InvalidInputException("level", "请先记录上报至" + below.label());
        }
        if (at.isAfter(now)) {
            throw new InvalidInputException("at", "上报时间不能晚于现在");
        }
        if (at.isBefore(previous)) {
            throw new InvalidInputException("at", "上报时间不能早于" + below.label() + "收到报告的时间");
        }
        switch (level) {
            case CITY -> reportedCityAt = at;
            case PROVINCE -> reportedProvinceAt = at;
            default -> reportedMinistryAt = at;
        }
    }

    public List<ReportingClock.Step> clock(Instant now) {
        Map<ReportLevel, Instant> forwarded = new EnumMap<>(ReportLevel.class);
        for (ReportLevel l : List.of(ReportLevel.CITY, ReportLevel.PROVINCE, ReportLevel.MINISTRY)) {
            if (reportedAt(l) != null) {
                forwarded.put(l, reportedAt(l));
            }
        }
        List<ReportingClock.GradeAt> grades = new ArrayList<>();
        grades.add(new ReportingClock.GradeAt(firstReportedAt, firstGrade));
        for (Supplement s : supplements) {
            if (s.getGradeAfter() != s.getGradeBefore()) {
                grades.add(new ReportingClock.GradeAt(s.getReportedAt(), s.getGradeAfter()));
            }
        }
        return ReportingClock.steps(knownAt, firstReportedAt, forwarded, grades, now);
    }

    /** The report-up steps overdue at {@code now} and not reminded yet; they are marked reminded. */
    public List<ReportingClock.Step> takeNewlyOverdue(Instant now) {
        if (state == AccidentState.VOIDED) {
            return List.of();
        }
        List<ReportingClock.Step> overdue = new ArrayList<>();
        for (ReportingClock.Step s : clock(now)) {
            String mark = "," + s.to().name() + ",";
            if (s.status() == ReportingClock.Status.OVERDUE && !("," + overdueReminded + ",").contains(mark)) {
                overdue.add(s);
                overdueReminded = overdueReminded.isEmpty() ? s.to().name() : overdueReminded + "," + s.to().name();
            }
        }
        return overdue;
    }

    public ReportingClock.SupplementWindow supplementWindow(Instant now) {
        return ReportingClock.supplementWindow(occurredAt, specialKind, now);
    }

    /** An official's finding about how it was reported (瞒报, 谎报, 迟报, 漏报), set or cleared. */
    public void flag(AccidentFlag flag, boolean value) {
        if (flag == null) {
            throw new InvalidInputException("flag", "请选择标记");
        }
        switch (flag) {
            case CONCEALED -> concealed = value;
            case FALSIFIED -> falsified = value;
            case LATE -> lateReported = value;
            case OMITTED -> omitted = value;
        }
    }

    // ---------------------------------------------------------------- investigation

    public void startInvestigation(Instant now) {
        require(AccidentState.REPORTED, "开始调查");
        investigationStartedAt = now;
        state = AccidentState.INVESTIGATING;
    }

    /** The one extension of the report deadline, at most 60 days, approved by {@code approvedBy}, with a reason. */
    public void extendInvestigation(int days, String reason, String approvedBy) {
        require(AccidentState.INVESTIGATING, "延长调查期限");
        if (reportExtensionDays > 0) {
            throw new InvalidInputException("days", "调查期限只能延长一次");
        }
        if (days < 1 || days > InvestigationDeadlines.MAX_REPORT_EXTENSION) {
            throw new InvalidInputException("days", "延长期限为1至60日");
        }
        List<FieldViolation> errors = new ArrayList<>();
        text(errors, "reason", reason, true, MAX_TEXT, "请说明延期理由");
        text(errors, "approvedBy", approvedBy, true, 200, "请填写批准延期的人民政府");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        reportExtensionDays = days;
        reportExtensionReason = reason.strip();
        reportExtensionApprovedBy = approvedBy.strip();
    }

    public void submitReport(Instant now) {
        require(AccidentState.INVESTIGATING, "提交调查报告");
        reportSubmittedAt = now;
        reportLate = InvestigationDeadlines.late(reportDue(), now);
        state = AccidentState.REPORT_SUBMITTED;
    }

    /** 特别重大 only: the one extension of the reply, at most 30 days, with a reason. */
    public void extendReply(int days, String reason) {
        require(AccidentState.REPORT_SUBMITTED, "延长批复期限");
        if (!InvestigationDeadlines.replyExtendable(grade)) {
            throw new InvalidInputException("days", "只有特别重大事故的批复期限可以延长");
        }
        if (replyExtensionDays > 0) {
            throw new InvalidInputException("days", "批复期限只能延长一次");
        }
        if (days < 1 || days > InvestigationDeadlines.MAX_REPLY_EXTENSION) {
            throw new InvalidInputException("days", "延长期限为1至30日");
        }
        List<FieldViolation> errors = new ArrayList<>();
        text(errors, "reason", reason, true, MAX_TEXT, "请说明延期理由");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        replyExtensionDays = days;
        replyExtensionReason = reason.strip();
    }

    public void reply(String text, Instant now) {
        require(AccidentState.REPORT_SUBMITTED, "批复");
        List<FieldViolation> errors = new ArrayList<>();
        text(errors, "text", text, true, MAX_TEXT, "请填写批复内容");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        replyText = text.strip();
        repliedAt = now;
        replyLate = InvestigationDeadlines.late(replyDue(), now);
        state = AccidentState.REPLIED;
    }

    public void startRectification(Instant now) {
        require(AccidentState.REPLIED, "开始整改");
        rectificationStartedAt = now;
        state = AccidentState.RECTIFYING;
    }

    public void close(Instant now) {
        require(AccidentState.RECTIFYING, "结案");
        closedAt = now;
        state = AccidentState.CLOSED;
    }

    public void voidWith(String reason) {
        if (state.terminal()) {
            throw new InvalidInputException("state", "事故已" + state.label() + ",不能作废");
        }
        List<FieldViolation> errors = new ArrayList<>();
        text(errors, "reason", reason, true, MAX_TEXT, "请说明作废理由");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        voidReason = reason.strip();
        state = AccidentState.VOIDED;
    }

    /** The investigation actions the state allows (an official in scope performs them). */
    public List<org.zhiben.accident.AccidentAction> allowedActions() {
        List<org.zhiben.accident.AccidentAction> actions = new ArrayList<>();
        switch (state) {
            case REPORTED -> actions.add(org.zhiben.accident.AccidentAction.START_INVESTIGATION);
            case INVESTIGATING -> {
                if (reportExtensionDays == 0) {
                    actions.add(org.zhiben.accident.AccidentAction.EXTEND_INVESTIGATION);
                }
                actions.add(org.zhiben.accident.AccidentAction.SUBMIT_REPORT);
            }
            case REPORT_SUBMITTED -> {
                if (InvestigationDeadlines.replyExtendable(grade) && replyExtensionDays == 0) {
                    actions.add(org.zhiben.accident.AccidentAction.EXTEND_REPLY);
                }
                actions.add(org.zhiben.accident.AccidentAction.REPLY);
            }
            case REPLIED -> actions.add(org.zhiben.accident.AccidentAction.START_RECTIFICATION);
            case RECTIFYING -> actions.add(org.zhiben.accident.AccidentAction.CLOSE);
            default -> {
            }
        }
        if (!state.terminal()) {
            actions.add(org.zhiben.accident.AccidentAction.VOID);
        }
        return actions;
    }

    /** The next level the report has to reach (city, province, ministry), or null when it has gone as far as needed. */
    public ReportLevel nextForward() {
        for (ReportLevel l : List.of(ReportLevel.CITY, ReportLevel.PROVINCE, ReportLevel.MINISTRY)) {
            if (l.compareTo(grade.reportsUpTo()) <= 0 && reportedAt(l) == null) {
                return l;
            }
        }
        return null;
    }

    public LocalDate reportDue() {
        return InvestigationDeadlines.reportDue(occurredAt, reportExtensionDays);
    }

    /** The reply's due date once the report is submitted; null before. */
    public LocalDate replyDue() {
        return reportSubmittedAt == null ? null
                : InvestigationDeadlines.replyDue(grade, reportSubmittedAt, replyExtensionDays);
    }

    private void require(AccidentState expected, String what) {
        if (state != expected) {
            throw new InvalidInputException("state", "事故处于“" + state.label() + "”状态,不能" + what);
        }
    }

    private void setCasualties(Casualties c) {
        deaths = c.deaths();
        missing = c.missing();
        seriousInjuries = c.seriousInjuries();
        directLossYuan = c.directLossYuan();
        Grading.Result r = Grading.of(c);
        grade = r.grade();
        gradeBasis = r.basis();
    }

    private Instant reportedAt(ReportLevel level) {
        return switch (level) {
            case CITY -> reportedCityAt;
            case PROVINCE -> reportedProvinceAt;
            case MINISTRY -> reportedMinistryAt;
            default -> null;
        };
    }

    private static int zero(Integer n) {
        return n == null ? 0 : n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void text(List<FieldViolation> errors, String field, String value, boolean required, int max,
            String missingMessage) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldViolation(field, missingMessage));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldViolation(field, "不能超过" + max + "个字符"));
        }
    }

    // ---------------------------------------------------------------- reading

    public Casualties casualties() {
        return new Casualties(deaths, missing, seriousInjuries, directLossYuan);
    }

    public Set<AccidentFlag> flags() {
        Set<AccidentFlag> flags = java.util.EnumSet.noneOf(AccidentFlag.class);
        if (concealed) {
            flags.add(AccidentFlag.CONCEALED);
        }
        if (falsified) {
            flags.add(AccidentFlag.FALSIFIED);
        }
        if (lateReported) {
            flags.add(AccidentFlag.LATE);
        }
        if (omitted) {
            flags.add(AccidentFlag.OMITTED);
        }
        return flags;
    }

    public String getUnitName() { return unitName; }
    public String getPlace() { return place; }
    public Instant getOccurredAt() { return occurredAt; }
    public Instant getKnownAt() { return knownAt; }
    public Instant getFirstReportedAt() { return firstReportedAt; }
    public String getCategoryScheme() { return categoryScheme; }
    public String getCategoryCode() { return categoryCode; }
    public boolean isProductionSafety() { return productionSafety; }
    public SpecialKind getSpecialKind() { return specialKind; }
    public String getSummary() { return summary; }
    public String getCause() { return cause; }
    public AccidentGrade getGrade() { return grade; }
    public AccidentGrade getFirstGrade() { return firstGrade; }
    public String getGradeBasis() { return gradeBasis; }
    public AccidentState getState() { return state; }
    public String getVoidReason() { return voidReason; }
    public UUID getReportedBy() { return reportedBy; }
    public String getReportedByName() { return reportedByName; }
    public Instant getInvestigationStartedAt() { return investigationStartedAt; }
    public int getReportExtensionDays() { return reportExtensionDays; }
    public String getReportExtensionReason() { return reportExtensionReason; }
    public String getReportExtensionApprovedBy() { return reportExtensionApprovedBy; }
    public Instant getReportSubmittedAt() { return reportSubmittedAt; }
    public boolean isReportLate() { return reportLate; }
    public int getReplyExtensionDays() { return replyExtensionDays; }
    public String getReplyExtensionReason() { return replyExtensionReason; }
    public Instant getRepliedAt() { return repliedAt; }
    public boolean isReplyLate() { return replyLate; }
    public String getReplyText() { return replyText; }
    public Instant getRectificationStartedAt() { return rectificationStartedAt; }
    public Instant getClosedAt() { return closedAt; }
    public int getOccurredYear() { return occurredYear; }
    public List<Supplement> getSupplements() { return List.copyOf(supplements); }
    public List<AccidentFile> getFiles() { return List.copyOf(files); }
}
