package org.zhiben.risk.majorsource;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.StaleVersionException;
import org.zhiben.risk.inventory.AnalysisObject;
import org.zhiben.risk.inventory.AnalysisObjectRepository;
import org.zhiben.risk.inventory.AnalysisUnit;
import org.zhiben.risk.inventory.AnalysisUnitRepository;
import org.zhiben.risk.inventory.InventoryAccess;
import org.zhiben.risk.inventory.InventoryRecord;

/**
 * GB 18218 major hazard sources per analysis unit: the substance inventory and outside population with the stored
 * S, R, α and level (recomputed with {@link MajorHazardCalculator} on every change), and the 包保责任制 (three named
 * holders). Scope as the inventory: the enterprise's principal and safety manager write, its workers, officials in
 * jurisdiction and administrators read, anyone else gets 404. Each save is one transaction with an audit entry
 * (before/after) and is based on the version it read.
 */
@NamedInterface("majorsource")
@Service
public class MajorHazardSources {

    static final String ENTITY = "RiskMajorHazardSource";
    private static final VersionedChanges.Subject<MajorHazardSource> SOURCE = InventoryRecord.subject(ENTITY);

    private final MajorHazardSourceRepository sources;
    private final AnalysisUnitRepository units;
    private final AnalysisObjectRepository objects;
    private final MajorHazardCalculator calculator;
    private final InventoryAccess access;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final Clock clock;

    MajorHazardSources(MajorHazardSourceRepository sources, AnalysisUnitRepository units,
            AnalysisObjectRepository objects, MajorHazardCalculator calculator, InventoryAccess access,
            AuditTrail audit, VersionedChanges changes, Clock clock) {
        this.sources = sources;
        this.units = units;
        this.objects = objects;
        this.calculator = calculator;
        this.access = access;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    /** The unit's record, or an empty one (not {@code recorded}, version 0) when nothing is saved yet. */
    @Transactional(readOnly = true)
    public MajorHazardSourceView of(UUID unitId) {
        AnalysisUnit unit = access.readable(units.findById(unitId), "风险分析单元");
        return view(unit, sources.findByUnitId(unitId).orElse(null));
    }

    public boolean canEdit(UUID enterpriseId) {
        return access.mayEdit(enterpriseId);
    }

    /**
     * Saves the unit's inventory, population, declaration and holders and recomputes S, R, α and the level.
     * {@code expectedVersion}: the version read (0 or null for a unit with nothing saved yet).
     */
    @Transactional
    public MajorHazardSourceView save(UUID unitId, Long expectedVersion, MajorHazardSourceData data) {
        AnalysisUnit unit = access.writable(units.findById(unitId), "风险分析单元");
        MajorHazardSource source = sources.findByUnitId(unitId).orElse(null);
        if (source == null) {
            if (expectedVersion != null && expectedVersion != 0) {
                throw new StaleVersionException();
            }
            source = MajorHazardSource.create(unit, data, calculator, clock.instant());
            sources.saveAndFlush(source);
            audit.record(AuditRecord.created(ENTITY, source.getId(), "登记重大危险源辨识 " + unit.getName(),
                    source.snapshot()));
        } else {
            if (expectedVersion == null) {
                throw new StaleVersionException();
            }
            changes.apply(SOURCE, source, expectedVersion, "UPDATE", "修改重大危险源辨识 " + unit.getName(),
                    s -> s.revise(data, calculator, clock.instant()));
        }
        return view(unit, source);
    }

    /**
     * The enterprise's major hazard sources: units with a record that makes them one, and units under a flagged
     * object (recorded or not). Those with {@code holdersIncomplete} are the "包保责任人不全" list.
     */
    @Transactional(readOnly = true)
    public List<MajorHazardSourceView> ofEnterprise(UUID enterpriseId) {
        access.readable(enterpriseId);
        Map<UUID, MajorHazardSource> byUnit = sources.findByEnterpriseIdOrderByCreatedAtAscIdAsc(enterpriseId).stream()
                .collect(Collectors.toMap(MajorHazardSource::getUnitId, Function.identity()));
        List<MajorHazardSourceView> result = new ArrayList<>();
        for (AnalysisObject o : objects.findByEnterpriseIdOrderByCreatedAtAscIdAsc(enterpriseId)) {
            for (AnalysisUnit u : o.getUnits()) {
                MajorHazardSource s = byUnit.get(u.getId());
                if (o.isMajorHazardSource() || (s != null && s.isMajorSource(false))) {
                    result.add(view(u, s));
                }
            }
        }
        return result;
    }

    private MajorHazardSourceView view(AnalysisUnit unit, MajorHazardSource s) {
        AnalysisObject o = unit.getObject();
        boolean flagged = o.isMajorHazardSource();
        if (s == null) {
            return new MajorHazardSourceView(unit.getId(), unit.getName(), o.getId(), o.getName(),
                    o.getHazardSourceCode(), unit.getEnterpriseId(), flagged, false, 0, 0, List.of(), BigDecimal.ZERO,
                    BigDecimal.ZERO, null, null, false, flagged, false, SafetyHolder.NONE, SafetyHolder.NONE,
                    SafetyHolder.NONE, false, flagged, null);
        }
        boolean majorSource = s.isMajorSource(flagged);
        boolean complete = s.holdersComplete();
        return new MajorHazardSourceView(unit.getId(), unit.getName(), o.getId(), o.getName(), o.getHazardSourceCode(),
                unit.getEnterpriseId(), flagged, true, s.getVersion(), s.getOutsidePopulation(), s.substances(),
                s.getSum(), s.getR(), s.getAlpha(), s.getLevel(), s.isMajor(), majorSource, s.isDeclared(),
                s.getPrincipal(), s.getTechnical(), s.getOperation(), complete, majorSource && !complete,
                s.getUpdatedAt());
    }
}
