package org.zhiben.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.References;
import org.zhiben.common.SectorSet;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.monitoring.internal.AlarmCandidates;
import org.zhiben.monitoring.internal.MonitoringDuty;
import org.zhiben.monitoring.internal.MonitoringDutyRepository;
import org.zhiben.monitoring.internal.MonitoringPoint;
import org.zhiben.monitoring.internal.MonitoringPointRepository;
import org.zhiben.monitoring.internal.ReadingStore;
import org.zhiben.risk.AnalysisUnitView;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.majorsource.MajorHazardSources;

/**
 * Monitoring points of an enterprise: written by its principal or safety manager (created once per Idempotency-Key,
 * changed from the version read: 409 when stale; one audit entry each), read by its members, officials in
 * jurisdiction and administrators (404 for anyone else). A point watches one risk analysis unit of the enterprise;
 * whether that unit is a major hazard source is asked of the risk module when the point is saved. Also the
 * enterprises' monitoring duties (seed 003's kinds), recorded by officials in scope or the enterprise's managers.
 */
@Service
public class MonitoringPoints {

    static final VersionedChanges.Subject<MonitoringPoint> POINT = new VersionedChanges.Subject<>("MonitoringPoint",
            MonitoringPoint::getId, MonitoringPoint::getVersion, MonitoringPoint::snapshot);

    private final MonitoringPointRepository points;
    private final MonitoringDutyRepository duties;
    private final ReadingStore store;
    private final Enterprises enterprises;
    private final RiskInventory inventory;
    private final MajorHazardSources majorSources;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final IdempotentCreates creates;
    private final AlarmCandidates candidates;
    private final Clock clock;

    MonitoringPoints(MonitoringPointRepository points, MonitoringDutyRepository duties, ReadingStore store,
            Enterprises enterprises, RiskInventory inventory, MajorHazardSources majorSources, DataScopes scopes,
            AuditTrail audit, VersionedChanges changes, IdempotentCreates creates, AlarmCandidates candidates,
            Clock clock) {
        this.points = points;
        this.duties = duties;
        this.store = store;
        this.enterprises = enterprises;
        this.inventory = inventory;
        this.majorSources = majorSources;
        this.scopes = scopes;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.candidates = candidates;
        this.clock = clock;
    }

    /** The enterprise in the caller's scope (404 otherwise). */
    @Transactional(readOnly = true)
    public EnterpriseSummary enterprise(UUID enterpriseId) {
        return enterprises.find(enterpriseId)
                .filter(e -> scopes.current().permits(e.id(), e.regionCode(), e.sectors()))
                .orElseThrow(() -> new NotFoundException("企业"));
    }

    public boolean canEdit(UUID enterpriseId) {
        return DataScopes.currentUser().map(u -> u.managerOf(enterpriseId)).orElse(false);
    }

    @Transactional
    public UUID create(UUID enterpriseId, PointData data, String idempotencyKey) {
        return creates.once("monitoring.point", idempotencyKey, data, () -> create(enterpriseId, data));
    }

    private UUID create(UUID enterpriseId, PointData data) {
        EnterpriseSummary e = enterprise(enterpriseId);
        requireManager(enterpriseId);
        MonitoringPoint.Unit unit = unit(enterpriseId, data);
        if (data.code() != null && points.existsByEnterpriseIdAndCode(enterpriseId, data.code().strip())) {
            throw new InvalidInputException("code", "本企业已有该位号的监测点");
        }
        MonitoringPoint p = MonitoringPoint.create(e.id(), e.regionCode(), SectorSet.of(e.sectors()), data, unit,
                clock.instant());
        points.saveAndFlush(p);
        store.createState(p.getId());
        candidates.forgetAfterCommit(enterpriseId);
        audit.record(AuditRecord.created("MonitoringPoint", p.getId(), "新增监测点 " + p.getName() + "(" + p.getCode()
                + ")", p.snapshot()));
        return p.getId();
    }

    @Transactional
    public void update(UUID id, long version, PointData data) {
        MonitoringPoint p = load(id);
        requireManager(p.getEnterpriseId());
        MonitoringPoint.Unit unit = unit(p.getEnterpriseId(), data);
        if (data.code() != null && !data.code().strip().equals(p.getCode())
                && points.existsByEnterpriseIdAndCode(p.getEnterpriseId(), data.code().strip())) {
            throw new InvalidInputException("code", "本企业已有该位号的监测点");
        }
        Instant now = clock.instant();
        changes.apply(POINT, p, version, "UPDATE", "修改监测点 " + p.getName(), x -> x.apply(data, unit, now));
        candidates.forgetAfterCommit(p.getEnterpriseId());
    }

    private MonitoringPoint.Unit unit(UUID enterpriseId, PointData data) {
        List<org.zhiben.common.FieldViolation> v = new ArrayList<>(MonitoringPoint.validate(data));
        if (data.unitId() == null) {
            v.add(new org.zhiben.common.FieldViolation("unitId", "请选择风险分析单元"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        AnalysisUnitView u = References.owned("unitId", "风险分析单元", enterpriseId, () -> inventory.unit(data.unitId()),
                AnalysisUnitView::enterpriseId);
        return new MonitoringPoint.Unit(u.id(), u.name(), majorSources.of(u.id()).majorSource());
    }

    @Transactional(readOnly = true)
    public PointView get(UUID id) {
        MonitoringPoint p = load(id);
        return view(p, store.states(List.of(p.getId())).get(p.getId()));
    }

    /** The enterprise's points with their live state (404 outside scope). */
    @Transactional(readOnly = true)
    public List<PointView> ofEnterprise(UUID enterpriseId) {
        enterprise(enterpriseId);
        List<MonitoringPoint> list = points.findByEnterpriseIdOrderByCode(enterpriseId);
        Map<UUID, ReadingStore.State> states = store.states(list.stream().map(MonitoringPoint::getId).toList());
        return list.stream().map(p -> view(p, states.get(p.getId()))).toList();
    }

    /** A point's chart series (raw, minute or hour) over [from, to). */
    @Transactional(readOnly = true)
    public List<ReadingStore.Sample> series(UUID id, String grain, Instant from, Instant to) {
        load(id);
        return store.series(id, grain, from, to);
    }

    /** Rejected readings of the enterprise, counted per point code and reason. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> rejections(UUID enterpriseId) {
        enterprise(enterpriseId);
        return store.rejections(enterpriseId);
    }

    // ---------------------------------------------------------------- duties

    @Transactional(readOnly = true)
    public List<MonitoredKind> duties(UUID enterpriseId) {
        enterprise(enterpriseId);
        return duties.findByEnterpriseId(enterpriseId).stream().map(MonitoringDuty::getKind).sorted().toList();
    }

    /** Records that the enterprise must be monitored as {@code kind} (officials in scope or its managers). */
    @Transactional
    public void addDuty(UUID enterpriseId, MonitoredKind kind) {
        EnterpriseSummary e = enterprise(enterpriseId);
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
        if (!(me.isOfficialOrAdmin() || me.managerOf(enterpriseId))) {
            throw new AccessDeniedException("只有监管人员或企业负责人可以登记监测预警覆盖要求");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "请选择企业类别");
        }
        if (duties.existsByEnterpriseIdAndKind(enterpriseId, kind)) {
            return;
        }
        MonitoringDuty d = duties.saveAndFlush(new MonitoringDuty(e.id(), e.regionCode(), SectorSet.of(e.sectors()),
                kind, clock.instant()));
        audit.record(AuditRecord.created("MonitoringDuty", d.getId(), "应纳入监测预警:" + e.name() + " "
                + kind.label(), Map.of("kind", kind.name())));
    }

    private void requireManager(UUID enterpriseId) {
        if (!canEdit(enterpriseId)) {
            throw new AccessDeniedException("监测点须由企业主要负责人或安全管理人员维护");
        }
    }

    private MonitoringPoint load(UUID id) {
        return points.findById(id).filter(scopes.current()::permits)
                .orElseThrow(() -> new NotFoundException("监测点"));
    }

    static PointView view(MonitoringPoint p, ReadingStore.State s) {
        return new PointView(p.getId(), p.getEnterpriseId(), p.getCode(), p.getName(), p.getUnitId(),
                p.getUnitName(), p.isMajorSource(), p.getQuantity(), p.getMeasureUnit(), p.getRangeLow(),
                p.getRangeHigh(), p.getLowLow(), p.getLow(), p.getHigh(), p.getHighHigh(), p.getDeadBand(),
                p.getIntervalSeconds(), p.isActive(), p.getVersion(), s == null ? null : s.lastTs(),
                s == null ? null : s.lastValue(), s == null ? AlarmLevel.NORMAL : s.band(), s != null && s.offline(),
                s == null ? 0 : s.accepted(), s == null ? 0 : s.rejected());
    }
}
