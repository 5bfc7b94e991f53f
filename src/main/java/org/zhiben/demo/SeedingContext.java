package org.zhiben.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo runners seed through the modules' services inside one transaction each, so Hibernate's persistence
 * context grows with every record, and every query a service makes first dirty-checks all of it (auto-flush): the
 * seeding got quadratic. {@link #settle()} between two service calls writes what is pending and empties the
 * context; the services load what they need again, every rule still applies, the transaction stays one.
 */
@Component
@ConditionalOnProperty(name = "zhiben.demo.enabled", havingValue = "true")
class SeedingContext {

    @PersistenceContext
    private EntityManager entityManager;

    /** Writes the pending changes and detaches every entity; call only between complete service calls. */
    void settle() {
        entityManager.flush();
        entityManager.clear();
    }
}
