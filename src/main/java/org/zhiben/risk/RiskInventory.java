package org.zhiben.risk;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.StaleVersionException;
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

    static final String OBJECT = "RiskAnalysisObject";
    static final String UNIT = "RiskAnalysisUnit";
    static final String EVENT = "RiskEvent";
    static final String MEASURE = "RiskControlMeasure";

    private final AnalysisObjectRepository objects;
    private final AnalysisUnitRepository units;
    private final RiskEventRepository events;
    private final ControlMeasureRepository measures;
    private final AssessmentRepository assessments;
    private final InventoryAccess access;
    private final AuditTrail audit;
    private final IdempotentCreates creates;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    RiskInventory(AnalysisObjectRepository objects, AnalysisUnitRepository units, RiskEventRepository events,
            ControlMeasureRepository measures, AssessmentRepository assessments, InventoryAccess access,
            AuditTrail audit, IdempotentCreates creates, Clock clock, ApplicationEventPublisher publisher) {
        this.objects = objects;
        this.units = units;
        this.events = events;
        this.measures = measures;
        this.assessments = assessments;
        this.access = access;
        this.audit = audit;
        this.creates = creates;
        this.clock = clock;
        this.publisher = publisher;
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
        return InventoryViews.of(access.readable(objects.findById(id), "风险分析对象"));
    }

    /** {@code idempotencyKey} (optional): a retry with the same key returns the first object, creating none. */
    @Transactional
    public UUID addObject(UUID enterpriseId, AnalysisObjectData data, String idempotencyKey) {
        EnterpriseSummary enterprise = access.writable(enterpriseId);
        return creates.once("risk.object", idempotencyKey, List.of(enterpriseId, data), () -> {
            AnalysisObject o = objects.save(AnalysisObject.create(enterprise.id(), enterprise.regionCode(), data,
                    clock.instant()));
            audit.record(AuditRecord.created(OBJECT, o.getId(), "新增风险分析对象 " + o.getName(), o.snapshot()));
            return o.getId();
        });
    }

    @Transactional
    public void updateObject(UUID id, long version, AnalysisObjectData data) {
        AnalysisObject o = access.writable(objects.findById(id), "风险分析对象");
        o.checkVersion(version);
        Map<String, Object> before = o.snapshot();
        o.apply(data, clock.instant());
        flush(objects);
        audit.record(AuditRecord.updated(OBJECT, id, "修改风险分析对象 " + o.getName(), before, o.snapshot()));
    }

    @Transactional
    public void deleteObject(UUID id, long version) {
        AnalysisObject o = access.writable(objects.findById(id), "风险分析对象");
        o.checkVersion(version);
        o.checkRemovable();
        objects.delete(o);
        flush(objects);
        audit.record(AuditRecord.deleted(OBJECT, id, "删除风险分析对象 " + o.getName(), o.snapshot()));
    }

    // ---- analysis units

    @Transactional(readOnly = true)
    public Page<AnalysisUnitView> units(UUID enterpriseId, Pageable pageable) {
        access.readable(enterpriseId);
        return units.findByEnterpriseId(enterpriseId, pageable).map(InventoryViews::of);
    }

    @Transactional(readOnly = true)
    public AnalysisUnitView unit(UUID id) {
        return InventoryViews.of(access.readable(units.findById(id), "风险分析单元"));
    }

    @Transactional
    public UUID addUnit(UUID objectId, AnalysisUnitData data, String idempotencyKey) {
        AnalysisObject o = access.writable(objects.findById(objectId), "风险分析对象");
        return creates.once("risk.unit", idempotencyKey, List.of(objectId, data), () -> {
            AnalysisUnit u = units.save(o.addUnit(data, clock.instant()));
            audit.record(AuditRecord.created(UNIT, u.getId(), "新增风险分析单元 " + u.getName(), u.snapshot()));
            return u.getId();
        });
    }

    @Transactional
    public void updateUnit(UUID id, long version, AnalysisUnitData data) {
        AnalysisUnit u = access.writable(units.findById(id), "风险分析单元");
        u.checkVersion(version);
        Map<String, Object> before = u.snapshot();
        u.apply(data, clock.instant());
        flush(units);
        audit.record(AuditRecord.updated(UNIT, id, "修改风险分析单元 " + u.getName(), before, u.snapshot()));
    }

    @Transactional
    public void deleteUnit(UUID id, long version) {
        AnalysisUnit u = access.writable(units.findById(id), "风险分析单元");
        u.checkVersion(version);
        u.checkRemovable();
        units.delete(u);
        flush(units);
        audit.record(AuditRecord.deleted(UNIT, id, "删除风险分析单元 " + u.getName(), u.snapshot()));
    }

    // ---- risk events

    @Transactional(readOnly = true)
    public Page<RiskEventView> events(UUID enterpriseId, Pageable pageable) {
        access.readable(enterpriseId);
        return events.findByEnterpriseId(enterpriseId, pageable).map(InventoryViews::of);
    }

    @Transactional(readOnly = true)
    public RiskEventView event(UUID id) {
        return InventoryViews.of(access.readable(events.findById(id), "风险事件"));
    }

    @Transactional
    public UUID addEvent(UUID unitId, RiskEventData data, String idempotencyKey) {
        AnalysisUnit u = access.writable(units.findById(unitId), "风险分析单元");
        return creates.once("risk.event", idempotencyKey, List.of(unitId, data), () -> {
            RiskEvent e = events.save(u.addEvent(data, clock.instant()));
            audit.record(AuditRecord.created(EVENT, e.getId(), "新增风险事件 " + e.getDescription(), e.snapshot()));
            return e.getId();
        });
    }

    @Transactional
    public void updateEvent(UUID id, long version, RiskEventData data) {
        RiskEvent e = access.writable(events.findById(id), "风险事件");
        e.checkVersion(version);
        Map<String, Object> before = e.snapshot();
        e.apply(data, clock.instant());
        flush(events);
        audit.record(AuditRecord.updated(EVENT, id, "修改风险事件 " + e.getDescription(), before, e.snapshot()));
    }

    @Transactional
    public void deleteEvent(UUID id, long version) {
        RiskEvent e = access.writable(events.findById(id), "风险事件");
        e.checkVersion(version);
        e.checkRemovable(assessments.existsByEventId(id));
        events.delete(e);
        flush(events);
        audit.record(AuditRecord.deleted(EVENT, id, "删除风险事件 " + e.getDescription(), e.snapshot()));
    }

    // ---- control measures

    @Transactional(readOnly = true)
    public Page<ControlMeasureView> measures(UUID enterpriseId, Pageable pageable) {
        access.readable(enterpriseId);
        return measures.findByEnterpriseId(enterpriseId, pageable).map(InventoryViews::of);
    }

    @Transactional(readOnly = true)
    public List<ControlMeasureView> measuresOf(UUID eventId) {
        return access.readable(events.findById(eventId), "风险事件").getMeasures().stream()
                .map(InventoryViews::of).toList();
    }

    @Transactional(readOnly = true)
    public ControlMeasureView measure(UUID id) {
        return InventoryViews.of(access.readable(measures.findById(id), "管控措施"));
    }

    @Transactional
    public UUID addMeasure(UUID eventId, ControlMeasureData data, String idempotencyKey) {
        RiskEvent e = access.writable(events.findById(eventId), "风险事件");
        return creates.once("risk.measure", idempotencyKey, List.of(eventId, data), () -> {
            ControlMeasure m = measures.save(e.addMeasure(data, clock.instant()));
            audit.record(AuditRecord.created(MEASURE, m.getId(), "新增管控措施 " + m.getDescription(), m.snapshot()));
            publisher.publishEvent(changed(m, false));
            return m.getId();
        });
    }

    @Transactional
    public void updateMeasure(UUID id, long version, ControlMeasureData data) {
        ControlMeasure m = access.writable(measures.findById(id), "管控措施");
        m.checkVersion(version);
        Map<String, Object> before = m.snapshot();
        m.apply(data, clock.instant());
        flush(measures);
        audit.record(AuditRecord.updated(MEASURE, id, "修改管控措施 " + m.getDescription(), before, m.snapshot()));
        publisher.publishEvent(changed(m, false));
    }

    @Transactional
    public void deleteMeasure(UUID id, long version) {
        ControlMeasure m = access.writable(measures.findById(id), "管控措施");
        m.checkVersion(version);
        measures.delete(m);
        flush(measures);
        audit.record(AuditRecord.deleted(MEASURE, id, "删除管控措施 " + m.getDescription(), m.snapshot()));
        publisher.publishEvent(changed(m, true));
    }

    private static ControlMeasureChanged changed(ControlMeasure m, boolean removed) {
        AnalysisUnit unit = m.getEvent().getUnit();
        return new ControlMeasureChanged(m.getId(), m.getEnterpriseId(), m.getRegionCode(), unit.getId(),
                unit.getName(), m.getDescription(), m.getCheckCycle(), m.getCheckCycleUnit(), removed);
    }

    /** A concurrent edit that slipped past the version check surfaces here as a stale-version conflict. */
    private static void flush(JpaRepository<?, ?> repository) {
        try {
            repository.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new StaleVersionException();
        }
    }
}
