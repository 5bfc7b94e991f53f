package org.zhiben.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.zhiben.common.Ids;
import org.zhiben.common.SectorSet;

/**
 * A 双随机 draw, written once and never changed ({@link Immutable}: Hibernate issues no update for it): the seed, the
 * candidate lists in canonical order and the exclusions with their reasons (JSON arrays), and the result. A region
 * record: visible in its region, its ancestors' jurisdictions and, published, to anybody.
 */
@Entity
@Immutable
@Table(name = "enforcement_draw")
public class Draw {

    @Id
    private UUID id;
    @Column(name = "region_code")
    private String regionCode;
    @Convert(converter = SectorSet.Jpa.class)
    private SectorSet sectors;
    private String title;
    @Column(name = "item_id")
    private UUID itemId;
    private String seed;
    @Column(name = "enterprise_count")
    private int enterpriseCount;
    @Column(name = "officer_count")
    private int officerCount;
    @Column(name = "enterprise_candidates")
    private String enterpriseCandidates;
    @Column(name = "officer_candidates")
    private String officerCandidates;
    private String exclusions;
    @Column(name = "drawn_enterprises")
    private String drawnEnterprises;
    @Column(name = "drawn_officers")
    private String drawnOfficers;
    @Column(name = "drawn_by_name")
    private String drawnByName;
    @Column(name = "drawn_at")
    private Instant drawnAt;
    /** The annual plan the draw was made under, and the supervision category it drew for (both optional). */
    @Column(name = "plan_id")
    private UUID planId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private org.zhiben.enforcement.SupervisionCategory category;
    @Version
    private Long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Draw() {
    }

    public Draw(String regionCode, SectorSet sectors, String title, UUID itemId, String seed, int enterpriseCount,
            int officerCount, String enterpriseCandidates, String officerCandidates, String exclusions,
            String drawnEnterprises, String drawnOfficers, String drawnByName, Instant now) {
        this.id = Ids.newId();
        this.regionCode = regionCode;
        this.sectors = sectors;
        this.title = title;
        this.itemId = itemId;
        this.seed = seed;
        this.enterpriseCount = enterpriseCount;
        this.officerCount = officerCount;
        this.enterpriseCandidates = enterpriseCandidates;
        this.officerCandidates = officerCandidates;
        this.exclusions = exclusions;
        this.drawnEnterprises = drawnEnterprises;
        this.drawnOfficers = drawnOfficers;
        this.drawnByName = drawnByName;
        this.drawnAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Before the draw is first saved: the plan it is made under and the category it draws for. */
    public void underPlan(UUID planId, org.zhiben.enforcement.SupervisionCategory category) {
        if (createdAt != null && version != null) {
            throw new IllegalStateException("抽取结果不可更改");
        }
        this.planId = planId;
        this.category = category;
    }

    public UUID getId() { return id; }
    public UUID getPlanId() { return planId; }
    public org.zhiben.enforcement.SupervisionCategory getCategory() { return category; }
    public String getRegionCode() { return regionCode; }
    public SectorSet getSectors() { return sectors; }
    public String getTitle() { return title; }
    public UUID getItemId() { return itemId; }
    public String getSeed() { return seed; }
    public int getEnterpriseCount() { return enterpriseCount; }
    public int getOfficerCount() { return officerCount; }
    public String getEnterpriseCandidates() { return enterpriseCandidates; }
    public String getOfficerCandidates() { return officerCandidates; }
    public String getExclusions() { return exclusions; }
    public String getDrawnEnterprises() { return drawnEnterprises; }
    public String getDrawnOfficers() { return drawnOfficers; }
    public String getDrawnByName() { return drawnByName; }
    public Instant getDrawnAt() { return drawnAt; }
}
