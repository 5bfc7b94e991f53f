package org.zhiben.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.audit.VersionedChanges;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.Zones;
import org.zhiben.directory.Enterprises;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardReporting;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.hazard.NewHazard;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;
import org.zhiben.identity.Role;
import org.zhiben.identity.SystemActors;
import org.zhiben.identity.UserAccounts;
import org.zhiben.identity.UserRef;
import org.zhiben.monitoring.internal.MonitoringAlarm;
import org.zhiben.monitoring.internal.MonitoringAlarmRepository;
import org.zhiben.monitoring.internal.MonitoringPoint;
import org.zhiben.monitoring.internal.MonitoringPointRepository;
import org.zhiben.monitoring.internal.ReadingStore;
import org.zhiben.notify.Notice;
import org.zhiben.risk.prejudgment.AlarmWarning;
import org.zhiben.risk.prejudgment.RiskPrejudgments;

/**
 * Alarms: opened by ingestion ({@link #observe}) and by the offline check ({@link #markOffline}), moved by people
 * (确认 by any member of the enterprise, 处置 and 关闭 by its principal or safety manager) through
 * {@link VersionedChanges}, and escalated when left unhandled ({@link #escalate}): a 红/橙/黄 risk early warning is
 * raised through the risk module (graded by {@link MonitoringSettings.WarningGrades}) and a hazard with source
 * 管控措施失效 is proposed to the enterprise through {@link HazardReporting}, reported by the monitoring system (an
 * actor of the enterprise, not a person), for its safety manager to confirm. Notices go to the enterprise's principal and safety
 * managers, and for 高高报 at a major hazard source to the officials covering the enterprise, published in the
 * transaction and delivered after commit.
 */
@Service
public class MonitoringAlarms {

    private static final Logger log = LoggerFactory.getLogger(MonitoringAlarms.class);
    /** Points named in a notice of several that went offline; the rest are counted. */
    private static final int OFFLINE_NAMED = 20;

    /** The actor that proposes hazards for unhandled alarms (not an account). */
    public static final UUID SYSTEM_ACTOR = UUID.fromString("00000000-0000-7000-8000-00000000a1a2");
    public static final String SYSTEM_USERNAME = "monitoring-system";

    static final VersionedChanges.Subject<MonitoringAlarm> ALARM = new VersionedChanges.Subject<>("MonitoringAlarm",
            MonitoringAlarm::getId, MonitoringAlarm::getVersion, MonitoringAlarm::snapshot);

    private final MonitoringAlarmRepository alarms;
    private final MonitoringPointRepository points;
    private final ReadingStore store;
    private final DataScopes scopes;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final VersionedChanges changes;
    private final ApplicationEventPublisher events;
    private final HazardReporting hazards;
    private final RiskPrejudgments warnings;
    private final Enterprises enterprises;
    private final MonitoringSettings settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MonitoringAlarms(MonitoringAlarmRepository alarms, MonitoringPointRepository points, ReadingStore store,
            DataScopes scopes, UserAccounts accounts, AuditTrail audit, VersionedChanges changes,
            ApplicationEventPublisher events, HazardReporting hazards, RiskPrejudgments warnings, Enterprises enterprises,
            MonitoringSettings settings, JdbcTemplate jdbc, Clock clock) {
        this.alarms = alarms;
        this.points = points;
        this.store = store;
        this.scopes = scopes;
        this.accounts = accounts;
        this.audit = audit;
        this.changes = changes;
        this.events = events;
        this.hazards = hazards;
        this.warnings = warnings;
        this.enterprises = enterprises;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- from ingestion

    /** The open threshold alarms of these points, by point (one query for a batch). */
    Map<UUID, MonitoringAlarm> openThresholdAlarms(java.util.Collection<UUID> pointIds) {
        if (pointIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, MonitoringAlarm> open = new java.util.HashMap<>();
        for (MonitoringAlarm a : alarms.findByOpenKeyInAndKind(pointIds, MonitoringAlarm.THRESHOLD)) {
            open.put(a.getPointId(), a);
        }
        return open;
    }

    /**
     * Walks a point's new readings (oldest first, each newer than the last one evaluated) from {@code band}: opens an
     * alarm when the value leaves NORMAL and no alarm of the point is open ({@code open}, found for the whole batch
     * by {@link #openThresholdAlarms}), adds to the open one otherwise (its level rises, its peak follows, it notes
     * when the value came back). Answers the band after the last reading and, per reading index, the level an alarm
     * was opened or raised to. The point itself is loaded only to open or raise an alarm. Runs in the ingesting
     * transaction.
     */
    AlarmLevel observe(UUID pointId, Thresholds.Bands t, MonitoringAlarm open, AlarmLevel band,
            List<Readings.Eval> readings, Map<Integer, AlarmLevel> raised) {
        MonitoringPoint p = null;
        AlarmLevel current = band;
        for (Readings.Eval r : readings) {
            double v = r.value();
            Instant at = r.ts();
            AlarmLevel next = t.classify(current, v);
            if (next != AlarmLevel.NORMAL && open == null) {
                p = p != null ? p : points.findById(pointId).orElseThrow();
                open = MonitoringAlarm.threshold(p, next, v, at);
                alarms.save(open);
                audit.record(AuditRecord.created("MonitoringAlarm", open.getId(), "监测报警 " + open.brief()
                        + " 数值 " + v, open.snapshot()));
                announce(open, p, v, false);
                raised.put(r.index(), next);
            } else if (open != null) {
                boolean rose = open.observe(next, v, at);
                if (rose) {
                    p = p != null ? p : points.findById(pointId).orElseThrow();
                    announce(open, p, v, true);
                    raised.put(r.index(), next);
                }
            }
            current = next;
        }
        return current;
    }

    /** The point reported again: an open offline alarm notes that the silence is over. */
    void backOnline(UUID pointId, Instant now) {
        alarms.findByOpenKeyAndKind(pointId, MonitoringAlarm.OFFLINE).ifPresent(a -> a.backOnline(now));
    }

    private void announce(MonitoringAlarm a, MonitoringPoint p, double value, boolean rose) {
        events.publishEvent(new AlarmRaised(a.getId(), p.getId(), a.getEnterpriseId(), a.getRegionCode(),
                a.getLevel(), a.isMajorSource(), clock.instant()));
        Set<UUID> users = onDuty(a.getEnterpriseId());
        boolean officials = a.getLevel() == AlarmLevel.HIGH_HIGH && a.isMajorSource();
        if (officials) {
            accounts.officialsCovering(a.getRegionCode(), a.getSectors().codes()).stream().map(UserRef::id)
                    .forEach(users::add);
        }
        String title = (rose ? "监测报警升级:" : "监测报警:") + a.getLevel().label() + " " + p.getName();
        String body = p.getUnitName() + " " + p.getName() + "(" + p.getCode() + ")" + p.getQuantity().label() + " "
                + value + p.getMeasureUnit() + "," + a.getLevel().label() + (officials ? "(重大危险源)" : "")
                + "。请确认并处置。";
        events.publishEvent(new Notice(officials ? "monitoring.alarm.major" : "monitoring.alarm", title, body,
                "/monitoring/alarms/" + a.getId(), users, Set.of(), a.getEnterpriseId(), a.getRegionCode(),
                a.getSectors().codes(), null));
    }

    /** Who answers for an enterprise's monitoring: its principal and safety managers (a set the caller may add to). */
    private Set<UUID> onDuty(UUID enterpriseId) {
        Set<UUID> users = new HashSet<>();
        accounts.usersOfEnterprise(enterpriseId, EnumSet.of(Role.ENTERPRISE_PRINCIPAL, Role.ENTERPRISE_SAFETY_MANAGER))
                .stream().map(UserRef::id).forEach(users::add);
        return users;
    }

    // ---------------------------------------------------------------- offline

    /**
     * Marks active points silent for longer than their interval at {@code now} as offline (one set-based query finds
     * them) and opens one offline alarm each; a point that never reported counts from its creation. Each enterprise
     * gets one notice for its points that went offline in this check ({@link #announceOffline}). Answers the points
     * marked. Run by {@code MonitoringJobs} every minute under ShedLock; tests call it with chosen instants.
     */
    @Transactional
    public List<UUID> markOffline(Instant now) {
        List<UUID> silent = jdbc.queryForList("select p.id from monitoring_point p join monitoring_point_state s on "
                + "s.point_id = p.id where p.active = true and s.offline = false and coalesce(s.last_ts, p.created_at) "
                + "+ p.interval_seconds * interval '1' second < cast(? as timestamp with time zone) order by p.id", UUID.class,
                now.atOffset(java.time.ZoneOffset.UTC));
        List<UUID> marked = new ArrayList<>();
        Map<UUID, List<WentOffline>> byEnterprise = new LinkedHashMap<>();
        for (UUID id : silent) {
            MonitoringPoint p = points.findById(id).orElse(null);
            if (p == null) {
                continue;
            }
            var state = store.lockStates(List.of(id)).get(id);
            if (state == null || state.offline()) {
                continue;
            }
            store.saveStates(List.of(new ReadingStore.State(id, state.lastTs(), state.lastValue(), state.band(), true,
                    state.accepted(), state.rejected())));
            if (alarms.findByOpenKeyAndKind(id, MonitoringAlarm.OFFLINE).isEmpty()) {
                MonitoringAlarm a = MonitoringAlarm.offline(p, now);
                alarms.save(a);
                audit.record(AuditRecord.created("MonitoringAlarm", a.getId(), "监测点离线 " + a.brief(),
                        a.snapshot()));
                byEnterprise.computeIfAbsent(a.getEnterpriseId(), e -> new ArrayList<>()).add(new WentOffline(a, p));
            }
            marked.add(id);
        }
        byEnterprise.values().forEach(this::announceOffline);
        return marked;
    }

    private record WentOffline(MonitoringAlarm alarm, MonitoringPoint point) {

        String label() {
            return point.getUnitName() + " " + point.getName() + "(" + point.getCode() + ")";
        }
    }

    /**
     * One notice for an enterprise's points that went offline together. A gateway that fails silences all its points
     * at once: a notice each (and an SMS each) would bury the next real alarm, in the inbox and in the channels' queue
     * its notice waits in.
     */
    private void announceOffline(List<WentOffline> offline) {
        MonitoringAlarm a = offline.get(0).alarm();
        MonitoringPoint p = offline.get(0).point();
        Set<UUID> users = onDuty(a.getEnterpriseId());
        String title;
        String body;
        String link;
        if (offline.size() == 1) {
            title = "监测点离线:" + p.getName();
            body = offline.get(0).label() + "超过" + p.getIntervalSeconds() + "秒未上报数据。";
            link = "/monitoring/alarms/" + a.getId();
        } else {
            title = offline.size() + " 个监测点离线";
            body = offline.stream().limit(OFFLINE_NAMED).map(WentOffline::label).collect(Collectors.joining("、"))
                    + (offline.size() > OFFLINE_NAMED ? " 等 " + offline.size() + " 个监测点" : "")
                    + "超过上报间隔未上报数据,请检查网关与通信。";
            link = "/monitoring/enterprises/" + a.getEnterpriseId();
        }
        events.publishEvent(new Notice("monitoring.offline", title, body, link, users, Set.of(), a.getEnterpriseId(),
                a.getRegionCode(), a.getSectors().codes(), null));
    }

    // ---------------------------------------------------------------- escalation

    /**
     * Alarms left 报警 or 确认 (not 处置) for {@code escalate-after} at {@code now}: each raises a risk early warning
     * at the grade {@link MonitoringSettings.WarningGrades} gives it (none for 低) and proposes a hazard (source
     * 管控措施失效, on the point's risk unit) to its enterprise, reported by the monitoring system; the alarm records
     * the hazard and when. Answers the alarms escalated.
     */
    @Transactional
    public List<UUID> escalate(Instant now) {
        Duration after = settings.escalateAfter();
        List<UUID> done = new ArrayList<>();
        for (MonitoringAlarm a : alarms.findByStateInAndEscalatedAtIsNullAndRaisedAtLessThanEqual(
                EnumSet.of(AlarmState.RAISED, AlarmState.ACKNOWLEDGED), now.minus(after))) {
            if (!a.dueForEscalation(after, now)) {
                continue;
            }
            MonitoringPoint p = points.findById(a.getPointId()).orElseThrow();
            String cause = "监测报警超过" + after.toMinutes() + "分钟未处置:" + a.brief() + ",报警时间 "
                    + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(a.getRaisedAt().atZone(Zones.CHINA))
                    + (a.getPeakValue() == null ? "" : ",峰值 " + a.getPeakValue() + p.getMeasureUnit()) + "。";
            UUID hazard = asSystem(a.getEnterpriseId(), () -> {
                settings.warningGrades().of(a.getLevel(), a.isMajorSource()).ifPresent(grade -> {
                    String subject = enterprises.find(a.getEnterpriseId()).map(e -> e.name() + " ").orElse("")
                            + p.getUnitName() + " " + p.getName();
                    warnings.raiseForAlarm(new AlarmWarning(a.getId(), a.getEnterpriseId(), a.getRegionCode(),
                            a.getSectors(), subject.length() > 200 ? subject.substring(0, 200) : subject, cause, grade,
                            a.getRaisedAt()));
                });
                return hazards.report(new NewHazard(a.getEnterpriseId(), HazardSource.MEASURE_FAILURE,
                        a.getLevel().severity() >= 2 && a.isMajorSource() ? HazardLevel.MAJOR : HazardLevel.GENERAL,
                        HazardType.INSTRUMENT, null, null, cause + "管控措施可能失效,请核实。", p.getUnitName(),
                        p.getUnitId(), null, null, List.of()));
            });
            a.escalated(hazard, now);
            audit.record(AuditRecord.updated("MonitoringAlarm", a.getId(), "监测报警未处置,提请隐患 " + a.brief(),
                    null, a.snapshot()));
            log.info("Monitoring alarm {} unhandled since {}: hazard {} proposed", a.getId(), a.getRaisedAt(), hazard);
            done.add(a.getId());
        }
        return done;
    }

    private <T> T asSystem(UUID enterpriseId, java.util.function.Supplier<T> work) {
        return SystemActors.actFor(enterpriseId, SYSTEM_ACTOR, SYSTEM_USERNAME, "监测预警系统", work);
    }

    // ---------------------------------------------------------------- people

    /** A person's step on an alarm in scope (404 outside), from the version they saw (409 when stale). */
    @Transactional
    public MonitoringAlarm act(UUID id, long version, AlarmAction action, String measures) {
        MonitoringAlarm a = get(id);
        CurrentUser me = me();
        if (!me.memberOf(a.getEnterpriseId())) {
            throw new AccessDeniedException("只有本企业人员可以处理监测报警");
        }
        if (action != AlarmAction.ACKNOWLEDGE && !me.managerOf(a.getEnterpriseId())) {
            throw new AccessDeniedException("监测报警须由企业主要负责人或安全管理人员处置和关闭");
        }
        Instant now = clock.instant();
        return changes.apply(ALARM, a, version, action == null ? "ACT" : action.name(),
                (action == null ? "" : action.label()) + "监测报警 " + a.brief(),
                x -> x.act(action, me.displayName(), measures, now));
    }

    @Transactional(readOnly = true)
    public MonitoringAlarm get(UUID id) {
        DataScope scope = scopes.current();
        return alarms.findById(id).filter(scope::permits).orElseThrow(() -> new NotFoundException("监测报警"));
    }

    /** Alarms in scope, of one enterprise when given, open ones only when {@code openOnly}. */
    @Transactional(readOnly = true)
    public Page<MonitoringAlarm> list(UUID enterpriseId, boolean openOnly, Pageable page) {
        Specification<MonitoringAlarm> spec = scopes.current().specification();
        if (enterpriseId != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("enterpriseId"), enterpriseId));
        }
        if (openOnly) {
            spec = spec.and((r, q, cb) -> cb.notEqual(r.get("state"), AlarmState.CLOSED));
        }
        return alarms.findAll(spec, page);
    }

    /** Whether the current user may take {@code action} on alarms of {@code enterpriseId}. */
    public boolean mayAct(UUID enterpriseId, AlarmAction action) {
        return DataScopes.currentUser().map(me -> action == AlarmAction.ACKNOWLEDGE ? me.memberOf(enterpriseId)
                : me.managerOf(enterpriseId)).orElse(false);
    }

    /** Counts of open alarms per state in scope (statistics). */
    @Transactional(readOnly = true)
    public Map<AlarmState, Long> openCounts(UUID enterpriseId) {
        Map<AlarmState, Long> m = new LinkedHashMap<>();
        for (AlarmState s : AlarmState.values()) {
            if (s == AlarmState.CLOSED) {
                continue;
            }
            Specification<MonitoringAlarm> spec = scopes.current().<MonitoringAlarm>specification()
                    .and((r, q, cb) -> cb.equal(r.get("state"), s));
            if (enterpriseId != null) {
                spec = spec.and((r, q, cb) -> cb.equal(r.get("enterpriseId"), enterpriseId));
            }
            m.put(s, alarms.count(spec));
        }
        return m;
    }

    private static CurrentUser me() {
        return DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("请先登录"));
    }
}
