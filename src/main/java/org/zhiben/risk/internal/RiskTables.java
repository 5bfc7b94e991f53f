package org.zhiben.risk.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.AfterCommit;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.internal.GradingTable.Band;
import org.zhiben.risk.internal.GradingTable.FactorValue;
import org.zhiben.risk.internal.MajorHazardTable.AlphaBand;
import org.zhiben.risk.internal.MajorHazardTable.Category;
import org.zhiben.risk.internal.MajorHazardTable.Substance;

/**
 * The current grading and GB 18218 tables, cached, and the administrator's edits of them. An edit on this node drops
 * the cache when it commits; other nodes notice the changed versions within {@link #RECHECK}.
 */
@Service
public class RiskTables {

    /** Keys of the GB 18218 tables in {@link #versions()}; a scoring method's key is its name (LEC, LS, MES). */
    public static final String CATEGORIES = "GB18218_CATEGORY";
    public static final String SUBSTANCES = "GB18218_SUBSTANCE";
    public static final String ALPHA = "GB18218_ALPHA";

    static final Duration RECHECK = Duration.ofSeconds(30);
    private static final String ENTITY = "RiskTable";

    private record Cached(RiskTableStore.Snapshot snapshot, Instant checkedAt) {
    }

    private final RiskTableStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile Cached cached;

    RiskTables(RiskTableStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    public GradingTable grading() {
        return current().grading();
    }

    public MajorHazardTable majorHazard() {
        return current().majorHazard();
    }

    /** Version of each editable table, for the optimistic check of an edit form. */
    public Map<String, Long> versions() {
        return store.versions();
    }

    private RiskTableStore.Snapshot current() {
        Cached c = cached;
        Instant now = clock.instant();
        if (c != null && now.isBefore(c.checkedAt().plus(RECHECK))) {
            return c.snapshot();
        }
        RiskTableStore.Snapshot snapshot = c != null && c.snapshot().stamp() == store.stamp() ? c.snapshot() : store.load();
        cached = new Cached(snapshot, now);
        return snapshot;
    }

    /**
     * Replaces one method's values and bands; does nothing when they equal the stored ones.
     *
     * @throws org.zhiben.common.InvalidInputException when the edit breaks a rule ({@link GradingTable#with})
     * @throws org.zhiben.common.StaleVersionException when the method was changed since {@code version}
     */
    @Transactional
    public void updateMethod(AssessmentMethod method, long version, List<FactorValue> values, List<Band> bands) {
        GradingTable stored = store.load().grading();
        stored.with(method, values, bands);
        if (stored.values(method).equals(values) && stored.bands(method).equals(bands)) {
            return;
        }
        store.bumpVersion(method.name(), version);
        store.replaceMethod(method, values, bands);
        audit.record(AuditRecord.updated(ENTITY, method.name(), "修改 " + method + " 取值与分级",
                Map.of("values", stored.values(method), "bands", stored.bands(method)),
                Map.of("values", values, "bands", bands)));
        dropCacheAfterCommit();
    }

    /** Categories of GB 18218 ({@link MajorHazardTable#withCategories}). */
    @Transactional
    public void updateCategories(long version, List<Category> categories) {
        MajorHazardTable stored = store.load().majorHazard();
        stored.withCategories(categories);
        if (stored.categories().equals(categories)) {
            return;
        }
        store.bumpVersion(CATEGORIES, version);
        store.replaceCategories(categories);
        audit.record(AuditRecord.updated(ENTITY, CATEGORIES, "修改 GB 18218 危险化学品类别",
                stored.categories(), categories));
        dropCacheAfterCommit();
    }

    /** Named substances of GB 18218 ({@link MajorHazardTable#withSubstances}). */
    @Transactional
    public void updateSubstances(long version, List<Substance> substances) {
        MajorHazardTable stored = store.load().majorHazard();
        stored.withSubstances(substances);
        if (stored.substances().equals(substances)) {
            return;
        }
        store.bumpVersion(SUBSTANCES, version);
        store.replaceSubstances(substances);
        audit.record(AuditRecord.updated(ENTITY, SUBSTANCES, "修改 GB 18218 危险化学品名录",
                stored.substances(), substances));
        dropCacheAfterCommit();
    }

    /** α by outside population ({@link MajorHazardTable#withAlphaBands}). */
    @Transactional
    public void updateAlphaBands(long version, List<AlphaBand> bands) {
        MajorHazardTable stored = store.load().majorHazard();
        MajorHazardTable updated = stored.withAlphaBands(bands);
        if (stored.alphaBands().equals(updated.alphaBands())) {
            return;
        }
        store.bumpVersion(ALPHA, version);
        store.replaceAlphaBands(updated.alphaBands());
        audit.record(AuditRecord.updated(ENTITY, ALPHA, "修改 GB 18218 校正系数α",
                stored.alphaBands(), updated.alphaBands()));
        dropCacheAfterCommit();
    }

    private void dropCacheAfterCommit() {
        AfterCommit.run(() -> cached = null);
    }
}
