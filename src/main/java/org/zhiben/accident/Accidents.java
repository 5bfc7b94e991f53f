package org.zhiben.accident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.accident.internal.Accident;
import org.zhiben.accident.internal.AccidentRepository;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.SectorCatalog;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.notify.Notice;

/**
 * The accident service: reports (idempotent creates), supplementary reports that regrade, reports up the levels,
 * findings (瞒报 etc.) and the investigation's transitions, each loaded in the caller's scope (outside it: 404) and
 * changed through {@link VersionedChanges} (stale version: 409; one audit entry in the same transaction). The levels
 * above are told through {@code notify} ({@link Notice}) and other modules through {@link AccidentReported}, both
 * published in the transaction and delivered after commit by the event publication registry.
 */
@Service
public class Accidents {

    static final VersionedChanges.Subject<Accident> ACCIDENT = new VersionedChanges.Subject<>("Accident",
            Accident::getId, Accident::getVersion, Accidents::snapshot);

    private final AccidentRepository accidents;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final org.zhiben.common.IdempotentCreates creates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SectorCatalog sectorCatalog;

    Accidents(AccidentRepository accidents, Enterprises enterprises, DataScopes scopes, UserAccounts accounts,
            AuditTrail audit, VersionedChanges changes, org.zhiben.common.IdempotentCreates creates,
            ApplicationEventPublisher events, Clock clock, SectorCatalog sectorCatalog) {
        this.sectorCatalog = sectorCatalog;
        this.accidents = accidents;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.accounts = accounts;
        this.audit = audit;
        this.changes = changes;
        this.creates = creates;
        this.events = events;
        this.clock = clock;
    }

    /** A transition's data; what an action does not need is ignored. */
    public record Command(AccidentAction action, Integer days, String reason, String approvedBy, String text) {
    }

    public Instant now() {
        return clock.instant();
    }

    // ---------------------------------------------------------------- reporting

    /** A first report; a retry with the same {@code idempotencyKey} answers the first accident. */
    @Transactional
    public UUID report(NewAccident n, String idempotencyKey) {
        return creates.once("accident.report", idempotencyKey, n, () -> report(n));
    }

    private UUID report(NewAccident n) {
        CurrentUser me = me();
        Accident.Unit unit = unit(n, me);
        Accident a = Accident.report(n, unit, me.id(), me.displayName(), clock.instant());
        accidents.saveAndFlush(a);
        audit.record(AuditRecord.created("Accident", a.getId(), "事故报告 " + brief(a), snapshot(a)));
        events.publishEvent(new AccidentReported(a.getId(), a.getEnterpriseId(), a.getRegionCode(), a.getGrade(),
                a.getOccurredAt(), true));
        notifyOfficials(a, "accident.reported", "事故报告:" + a.getUnitName(),
                brief(a) + ",地点:" + a.getPlace() + "。请按时逐级上报(" + a.getGrade().label() + "报至" + a.getGrade().reportsUpTo().label() + ")。");
        return a.getId();
    }

    private Accident.Unit unit(NewAccident n, CurrentUser me) {
        if (me.is(Role.EXPERT)) {
            throw new AccessDeniedException("专家不能报告事故");
        }
        if (me.role().isEnterpriseRole() && n.firstReportedAt() != null) {
            throw new InvalidInputException("firstReportedAt", "企业报告的首报时间由平台在收到时记录");
        }
        UUID enterpriseId = n.enterpriseId() != null ? n.enterpriseId()
                : me.role().isEnterpriseRole() ? me.enterpriseId() : null;
        if (me.role().isEnterpriseRole() && (enterpriseId == null || !me.memberOf(enterpriseId))) {
            throw new InvalidInputException("enterpriseId", "企业人员只能报告本企业的事故");
        }
        if (enterpriseId != null) {
            EnterpriseSummary e = enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
            return new Accident.Unit(e.id(), e.name(), e.regionCode(), e.sectors());
        }
        if (n.regionCode() == null || !RegionCode.isValid(n.regionCode())) {
            throw new InvalidInputException("regionCode", "请选择企业,或填写非企业单位所在的行政区划代码");
        }
        if (!scopes.current().coversRegion(n.regionCode())) {
            throw new InvalidInputException("regionCode", "该区划不在您的管辖范围内");
        }
        if (n.unitName() == null || n.unitName().isBlank() || n.unitName().strip().length() > 200) {
            throw new InvalidInputException("unitName", "请填写事故单位名称(不超过200字)");
        }
        Set<String> known = new HashSet<>(sectorCatalog.sectors().stream().map(SectorCatalog.Entry::code).toList());
        for (String code : n.sectors()) {
            if (!known.contains(code)) {
                throw new InvalidInputException("sectors", "未知的行业领域代码:" + code);
            }
        }
        return new Accident.Unit(null, n.unitName().strip(), n.regionCode(), n.sectors());
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Accident get(UUID id) {
        return load(id);
    }

    @Transactional(readOnly = true)
    public Page<Accident> list(AccidentFilter filter, Pageable page) {
        Specification<Accident> spec = scopes.current().specification();
        if (filter.grade() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("grade"), filter.grade()));
        }
        if (filter.state() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        if (filter.year() != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("occurredYear"), filter.year()));
        }
        check(filter);
        if (filter.counted()) {
            spec = spec.and((root, q, cb) -> cb.notEqual(root.get("state"), AccidentState.VOIDED));
        }
        if (filter.regionPrefix() != null) {
            spec = spec.and((root, q, cb) -> cb.like(root.get("regionCode"), filter.regionPrefix() + "%"));
        }
        if (filter.sector() != null) {
            spec = spec.and((root, q, cb) -> org.zhiben.identity.ScopeAttributes.encoded("sectors")
                    .anyOf(root, q, cb, Set.of(filter.sector())));
        }
        if (filter.categoryCode() != null) {
            spec = spec.and((root, q, cb) -> cb.and(cb.equal(root.get("categoryScheme"), filter.categoryScheme()),
                    cb.equal(root.get("categoryCode"), filter.categoryCode())));
        }
        if (filter.from() != null) {
            Instant from = filter.from().atStartOfDay(org.zhiben.common.Zones.CHINA).toInstant();
            spec = spec.and((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
        }
        if (filter.to() != null) {
            Instant to = filter.to().plusDays(1).atStartOfDay(org.zhiben.common.Zones.CHINA).toInstant();
            spec = spec.and((root, q, cb) -> cb.lessThan(root.get("occurredAt"), to));
        }
        return accidents.findAll(spec, page);
    }

    /** A filter's values are known codes and a period in order; otherwise 400 naming the parameter. */
    private void check(AccidentFilter f) {
        if (f.regionPrefix() != null && !f.regionPrefix().matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
            throw new InvalidInputException("regionPrefix", "区划代码前缀应为2、4、6、9或12位数字");
        }
        if (f.sector() != null && sectorCatalog.sectors().stream().noneMatch(e -> e.code().equals(f.sector()))) {
            throw new InvalidInputException("sector", "未知的行业领域代码:" + f.sector());
        }
        if (f.categoryCode() != null && AccidentCategories.find(f.categoryScheme(), f.categoryCode()).isEmpty()) {
            throw new InvalidInputException("category", "未知的事故类别:" + f.categoryScheme() + " " + f.categoryCode());
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
    }

    /** How many accidents the current user sees. */
    @Transactional(readOnly = true)
    public long countVisible() {
        return accidents.count(scopes.current().<Accident>specification());
    }

    /** Whether the current user may act as an official on this accident (forward, flag, investigate). */
    public boolean official() {
        CurrentUser me = me();
        return me.isOfficialOrAdmin();
    }

    // ---------------------------------------------------------------- changes

    /** A supplementary report of changed casualties or loss: regrades, keeps the history, late after the window. */
    @Transactional
    public void supplement(UUID id, long version, Casualties c, String note) {
        Accident a = load(id);
        CurrentUser me = me();
        if (!me.isOfficialOrAdmin() && !(a.getEnterpriseId() != null && me.memberOf(a.getEnterpriseId()))) {
            throw new AccessDeniedException("您无权续报该事故");
        }
        if (!me.isOfficialOrAdmin() && c != null) {
            // the unit reports what grew (an injured person died, a missing one was found); deaths and serious
            // injuries it reported are lowered only by the regulator, who checks them: a unit could otherwise
            // regrade its own accident below the level that must be reported upwards
            Casualties reported = a.casualties();
            List<FieldViolation> lowered = new ArrayList<>();
            if (c.deaths() < reported.deaths()) {
                lowered.add(new FieldViolation("deaths", "死亡人数不能少于已报告的" + reported.deaths()
                        + "人;核减须由负责事故的监管部门续报"));
            }
            if (c.seriousInjuries() < reported.seriousInjuries()) {
                lowered.add(new FieldViolation("seriousInjuries", "重伤人数不能少于已报告的" + reported.seriousInjuries()
                        + "人;核减须由负责事故的监管部门续报"));
            }
            if (!lowered.isEmpty()) {
                throw new InvalidInputException(lowered);
            }
        }
        AccidentGrade before = a.getGrade();
        changes.apply(ACCIDENT, a, version, "SUPPLEMENT", "续报 " + brief(a), x -> x.supplement(c, note,
                me.displayName(), clock.instant()));
        events.publishEvent(new AccidentChanged(a.getId()));
        if (a.getGrade() != before) {
            events.publishEvent(new AccidentReported(a.getId(), a.getEnterpriseId(), a.getRegionCode(), a.getGrade(),
                    a.getOccurredAt(), false));
            notifyOfficials(a, "accident.regraded", "事故等级变更:" + a.getUnitName(), brief(a) + "(原为"
                    + before.label() + ")。请按新的等级逐级上报。");
        }
    }

    /** Records that the report reached {@code level}, at {@code at} (default now). */
    @Transactional
    public void forward(UUID id, long version, ReportLevel level, Instant at) {
        Accident a = load(id);
        requireOfficial();
        Instant when = at == null ? clock.instant() : at;
        changes.apply(ACCIDENT, a, version, "FORWARD", "上报至" + (level == null ? "" : level.label()) + " "
                + brief(a), x -> x.forward(level, when, clock.instant()));
        notifyOfficials(a, "accident.forwarded", "事故已上报至" + level.label() + ":" + a.getUnitName(), brief(a));
    }

    @Transactional
    public void flag(UUID id, long version, AccidentFlag flag, boolean value) {
        Accident a = load(id);
        requireOfficial();
        changes.apply(ACCIDENT, a, version, "FLAG", (value ? "认定" : "撤销") + (flag == null ? "" : flag.label())
                + " " + brief(a), x -> x.flag(flag, value));
        events.publishEvent(new AccidentChanged(a.getId()));
    }

    @Transactional
    public void transition(UUID id, long version, Command c) {
        Accident a = load(id);
        requireOfficial();
        if (c == null || c.action() == null) {
            throw new InvalidInputException("action", "请选择操作");
        }
        Instant now = clock.instant();
        changes.apply(ACCIDENT, a, version, c.action().name(), c.action().label() + " " + brief(a), x -> {
            switch (c.action()) {
                case START_INVESTIGATION -> x.startInvestigation(now);
                case EXTEND_INVESTIGATION -> x.extendInvestigation(days(c.days()), c.reason(), c.approvedBy());
                case SUBMIT_REPORT -> x.submitReport(now);
                case EXTEND_REPLY -> x.extendReply(days(c.days()), c.reason());
                case REPLY -> x.reply(c.text(), now);
                case START_RECTIFICATION -> x.startRectification(now);
                case CLOSE -> x.close(now);
                case VOID -> x.voidWith(c.reason());
            }
        });
        if (c.action() == AccidentAction.VOID) {
            events.publishEvent(new AccidentChanged(a.getId()));
        }
    }

    /** An overdue report-up step the officials were reminded of. */
    public record Reminder(UUID accidentId, ReportLevel to, Instant due) {
    }

    /**
     * Reminds the officials covering each accident of report-up steps that became overdue (once per step); looks at
     * accidents first reported in the last {@code 7} days, as the steps run in hours. A system change: not versioned
     * by a user, not audited (only the reminder marker changes).
     */
    @Transactional
    public java.util.List<Reminder> remindOverdue(Instant now) {
        java.util.List<Reminder> sent = new java.util.ArrayList<>();
        for (Accident a : accidents.findByStateNotInAndFirstReportedAtAfter(
                java.util.List.of(AccidentState.VOIDED, AccidentState.CLOSED), now.minus(java.time.Duration.ofDays(7)))) {
            for (ReportingClock.Step s : a.takeNewlyOverdue(now)) {
                notifyOfficials(a, "accident.report.overdue", "事故逐级上报超时:" + a.getUnitName(), s.actor()
                        + "应于" + java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm")
                        .format(s.due().atZone(org.zhiben.common.Zones.CHINA)) + "前报告," + brief(a) + "。");
                sent.add(new Reminder(a.getId(), s.to(), s.due()));
            }
        }
        return sent;
    }

    private static int days(Integer days) {
        if (days == null) {
            throw new InvalidInputException("days", "请填写延长的天数");
        }
        return days;
    }

    private void requireOfficial() {
        if (!me().isOfficialOrAdmin()) {
            throw new AccessDeniedException("只有监管人员可以执行该操作");
        }
    }

    private Accident load(UUID id) {
        DataScope scope = scopes.current();
        return accidents.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("事故"));
    }

    private void notifyOfficials(Accident a, String topic, String title, String body) {
        Set<UUID> users = new HashSet<>();
        accounts.officialsCovering(a.getRegionCode(), a.getSectors().codes()).stream().map(UserRef::id)
                .forEach(users::add);
        events.publishEvent(new Notice(topic, title, body, "/accidents/" + a.getId(), users, Set.of(),
                a.getEnterpriseId(), a.getRegionCode(), a.getSectors().codes(), null));
    }

    static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }

    static String brief(Accident a) {
        var c = a.casualties();
        return a.getUnitName() + " " + AccidentCategories.label(a.getCategoryScheme(), a.getCategoryCode()) + " "
                + a.getGrade().label() + "(死亡" + c.deaths() + "、失踪" + c.missing() + "、重伤" + c.seriousInjuries()
                + ")";
    }

    static Map<String, Object> snapshot(Accident a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("unitName", a.getUnitName());
        s.put("state", a.getState().name());
        s.put("grade", a.getGrade().name());
        s.put("casualties", a.casualties());
        s.put("category", a.getCategoryScheme() + ":" + a.getCategoryCode());
        s.put("occurredAt", String.valueOf(a.getOccurredAt()));
        s.put("flags", a.flags().stream().map(Enum::name).sorted().toList());
        s.put("supplements", a.getSupplements().size());
        s.put("reportExtensionDays", a.getReportExtensionDays());
        s.put("replyExtensionDays", a.getReplyExtensionDays());
        s.put("voidReason", a.getVoidReason());
        return s;
    }
}
