package org.zhiben.risk.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.Ids;

/**
 * What every inventory record carries: a UUIDv7 id, the enterprise and its 12-digit region code (copied at creation,
 * so scope filters and a later distribution by region need no join), a version for optimistic locking, timestamps.
 */
@MappedSuperclass
public abstract class InventoryRecord {

    @Id
    private UUID id;
    @Column(updatable = false)
    private UUID enterpriseId;
    @Column(updatable = false)
    private String regionCode;
    @Version
    private Long version;
    @Column(updatable = false)
    private Instant createdAt;
    private Instant updatedAt;

    protected InventoryRecord() {
    }

    protected InventoryRecord(UUID enterpriseId, String regionCode, Instant now) {
        this.id = Ids.newId();
        this.enterpriseId = enterpriseId;
        this.regionCode = regionCode;
        this.createdAt = now;
        this.updatedAt = now;
    }


    /** The record's fields as the audit trail keeps them. */
    public abstract Map<String, Object> snapshot();

    /** How records of {@code entityType} are changed and audited through {@link VersionedChanges}. */
    public static <R extends InventoryRecord> VersionedChanges.Subject<R> subject(String entityType) {
        return new VersionedChanges.Subject<>(entityType, InventoryRecord::getId, InventoryRecord::getVersion,
                InventoryRecord::snapshot);
    }

    protected void touch(Instant now) {
        updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getEnterpriseId() {
        return enterpriseId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** 0 before the first flush. */
    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
