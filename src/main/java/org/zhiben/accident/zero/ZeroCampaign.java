package org.zhiben.accident.zero;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.zhiben.common.Ids;

/**
 * A 零事故 creation campaign of one issuing government (its region): base date, years, definition of zero, the
 * yearly targets per group and the reporting calendar. Checked by {@link ZeroAccidents} before it is built.
 */
@Entity
@Table(name = "accident_zero_campaign")
class ZeroCampaign {

    @Id
    private UUID id;
    @Column(name = "region_code")
    private String regionCode;
    private String issuer;
    private String title;
    @Column(name = "document_no")
    private String documentNo;
    @Column(name = "base_date")
    private LocalDate baseDate;
    @Enumerated(EnumType.STRING)
    private ZeroDefinition definition;
    @Column(name = "first_year")
    private int firstYear;
    @Column(name = "last_year")
    private int lastYear;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "accident_zero_target", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("targetYear, unitGroup")
    private List<Target> targets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "accident_zero_deadline", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("dueDate, code")
    private List<Due> deadlines = new ArrayList<>();

    protected ZeroCampaign() {
    }

    ZeroCampaign(String regionCode, String issuer, String title, String documentNo, LocalDate baseDate,
            ZeroDefinition definition, int firstYear, int lastYear, List<ZeroAccidents.TargetData> targets,
            List<Deadline> calendar, Instant now) {
        this.id = Ids.newId();
        this.regionCode = regionCode;
        this.issuer = issuer;
        this.title = title;
        this.documentNo = documentNo;
        this.baseDate = baseDate;
        this.definition = definition;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        targets.forEach(t -> this.targets.add(new Target(t.year(), t.group(), t.percent())));
        calendar.forEach(d -> this.deadlines.add(new Due(d.code(), d.kind(), d.title(), d.dueDate())));
        this.createdAt = now;
        this.updatedAt = now;
    }

    void change(ZeroDefinition definition, List<ZeroAccidents.TargetData> targets, Instant now) {
        if (definition != null) {
            this.definition = definition;
        }
        if (targets != null) {
            this.targets.clear();
            targets.forEach(t -> this.targets.add(new Target(t.year(), t.group(), t.percent())));
        }
        this.updatedAt = now;
    }

    /** The target of {@code group} for {@code year}, if the campaign set one. */
    Optional<BigDecimal> target(int year, UnitGroup group) {
        return targets.stream().filter(t -> t.targetYear == year && t.unitGroup == group).map(t -> t.percent).findFirst();
    }

    Optional<Deadline> deadline(String code) {
        return calendar().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    List<Deadline> calendar() {
        return deadlines.stream().map(d -> new Deadline(d.code, d.kind, d.title, d.dueDate)).toList();
    }

    List<ZeroAccidents.TargetData> targetData() {
        return targets.stream().map(t -> new ZeroAccidents.TargetData(t.targetYear, t.unitGroup, t.percent)).toList();
    }

    boolean coversYear(int year) {
        return year >= firstYear && year <= lastYear;
    }

    UUID getId() { return id; }
    String getRegionCode() { return regionCode; }
    String getIssuer() { return issuer; }
    String getTitle() { return title; }
    String getDocumentNo() { return documentNo; }
    LocalDate getBaseDate() { return baseDate; }
    ZeroDefinition getDefinition() { return definition; }
    int getFirstYear() { return firstYear; }
    int getLastYear() { return lastYear; }
    long getVersion() { return version; }

    @Embeddable
    static class Target {
        @Column(name = "target_year")
        private int targetYear;
        @Enumerated(EnumType.STRING)
        @Column(name = "unit_group")
        private UnitGroup unitGroup;
        private BigDecimal percent;

        protected Target() {
        }

        Target(int year, UnitGroup group, BigDecimal percent) {
            this.targetYear = year;
            this.unitGroup = group;
            this.percent = percent;
        }
    }

    @Embeddable
    static class Due {
        private String code;
        @Enumerated(EnumType.STRING)
        private Deadline.Kind kind;
        private String title;
        @Column(name = "due_date")
        private LocalDate dueDate;

        protected Due() {
        }

        Due(String code, Deadline.Kind kind, String title, LocalDate dueDate) {
            this.code = code;
            this.kind = kind;
            this.title = title;
            this.dueDate = dueDate;
        }
    }
}
