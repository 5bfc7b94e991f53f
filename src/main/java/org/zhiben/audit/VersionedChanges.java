package org.zhiben.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.ScopedRecord;
import org.zhiben.common.StaleVersionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The one way a stored record changes: check the version the user saw, apply the change, flush (so a concurrent
 * writer's change surfaces here and not at commit), and write the audit entry with the state before and after. A
 * stale or lost race becomes {@link StaleVersionException}: 409 on the API, the conflict message on a page.
 */
@Service
public class VersionedChanges {

    private final EntityManager entities;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectMapper json;

    VersionedChanges(EntityManager entities, AuditTrail audit, Clock clock, ObjectMapper json) {
        this.entities = entities;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
    }

    /** What is changed and how it reads in the audit trail. */
    public record Subject<T>(String entityType, Function<T, Object> id, Function<T, Object> version,
            Function<T, Object> snapshot) {

        /** Refuses a record that changed since the user saw version {@code expected}. */
        public void requireVersion(T record, long expected) {
            if (((Number) version.apply(record)).longValue() != expected) {
                throw new StaleVersionException();
            }
        }
    }

    /**
     * Applies {@code change} to {@code record} if it still has {@code expectedVersion}; audits it as {@code action}
     * (an upper-case verb such as UPDATE, CONFIRM) with {@code summary}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T apply(Subject<T> subject, T record, long expectedVersion, String action, String summary,
            Consumer<T> change) {
        subject.requireVersion(record, expectedVersion);
        // copied now: a snapshot may hold the entity's live collections, which the change is about to alter
        JsonNode before = json.valueToTree(subject.snapshot().apply(record));
        change.accept(record);
        if (record instanceof ScopedRecord scoped) {
            scoped.touch(clock.instant());
        }
        flush();
        audit.record(new AuditRecord(action, subject.entityType(), String.valueOf(subject.id().apply(record)),
                summary, before, subject.snapshot().apply(record)));
        return record;
    }

    /**
     * Removes {@code record} if it still has {@code expectedVersion}: {@code remove} deletes it (a repository's
     * delete, after any check that it may go); flushed, so a concurrent change is a conflict; audited as DELETE with
     * what it was.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> void delete(Subject<T> subject, T record, long expectedVersion, String summary, Consumer<T> remove) {
        subject.requireVersion(record, expectedVersion);
        JsonNode before = json.valueToTree(subject.snapshot().apply(record));
        remove.accept(record);
        flush();
        audit.record(AuditRecord.deleted(subject.entityType(), subject.id().apply(record), summary, before));
    }

    /**
     * Writes pending changes now; a concurrent update, a row held by another writer past the lock timeout or a lost
     * unique race is a conflict, not a server error.
     */
    public void flush() {
        try {
            entities.flush();
        } catch (OptimisticLockException | OptimisticLockingFailureException e) {
            throw new StaleVersionException();
        } catch (PessimisticLockException | LockTimeoutException e) {
            // another writer held the row past the lock timeout (H2 waits 2 s): the same conflict, seen sooner
            throw new StaleVersionException();
        } catch (PersistenceException | DataIntegrityViolationException e) {
            if (lostUniqueRace(e)) {
                throw new StaleVersionException();
            }
            throw e;
        }
    }

    /** Two writers inserted the same key (a sequence number, a one-per-period row): the later one lost a race. */
    static boolean lostUniqueRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c) {
                return c.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE;
            }
        }
        return false;
    }
}
