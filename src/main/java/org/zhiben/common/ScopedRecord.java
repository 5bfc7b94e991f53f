package org.zhiben.common;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Persistable;

/**
 * The columns every record that a data scope filters carries: a time-ordered id, the enterprise it belongs to, that
 * enterprise's region code and sectors (copied when the record is written, so scope queries need no join), an
 * optimistic-lock version and the creation and last-change times. Table columns: {@code id, enterprise_id,
 * region_code, sectors, version, created_at, updated_at}.
 */
@MappedSuperclass
public abstract class ScopedRecord implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "enterprise_id", nullable = false, updatable = false)
    private UUID enterpriseId;

    @Column(name = "region_code", nullable = false, length = 12)
    private String regionCode;

    @Convert(converter = SectorSet.Jpa.class)
    @Column(name = "sectors", nullable = false, length = 200)
    private SectorSet sectors = SectorSet.EMPTY;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Ids are assigned here, so the repository is told a new record apart without a select. */
    @Transient
    private boolean fresh;

    protected ScopedRecord() {
    }

    /** A new record of {@code enterpriseId}, placed where the enterprise is (region and sectors) at {@code now}. */
    protected ScopedRecord(UUID enterpriseId, String regionCode, SectorSet sectors, Instant now) {
        this.id = Ids.newId();
        this.enterpriseId = Objects.requireNonNull(enterpriseId, "enterpriseId");
        this.regionCode = Objects.requireNonNull(regionCode, "regionCode");
        this.sectors = sectors == null ? SectorSet.EMPTY : sectors;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
        this.fresh = true;
    }

    /**
     * A new record of a unit outside the enterprise registry (a village, a school run by a department, a household):
     * no enterprise id, so only officials whose jurisdiction covers {@code regionCode} (and administrators) see it.
     * The entity maps {@code enterprise_id} as nullable ({@code @AttributeOverride}).
     */
    protected ScopedRecord(String regionCode, SectorSet sectors, Instant now) {
        this.id = Ids.newId();
        this.regionCode = Objects.requireNonNull(regionCode, "regionCode");
        this.sectors = sectors == null ? SectorSet.EMPTY : sectors;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
        this.fresh = true;
    }

    @PostPersist
    @PostLoad
    void stored() {
        this.fresh = false;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    /** Marks the time of a change; {@code VersionedChanges} calls it for every change it applies. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public SectorSet getSectors() {
        return sectors;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ScopedRecord other && Hibernate.getClass(this) == Hibernate.getClass(other)
                && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
