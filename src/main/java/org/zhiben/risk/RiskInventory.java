package org.zhiben.risk;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.risk.InventoryTree.EventNode;
import org.zhiben.risk.InventoryTree.ObjectNode;
import org.zhiben.risk.InventoryTree.UnitNode;
import org.zhiben.risk.RiskRollUp.UnitLevel;
import org.zhiben.risk.inventory.AnalysisObject;
import org.zhiben.risk.inventory.AnalysisObjectRepository;
import org.zhiben.risk.inventory.AnalysisUnit;
import org.zhiben.risk.inventory.AnalysisUnitRepository;
import org.zhiben.risk.inventory.AssessmentRepository;
import org.zhiben.risk.inventory.ControlMeasure;
import org.zhiben.risk.inventory.ControlMeasureRepository;
import org.zhiben.risk.inventory.InventoryAccess;
import org.zhiben.risk.inventory.InventoryRecord;
import org.zhiben.risk.inventory.InventoryViews;
import org.zhiben.risk.inventory.RiskEvent;
import org.zhiben.risk.inventory.RiskEventRepository;

/**
 * An enterprise's risk inventory (DOMAIN.md §2): analysis objects → units → events → control measures. Every read
 * and write is scoped: the enterprise's principal and safety manager edit, its workers, officials in jurisdiction
 * and administrators read; for anyone else the records do not exist (404). Each change is one transaction with its
 * audit entry; edits carry the version they were based on (a stale one is refused, never overwritten).
 */
@Service
public class RiskInventory {

    /** Audit entity types of the inventory records (assessments are audited on their event). */
    static final String OBJECT = "RiskAnalysisObject";
    public static final String UNIT = "RiskAnalysisUnit";
    public static final String EVENT = "RiskEvent";
    static final String MEASURE = "RiskControlMeasure";

    private final AnalysisObjectRepository objects;
    private final AnalysisUnitRepository units;
    private final RiskEventRepository events;
    private final ControlMeasureRepository measures;
    private final AssessmentRepository assessments;
    private final InventoryAccess access;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final Records<AnalysisObject> objectRecords;
    private final Records<AnalysisUnit> unitRecords;
    private final Records<RiskEvent> eventRecords;
    private final Records<ControlMeasure> measureRecords;

    RiskInventory(AnalysisObjectRepository objects, AnalysisUnitRepository units, RiskEventRepository events,
            ControlMeasureRepository measures, AssessmentRepository assessments, InventoryAccess access,
            AuditTrail audit, VersionedChanges changes, IdempotentCreates creates, Clock clock,
            ApplicationEventPublisher publisher) {
        this.objects = objects;
        this.units = units;
        this.events = events;
        this.measures = measures;
        this.assessments = assessments;
        this.access = access;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.clock = clock;
        this.publisher = publisher;
        this.objectRecords = new Records<>(objects, OBJECT, "风险分析对象", AnalysisObject::getName);
        this.unitRecords = new Records<>(units, UNIT, "风险分析单元", AnalysisUnit::getName);
        this.eventRecords = new Records<>(events, EVENT, "风险事件", RiskEvent::getDescription);
        this.measureRecords = new Records<>(measures, MEASURE, "管控措施", ControlMeasure::getDescription);
    }

    /** Whether the signed-in user may change this enterprise's inventory. */
    public boolean canEdit(UUID enterpriseId) {
        return access.mayEdit(enterpriseId);
    }

    /** The enterprise's name, if the caller may read its inventory (else 404). */
    @Transactional(readOnly = true)
    public String enterpriseName(UUID enterpriseId) {
        return access.readable(enterpriseId).name();
    }

    @Transactional(readOnly = true)
    public InventoryTree tree(UUID enterpriseId) {
        EnterpriseSummary enterprise = access.readable(enterpriseId);
        List<ObjectNode> nodes = objects.findByEnterpriseIdOrderByCreatedAtAscIdAsc(enterpriseId).stream()
                .map(o -> new ObjectNode(InventoryViews.of(o), o.getUnits().stream()
                        .map(u -> new UnitNode(InventoryViews.of(u), u.getEvents().stream()
                                .map(e -> new EventNode(InventoryViews.of(e),
                                        e.getMeasures().stream().map(InventoryViews::of).toList()))
                                .toList()))
                        .toList()))
                .toList();
        RiskLevel level = nodes.stream().map(n -> n.object().level()).reduce(null, RiskLevel::highest);
        return new InventoryTree(enterprise.id(), enterprise.name(), level, access.mayEdit(enterpriseId), nodes);
    }

    /** The enterprise's level is the highest of its objects; counts are of analysis units (风险点) per level. */
    @Transactional(readOnly = true)
    public RiskRollUp rollUp(UUID enterpriseId) {
        EnterpriseSummary enterprise = access.readable(enterpriseId);
        List<AnalysisObject> all = objects.findByEnterpriseIdOrderByCreatedAtAscIdAsc(enterpriseId);
        List<UnitLevel> unitLevels = all.stream().flatMap(o -> o.getUnits().stream())
                .map(u -> new UnitLevel(u.getId(), u.getName(), u.rollUp())).toList();
        Map<RiskLevel, Long> counts = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            counts.put(level, unitLevels.stream().filter(u -> u.level() == level).count());
        }
        long unassessed = unitLevels.stream().filter(u -> u.level() == null).count();
        RiskLevel level = all.stream().map(AnalysisObject::rollUp).reduce(null, RiskLevel::highest);
        return new RiskRollUp(enterprise.id(), enterprise.name(), level, counts, unassessed, unitLevels);
    }

    // ---- analysis objects

    @Transactional(readOnly = true)
    public Page<AnalysisObjectView> objects(UUID enterpriseId, Pageable pageable) {
        access.readable(enterpriseId);
        return objects.findByEnterpriseId(enterpriseId, pageable).map(InventoryViews::of);
    }

    @Transactional(readOnly = true)
    public AnalysisObjectView object(UUID id) {
        return InventoryViews.of(readable(objectRecords, id));
    }

    /** {@code idempotencyKey} (optional): a retry with the same key returns the first object, creating none. */
    @Transactional
    public UUID addObject(UUID enterpriseId, AnalysisObjectData data, String idempotencyKey) {
        EnterpriseSummary enterprise = access.writable(enterpriseId);
        return creates.once("risk.object", idempotencyKey, List.of(enterpriseId, data), () -> created(
                objectRecords, AnalysisObject.create(enterprise.id(), enterprise.regionCode(), data, clock.instant()))
                .getId());
    }

    @Transactional
    public void updateObject(UUID id, long version, AnalysisObjectData data) {
        update(objectRecords, id, version, data.name(), o -> o.apply(data, clock.instant()));
    }

    @Transactional
    public void deleteObject(UUID id, long version) {
        delete(objectRecords, id, version, AnalysisObject::checkRemovable);
    }

    // ---- analysis units

    @Transactional(readOnly = true)
    public Page<AnalysisUnitView> units(UUID enterpriseId, Pageable pageable) {
        access.readable(enterpriseId);
        return units.findByEnterpriseId(enterpriseId, pageable).map(InventoryViews::of);
    }

    @Transactional(readOnly = true)
    public AnalysisUnitView unit(UUID id) {
        return InventoryViews.of(readable(unitRecords, id));
    }

    @Transactional
    public UUID addUnit(UUID objectId, AnalysisUnitData data, String idempotencyKey) {
        AnalysisObject o = writable(objectRecords, objectId);
        return creates.once("risk.unit", idempotencyKey, List.of(objectId, data),
                () -> created(unitRecords, o.addUnit(data, clock.instant())).getId());
    }

    @Transactional
    public void updateUnit(UUID id, long version, AnalysisUnitData data) {
        update(unitRecords, id, version, data.name(), u -> u.apply(data, clock.instant()));
    }

    @Transactional
    public void deleteUnit(UUID id, long version) {
        delete(unitRecords, id, version, AnalysisUnit::checkRemovable);
    }

    // ---- risk events

    @Transactional(readOnly = true)
    public Page<RiskEventView> events(UUID enterpriseId, Pageable pageable) {
        access.readable(enterpriseId);
        return events.findByEnterpriseId(enterpriseId, pageable).map(InventoryViews::of);
    }

    @Transactional(readOnly = true)
    public RiskEventView event(UUID id) {
        return InventoryViews.of(readable(eventRecords, id));
    }

    @Transactional
    public UUID addEvent(UUID unitId, RiskEventData data, String idempotencyKey) {
        AnalysisUnit u = writable(unitRecords, unitId);
        return creates.once("risk.event", idempotencyKey, List.of(unitId, data),
                () -> created(eventRecords, u.addEvent(data, clock.instant())).getId());
    }

    @Transactional
    public void updateEvent(UUID id, long version, RiskEventData data) {
        update(eventRecords, id, version, data.description(), e -> e.apply(data, clock.instant()));
    }

    @Transactional
    public void deleteEvent(UUID id, long version) {
        delete(eventRecords, id, version, e -> e.checkRemovable(assessments.existsByEventId(id)));
    }

    // ---- control measures

    @Transactional(readOnly = true)
    public Page<ControlMeasureView> measures(UUID enterpriseId, Pageable pageable) {
        access.readable(enterpriseId);
        return measures.findByEnterpriseId(enterpriseId, pageable).map(InventoryViews::of);
    }

    @Transactional(readOnly = true)
    public List<ControlMeasureView> measuresOf(UUID eventId) {
        return readable(eventRecords, eventId).getMeasures().stream()
                .map(InventoryViews::of).toList();
    }

    @Transactional(readOnly = true)
    public ControlMeasureView measure(UUID id) {
        return InventoryViews.of(readable(measureRecords, id));
    }

    @Transactional
    public UUID addMeasure(UUID eventId, ControlMeasureData data, String idempotencyKey) {
        RiskEvent e = writable(eventRecords, eventId);
        return creates.once("risk.measure", idempotencyKey, List.of(eventId, data), () -> {
            ControlMeasure m = created(measureRecords, e.addMeasure(data, clock.instant()));
            publisher.publishEvent(changed(m, false));
            return m.getId();
        });
    }

    @Transactional
    public void updateMeasure(UUID id, long version, ControlMeasureData data) {
        ControlMeasure m = update(measureRecords, id, version, data.description(), r -> r.apply(data, clock.instant()));
        publisher.publishEvent(changed(m, false));
    }

    @Transactional
    public void deleteMeasure(UUID id, long version) {
        ControlMeasure m = delete(measureRecords, id, version, r -> { });
        publisher.publishEvent(changed(m, true));
    }

    private static ControlMeasureChanged changed(ControlMeasure m, boolean removed) {
        AnalysisUnit unit = m.getEvent().getUnit();
        return new ControlMeasureChanged(m.getId(), m.getEnterpriseId(), m.getRegionCode(), unit.getId(),
                unit.getName(), m.getDescription(), m.getCheckCycle(), m.getCheckCycleUnit(), removed);
    }

    private <R extends InventoryRecord> R readable(Records<R> kind, UUID id) {
        return access.readable(kind.repository().findById(id), kind.noun());
    }

    private <R extends InventoryRecord> R writable(Records<R> kind, UUID id) {
        return access.writable(kind.repository().findById(id), kind.noun());
    }

    /** Saves a new record and audits it. */
    private <R extends InventoryRecord> R created(Records<R> kind, R record) {
        R saved = kind.repository().save(record);
        audit.record(AuditRecord.created(kind.auditType(), saved.getId(), "新增" + kind.label(saved),
                saved.snapshot()));
        return saved;
    }

    /** Applies an edit based on {@code version}; the audit summary names the record by its {@code newName}. */
    private <R extends InventoryRecord> R update(Records<R> kind, UUID id, long version, String newName,
            Consumer<R> edit) {
        return changes.apply(kind.subject(), writable(kind, id), version, "UPDATE", "修改" + kind.noun() + " " + newName,
                edit);
    }

    /** Deletes a record of {@code version} that {@code removable} accepts, and audits what it was. */
    private <R extends InventoryRecord> R delete(Records<R> kind, UUID id, long version, Consumer<R> removable) {
        R record = writable(kind, id);
        changes.delete(kind.subject(), record, version, "删除" + kind.label(record), r -> {
            removable.accept(r);
            kind.repository().delete(r);
        });
        return record;
    }

    /** One of the four record types: its repository, audit type, the noun in messages and its name. */
    private record Records<R extends InventoryRecord>(JpaRepository<R, UUID> repository, String auditType,
            String noun, Function<R, String> name) {

        String label(R record) {
            return noun + " " + name.apply(record);
        }

        VersionedChanges.Subject<R> subject() {
            return InventoryRecord.subject(auditType);
        }
    }
}
