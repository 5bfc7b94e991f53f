package org.zhiben.common.probe;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.SectorSet;

/** A scoped record of the test-only table {@code test_scope_probe}: what the kernel tests store and query. */
@Entity
@Table(name = "test_scope_probe")
public class ScopeProbe extends ScopedRecord {

    private String label;

    protected ScopeProbe() {
    }

    public ScopeProbe(UUID enterpriseId, String regionCode, SectorSet sectors, String label, Instant now) {
        super(enterpriseId, regionCode, sectors, now);
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public void relabel(String label) {
        this.label = label;
    }
}
