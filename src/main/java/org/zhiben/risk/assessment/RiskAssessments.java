package org.zhiben.risk.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;
import org.zhiben.risk.AssessmentData;
import org.zhiben.risk.RiskInventory;
import org.zhiben.risk.inventory.AnalysisUnit;
import org.zhiben.risk.inventory.AnalysisUnitRepository;
import org.zhiben.risk.inventory.Assessment;
import org.zhiben.risk.inventory.AssessmentRepository;
import org.zhiben.risk.inventory.InventoryAccess;
import org.zhiben.risk.inventory.InventoryViews;
import org.zhiben.risk.inventory.RiskEvent;
import org.zhiben.risk.inventory.RiskEventRepository;

/**
 * Assessing risk events (LEC, LS, MES or direct judgment) into an append-only history, and the reassessment
 * schedule of analysis units: due a year after their last assessment, or at once when brought forward.
 */
@NamedInterface("assessment")
@Service
public class RiskAssessments {

    private final RiskEventRepository events;
    private final AnalysisUnitRepository units;
    private final AssessmentRepository assessments;
    private final RiskGrading grading;
    private final InventoryAccess access;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final IdempotentCreates creates;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    RiskAssessments(RiskEventRepository events, AnalysisUnitRepository units, AssessmentRepository assessments,
            RiskGrading grading, InventoryAccess access, DataScopes scopes, AuditTrail audit,
            IdempotentCreates creates, JdbcTemplate jdbc, Clock clock) {
        this.events = events;
        this.units = units;
        this.assessments = assessments;
        this.grading = grading;
        this.access = access;
        this.scopes = scopes;
        this.audit = audit;
        this.creates = creates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Grades and records an assessment; the event's level of that kind and its unit's due date follow.
     * {@code idempotencyKey} (optional): a retry with the same key returns the first assessment, recording none.
     */
    @Transactional
    public AssessmentView assess(UUID eventId, AssessmentData data, String idempotencyKey) {
        RiskEvent event = access.writable(events.findById(eventId), "风险事件");
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
        UUID id = creates.once("risk.assessment", idempotencyKey, java.util.List.of(eventId, data), () -> {
            Map<String, Object> before = event.snapshot();
            Instant now = clock.instant();
            Assessment assessment = assessments.save(event.assess(data, grading, me.getUsername(), me.displayName(),
                    now, LocalDate.ofInstant(now, Zones.CHINA)));
            Map<String, Object> after = new LinkedHashMap<>(event.snapshot());
            after.put("assessment", assessment.snapshot());
            audit.record(new AuditRecord("ASSESS", RiskInventory.EVENT, eventId.toString(),
                    "评估风险事件 " + event.getDescription() + ":" + assessment.getMethod() + " "
                            + assessment.getLevel().label(), before, after));
            return assessment.getId();
        });
        return assessments.findById(id).filter(a -> a.getEventId().equals(eventId)).map(InventoryViews::of)
                .orElseThrow(() -> new NotFoundException("评估记录"));
    }

    /** Every assessment of the event, latest first. */
    @Transactional(readOnly = true)
    public List<AssessmentView> history(UUID eventId) {
        access.readable(events.findById(eventId), "风险事件");
        return assessments.findByEventIdOrderByAssessedAtDescIdDesc(eventId).stream().map(InventoryViews::of).toList();
    }

    /**
     * Makes a unit due for reassessment today, for other modules reacting to an accident or a hazard in it. A
     * consequence of their records rather than a user's edit of the inventory, so it needs no inventory write
     * permission (it is often called from event listeners with nobody signed in); it is audited all the same.
     */
    @Transactional
    public void bringForwardReassessment(UUID unitId, String reason) {
        AnalysisUnit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("风险分析单元"));
        Map<String, Object> before = unit.snapshot();
        unit.bringForwardReassessment(today(), reason);
        audit.record(new AuditRecord("REASSESS_EARLY", RiskInventory.UNIT, unitId.toString(),
                "提前复评风险分析单元 " + unit.getName() + ":" + unit.getReassessmentReason(), before, unit.snapshot()));
    }

    /**
     * Brings every analysis unit of an enterprise forward ({@link #bringForwardReassessment}, each audited), e.g.
     * after an accident there: a page of units at a time, in id order, which bringing them forward does not move.
     */
    @Transactional
    public void bringForwardReassessmentOfEnterprise(UUID enterpriseId, String reason) {
        Pageable page = PageRequest.of(0, 500, Sort.by("id"));
        Page<AnalysisUnit> found;
        do {
            found = units.findByEnterpriseId(enterpriseId, page);
            found.forEach(u -> bringForwardReassessment(u.getId(), reason));
            page = found.nextPageable();
        } while (found.hasNext());
    }

    /**
     * Units due or overdue for reassessment (due date on or before today), earliest first: of one enterprise, or —
     * with {@code enterpriseId} null — of every enterprise the caller can see (an official's jurisdiction and sectors).
     */
    @Transactional(readOnly = true)
    public Page<DueReassessment> dueForReassessment(UUID enterpriseId, Pageable pageable) {
        SqlFragment where;
        if (enterpriseId != null) {
            access.readable(enterpriseId);
            where = SqlFragment.of("u.enterprise_id = ?", enterpriseId);
        } else {
            // risk rows carry the region; a department's sector limit is asked of the registry in the same query
            where = scopes.current().sql(Enterprises.scopeColumns("u.enterprise_id", "u.region_code"));
        }
        where = where.and(SqlFragment.of("u.reassessment_due <= ?", today()));
        Long total = jdbc.queryForObject("select count(*) from risk_analysis_unit u where " + where.sql(), Long.class,
                where.argArray());
        List<Object> args = new ArrayList<>(where.args());
        args.add(pageable.getPageSize());
        args.add(pageable.getOffset());
        List<UUID> ids = jdbc.queryForList("select u.id from risk_analysis_unit u where " + where.sql()
                + " order by u.reassessment_due, u.id limit ? offset ?", UUID.class, args.toArray());
        Map<UUID, AnalysisUnit> page = units.findAllById(ids).stream()
                .collect(Collectors.toMap(AnalysisUnit::getId, u -> u));
        Map<UUID, String> names = new HashMap<>();
        List<DueReassessment> rows = ids.stream().map(page::get).map(u -> new DueReassessment(u.getId(), u.getName(),
                u.getObject().getId(), u.getObject().getName(), u.getEnterpriseId(),
                names.computeIfAbsent(u.getEnterpriseId(), e -> access.find(e).map(EnterpriseSummary::name).orElse("")),
                u.rollUp(), u.getReassessmentDue(), u.getReassessmentReason())).toList();
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** Today in China, where deadlines are counted. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }
}
