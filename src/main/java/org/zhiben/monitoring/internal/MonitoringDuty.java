package org.zhiben.monitoring.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;
import org.zhiben.monitoring.MonitoredKind;

/** An enterprise that must be monitored, and why (seed 003's kinds). */
@Entity
@Table(name = "monitoring_duty")
public class MonitoringDuty extends ScopedRecord {

    @Enumerated(EnumType.STRING)
    private MonitoredKind kind;

    protected MonitoringDuty() {
    }

    public MonitoringDuty(UUID enterpriseId, String regionCode, SectorSet sectors, MonitoredKind kind, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        this.kind = kind;
    }

    public MonitoredKind getKind() {
        return kind;
    }
}
