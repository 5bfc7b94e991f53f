package org.zhiben.enforcement.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.SectorSet;
import org.zhiben.enforcement.PlanState;
import org.zhiben.enforcement.SupervisionCategory;

/**
 * 年度执法检查计划 of one enforcement office (its jurisdiction's code) and year: the 双随机 checks per supervision
 * category — {@link #plannedChecks} of the category's objects, counted from the object directory when the plan is
 * drafted, revised or filed — and the key inspections (重点检查) of named enterprises by month. A draft may be revised;
 * filing (备案, to the level above) freezes it; publishing (公示) makes it public. A region record, like a draw.
 */
@Entity
@Table(name = "enforcement_plan")
public class AnnualPlan {

    public static final int MAX_TARGETS = 500;

    @Id
    private UUID id;
    @Column(name = "region_code")
    private String regionCode;
    @Convert(converter = SectorSet.Jpa.class)
    private SectorSet sectors;
    @Column(name = "office_name")
    private String officeName;
    @Column(name = "plan_year")
    private int year;
    private String title;
    private String note;
    @Enumerated(EnumType.STRING)
    private PlanState state;
    @Column(name = "counted_on")
    private LocalDate countedOn;
    @Column(name = "filed_to")
    private String filedTo;
    @Column(name = "filed_on")
    private LocalDate filedOn;
    @Column(name = "filed_by_name")
    private String filedByName;
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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enforcement_plan_category", joinColumns = @JoinColumn(name = "plan_id"))
    private List<CategoryLine> categories = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enforcement_plan_target", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Target> targets = new ArrayList<>();

    /** One category's line: share per round, rounds per year, the objects counted and the checks planned. */
    @Embeddable
    public record CategoryLine(@Enumerated(EnumType.STRING) SupervisionCategory category,
            @Column(name = "share_percent") int sharePercent, int rounds, @Column(name = "object_count") int objectCount,
            @Column(name = "planned_checks") int plannedChecks) {
    }

    /** A key inspection: the enterprise, the month planned (1–12), the reason. */
    @Embeddable
    public record Target(@Column(name = "enterprise_id") UUID enterpriseId,
            @Column(name = "enterprise_name") String enterpriseName, @Column(name = "planned_month") int month,
            String reason) {
    }

    /** A category's share and rounds as asked, with the objects counted in the directory. */
    public record Share(SupervisionCategory category, int sharePercent, int rounds, long objects) {
    }

    protected AnnualPlan() {
    }

    /**
     * The 双随机 checks a category needs in a year: every round draws {@code sharePercent} % of its objects, rounded
     * up (a category with objects and a share above zero draws at least one), times the rounds per year.
     */
    public static int plannedChecks(long objects, int sharePercent, int rounds) {
        if (objects < 0 || sharePercent < 0 || sharePercent > 100 || rounds < 0 || rounds > 12) {
            throw new IllegalArgumentException("objects " + objects + ", share " + sharePercent + ", rounds " + rounds);
        }
        long perRound = (objects * sharePercent + 99) / 100;
        return Math.toIntExact(perRound * rounds);
    }

    public static AnnualPlan draft(String regionCode, SectorSet sectors, String officeName, int year, String title,
            String note, List<Share> shares, List<Target> targets, LocalDate today, Instant now) {
        AnnualPlan p = new AnnualPlan();
        p.id = Ids.newId();
        p.regionCode = regionCode;
        p.sectors = sectors == null ? SectorSet.EMPTY : sectors;
        p.officeName = officeName;
        p.state = PlanState.DRAFT;
        p.createdAt = now;
        p.set(year, title, note, shares, targets, today, now);
        return p;
    }

    /** Revises a draft (the caller has recounted the objects). */
    public void revise(int year, String title, String note, List<Share> shares, List<Target> targets, LocalDate today,
            Instant now) {
        requireState(PlanState.DRAFT, "计划已备案,不能再修改");
        set(year, title, note, shares, targets, today, now);
    }

    private void set(int year, String title, String note, List<Share> shares, List<Target> targets, LocalDate today,
            Instant now) {
        List<FieldViolation> v = new ArrayList<>();
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 200) {
            v.add(new FieldViolation("title", "请填写计划名称(不超过200字)"));
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 2000) {
            v.add(new FieldViolation("note", "说明不超过2000字"));
        }
        if (year < today.getYear() - 1 || year > today.getYear() + 1) {
            v.add(new FieldViolation("year", "计划年度应为" + (today.getYear() - 1) + "至" + (today.getYear() + 1) + "年"));
        }
        for (Share s : shares) {
            String f = "categories[" + s.category().name() + "]";
            if (s.sharePercent() < 0 || s.sharePercent() > 100) {
                v.add(new FieldViolation(f + ".sharePercent", "抽查比例应为0至100(%)"));
            }
            if (s.rounds() < 0 || s.rounds() > 12) {
                v.add(new FieldViolation(f + ".rounds", "抽查频次应为每年0至12次"));
            }
        }
        if (targets.size() > MAX_TARGETS) {
            v.add(new FieldViolation("targets", "重点检查对象不超过" + MAX_TARGETS + "家"));
        }
        List<UUID> seen = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target x = targets.get(i);
            if (x.month() < 1 || x.month() > 12) {
                v.add(new FieldViolation("targets[" + i + "].month", "计划检查月份应为1至12"));
            }
            if (x.reason() == null || x.reason().isBlank() || x.reason().strip().length() > 200) {
                v.add(new FieldViolation("targets[" + i + "].reason", "请填写列为重点检查的理由(不超过200字)"));
            }
            if (seen.contains(x.enterpriseId())) {
                v.add(new FieldViolation("targets[" + i + "].enterpriseId", "同一单位不能重复列入重点检查"));
            }
            seen.add(x.enterpriseId());
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.year = year;
        this.title = t;
        this.note = n;
        recount(shares, today);
        this.targets.clear();
        targets.forEach(x -> this.targets.add(new Target(x.enterpriseId(), x.enterpriseName(), x.month(),
                x.reason().strip())));
        this.updatedAt = now;
    }

    private void recount(List<Share> shares, LocalDate today) {
        this.categories.clear();
        shares.stream().sorted(Comparator.comparing(Share::category)).forEach(s -> this.categories.add(
                new CategoryLine(s.category(), s.sharePercent(), s.rounds(), Math.toIntExact(s.objects()),
                        plannedChecks(s.objects(), s.sharePercent(), s.rounds()))));
        this.countedOn = today;
    }

    /** 备案: the counts are taken once more and frozen; the plan goes to the level above. */
    public void file(List<Share> recounted, String filedTo, String by, LocalDate today, Instant now) {
        requireState(PlanState.DRAFT, "计划已备案");
        recount(recounted, today);
        this.state = PlanState.FILED;
        this.filedTo = filedTo;
        this.filedOn = today;
        this.filedByName = by;
        this.updatedAt = now;
    }

    /**
     * 列入执法检查: one more key inspection, in any state — the categories stay as they were counted and frozen; a
     * target added after filing is an amendment the audit trail records. The same unit twice is refused.
     */
    public void addTarget(Target t, Instant now) {
        if (t.month() < 1 || t.month() > 12) {
            throw new InvalidInputException("month", "计划检查月份应为1至12");
        }
        if (t.reason() == null || t.reason().isBlank() || t.reason().strip().length() > 200) {
            throw new InvalidInputException("reason", "请填写列为重点检查的理由(不超过200字)");
        }
        if (targets.stream().anyMatch(x -> x.enterpriseId().equals(t.enterpriseId()))) {
            throw new InvalidInputException("enterpriseId", "该单位已列入" + year + "年度重点检查");
        }
        if (targets.size() >= MAX_TARGETS) {
            throw new InvalidInputException("enterpriseId", "重点检查对象不超过" + MAX_TARGETS + "家");
        }
        targets.add(new Target(t.enterpriseId(), t.enterpriseName(), t.month(), t.reason().strip()));
        this.updatedAt = now;
    }

    /** 公示. */
    public void publish(String by, LocalDate today, Instant now) {
        requireState(PlanState.FILED, state == PlanState.DRAFT ? "计划须先备案再公示" : "计划已公示");
        this.state = PlanState.PUBLISHED;
        this.publishedOn = today;
        this.publishedByName = by;
        this.updatedAt = now;
    }

    private void requireState(PlanState expected, String message) {
        if (state != expected) {
            throw new InvalidInputException("state", message);
        }
    }

    public int plannedRandomChecks() {
        return categories.stream().mapToInt(CategoryLine::plannedChecks).sum();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("regionCode", regionCode);
        s.put("year", year);
        s.put("title", title);
        s.put("note", note);
        s.put("state", state.name());
        s.put("countedOn", String.valueOf(countedOn));
        s.put("categories", categories.stream().map(c -> c.category().name() + ":" + c.sharePercent() + "%x"
                + c.rounds() + " of " + c.objectCount() + " = " + c.plannedChecks()).toList());
        s.put("targets", targets.stream().map(t -> t.enterpriseId() + "@" + t.month()).toList());
        s.put("filedTo", filedTo);
        return s;
    }

    public UUID getId() { return id; }
    public String getRegionCode() { return regionCode; }
    public SectorSet getSectors() { return sectors; }
    public String getOfficeName() { return officeName; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public String getNote() { return note; }
    public PlanState getState() { return state; }
    public LocalDate getCountedOn() { return countedOn; }
    public String getFiledTo() { return filedTo; }
    public LocalDate getFiledOn() { return filedOn; }
    public String getFiledByName() { return filedByName; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public String getPublishedByName() { return publishedByName; }
    public long getVersion() { return version == null ? 0 : version; }
    public List<CategoryLine> getCategories() { return categories; }
    public List<Target> getTargets() { return targets; }
}
