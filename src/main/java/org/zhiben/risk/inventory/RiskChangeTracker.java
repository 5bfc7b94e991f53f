package org.zhiben.risk.inventory;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhiben.risk.EnterpriseRiskChanged;
import org.zhiben.risk.RiskCounts;
import org.zhiben.risk.RiskStatistics;
import org.zhiben.risk.map.UnitLevelCounts;

/**
 * Publishes {@link EnterpriseRiskChanged}: the first write to an enterprise's inventory in a transaction records its
 * counts before; just before commit the changes are flushed, the counts recounted, and the event published when
 * they differ — so listeners write their totals in the same transaction; the module's own per-enterprise levels
 * ({@code risk_enterprise_level}, read by the officials' overview) are written just before.
 */
@Component
class RiskChangeTracker {

    private final UnitLevelCounts counts;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    RiskChangeTracker(UnitLevelCounts counts, ApplicationEventPublisher events, EntityManager entityManager) {
        this.counts = counts;
        this.events = events;
        this.entityManager = entityManager;
    }

    private record Before(String regionCode, RiskCounts counts) {
    }

    @SuppressWarnings("unchecked")
    void touched(UUID enterpriseId, String regionCode) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        Map<UUID, Before> touched = (Map<UUID, Before>) TransactionSynchronizationManager.getResource(this);
        if (touched == null) {
            Map<UUID, Before> map = new LinkedHashMap<>();
            touched = map;
            TransactionSynchronizationManager.bindResource(this, map);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    publish(map);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RiskChangeTracker.this);
                }
            });
        }
        if (!touched.containsKey(enterpriseId)) {
            entityManager.flush();
            touched.put(enterpriseId, new Before(regionCode, count(enterpriseId, regionCode)));
        }
    }

    private RiskCounts count(UUID enterpriseId, String regionCode) {
        return RiskStatistics.of(counts.of(enterpriseId, regionCode));
    }

    private void publish(Map<UUID, Before> touched) {
        entityManager.flush();
        touched.forEach((id, before) -> {
            RiskCounts after = count(id, before.regionCode());
            if (!after.equals(before.counts())) {
                counts.write(id, before.regionCode(), after);
                events.publishEvent(new EnterpriseRiskChanged(id, before.regionCode(), before.counts(), after));
            }
        });
    }
}
