package org.zhiben.risk.inventory;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhiben.common.NotFoundException;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;

/**
 * Who may read and write an enterprise's inventory. Reading follows the directory's scope (the enterprise's own
 * users, officials in jurisdiction, administrators): anything else is 404, so existence never leaks. Writing is for
 * the enterprise's principal and safety manager; others who can read get 403.
 */
@Component
public class InventoryAccess {

    private final Enterprises enterprises;
    private final RiskChangeTracker changes;

    InventoryAccess(Enterprises enterprises, RiskChangeTracker changes) {
        this.enterprises = enterprises;
        this.changes = changes;
    }

    public EnterpriseSummary readable(UUID enterpriseId) {
        return enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
    }

    public EnterpriseSummary writable(UUID enterpriseId) {
        EnterpriseSummary enterprise = readable(enterpriseId);
        if (!mayEdit(enterpriseId)) {
            throw new AccessDeniedException("只有本企业的主要负责人和安全管理人员可以维护风险清单");
        }
        changes.touched(enterpriseId, enterprise.regionCode());
        return enterprise;
    }

    /** A record whose enterprise the caller may read; otherwise 404 as if it did not exist. */
    public <T extends InventoryRecord> T readable(Optional<T> record, String what) {
        return record.filter(r -> enterprises.find(r.getEnterpriseId()).isPresent())
                .orElseThrow(() -> new NotFoundException(what));
    }

    public <T extends InventoryRecord> T writable(Optional<T> record, String what) {
        T found = readable(record, what);
        writable(found.getEnterpriseId());
        return found;
    }

    /** The enterprise if the caller may read it. */
    public Optional<EnterpriseSummary> find(UUID enterpriseId) {
        return enterprises.find(enterpriseId);
    }

    public boolean mayEdit(UUID enterpriseId) {
        return DataScopes.currentUser().filter(me -> me.managerOf(enterpriseId)).isPresent();
    }
}
