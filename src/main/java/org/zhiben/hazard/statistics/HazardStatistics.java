package org.zhiben.hazard.statistics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.Ids;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;
import org.zhiben.directory.Duty;
import org.zhiben.directory.EnterpriseSummary;
import org.zhiben.directory.Enterprises;
import org.zhiben.directory.UnitDuties;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardType;
import org.zhiben.identity.CurrentUser;
import org.zhiben.identity.DataScopes;

/**
 * The 16号令 quarterly and yearly statistics table per enterprise, computed from hazard_hazard, and the principal's
 * sign-off with its due dates. Enterprises outside the caller's scope answer 404.
 */
@Service
public class HazardStatistics {

    static final String HASH_ALGORITHM = "SHA-256";

    private final NamedParameterJdbcTemplate jdbc;
    private final Enterprises enterprises;
    private final UnitDuties duties;
    private final AuditTrail audit;
    private final Clock clock;

    HazardStatistics(DataSource dataSource, Enterprises enterprises, UnitDuties duties, AuditTrail audit,
            Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.enterprises = enterprises;
        this.duties = duties;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    /** The enterprise if visible to the caller, else 404. */
    @Transactional(readOnly = true)
    public EnterpriseSummary enterprise(UUID enterpriseId) {
        return enterprises.find(enterpriseId).orElseThrow(() -> new NotFoundException("企业"));
    }

    /** Whether this unit owes the signed table at all (a 生产经营单位). */
    public boolean owesSignoff(EnterpriseSummary e) {
        return duties.owes(e.unitType(), Duty.STATISTICS_SIGNOFF);
    }

    @Transactional(readOnly = true)
    public StatisticsFigures figures(UUID enterpriseId, StatisticsPeriod period) {
        return compute(enterprise(enterpriseId), period);
    }

    private StatisticsFigures compute(EnterpriseSummary e, StatisticsPeriod period) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("enterprise", e.id())
                .addValue("start", period.start()).addValue("end", period.end());
        long[] found = new long[2];
        long[] rectified = new long[2];
        long[] closedIn = new long[2];
        long[] outstanding = new long[2];
        long[] overdue = {0};
        long[] supervised = {0};
        BigDecimal[] money = {BigDecimal.ZERO, BigDecimal.ZERO};
        Map<HazardSource, Long> foundBySource = new EnumMap<>(HazardSource.class);
        Map<HazardSource, Long> rectifiedBySource = new EnumMap<>(HazardSource.class);
        Map<HazardType, Long> foundByType = new EnumMap<>(HazardType.class);
        jdbc.query("""
                select h.level, h.source, h.type,
                  sum(case when h.found_on >= :start then 1 else 0 end) as found,
                  sum(case when h.found_on >= :start and h.closed_on <= :end then 1 else 0 end) as rectified,
                  sum(case when h.closed_on >= :start and h.closed_on <= :end then 1 else 0 end) as closed_in,
                  sum(case when h.closed_on is null or h.closed_on > :end then 1 else 0 end) as outstanding,
                  sum(case when (h.closed_on is null or h.closed_on > :end) and h.deadline < :end then 1 else 0 end)
                    as overdue,
                  sum(case when h.found_on >= :start and h.level = 'MAJOR' and h.supervised = true then 1 else 0 end)
                    as supervised,
                  sum(case when h.found_on >= :start and h.funds is not null then h.funds else 0 end) as funds,
                  sum(case when h.closed_on >= :start and h.closed_on <= :end and h.cost is not null then h.cost else 0 end)
                    as cost
                from hazard_hazard h
                where h.enterprise_id = :enterprise and h.found_on <= :end and h.state <> 'REJECTED'
                group by h.level, h.source, h.type""", p, rs -> {
                    int major = HazardLevel.valueOf(rs.getString("level")) == HazardLevel.MAJOR ? 1 : 0;
                    HazardSource source = HazardSource.valueOf(rs.getString("source"));
                    HazardType type = HazardType.valueOf(rs.getString("type"));
                    long f = rs.getLong("found");
                    long r = rs.getLong("rectified");
                    found[major] += f;
                    rectified[major] += r;
                    closedIn[major] += rs.getLong("closed_in");
                    outstanding[major] += rs.getLong("outstanding");
                    overdue[0] += rs.getLong("overdue");
                    supervised[0] += rs.getLong("supervised");
                    money[0] = money[0].add(rs.getBigDecimal("funds"));
                    money[1] = money[1].add(rs.getBigDecimal("cost"));
                    foundBySource.merge(source, f, Long::sum);
                    rectifiedBySource.merge(source, r, Long::sum);
                    foundByType.merge(type, f, Long::sum);
                });
        return new StatisticsFigures(e.id(), e.name(), period, found[0], found[1], rectified[0], rectified[1],
                closedIn[0], closedIn[1], outstanding[0], outstanding[1], overdue[0], supervised[0], money[0],
                money[1], foundBySource, rectifiedBySource, foundByType);
    }

    /** The enterprise's ended periods of the last three years with due date and sign-off state, newest first. */
    @Transactional(readOnly = true)
    public List<PeriodStatus> periods(UUID enterpriseId, LocalDate today) {
        EnterpriseSummary e = enterprise(enterpriseId);
        Map<StatisticsPeriod, List<Signoff>> signed = new LinkedHashMap<>();
        signoffs(enterpriseId).forEach(s -> signed.computeIfAbsent(s.period(), k -> new ArrayList<>()).add(s));
        List<PeriodStatus> result = new ArrayList<>();
        for (StatisticsPeriod period : StatisticsPeriod.endedBefore(today, 3)) {
            result.add(status(e, period, signed.getOrDefault(period, List.of()), today));
        }
        return result;
    }

    /**
     * The signed periods ending on or after {@code from} whose figures no longer match their latest signature, oldest
     * first: after a 补录 found on {@code from}, the tables the principal has to sign again.
     */
    @Transactional(readOnly = true)
    public List<StatisticsPeriod> changedSinceSigned(UUID enterpriseId, LocalDate from) {
        EnterpriseSummary e = enterprise(enterpriseId);
        Map<StatisticsPeriod, Signoff> latest = new java.util.TreeMap<>();
        signoffs(enterpriseId).forEach(s -> latest.put(s.period(), s)); // ordered by signing time: the last one stays
        return latest.values().stream().filter(s -> !s.period().end().isBefore(from))
                .filter(s -> !s.figuresHash().equals(compute(e, s.period()).sha256())).map(Signoff::period).toList();
    }

    @Transactional(readOnly = true)
    public PeriodStatus status(UUID enterpriseId, StatisticsPeriod period, LocalDate today) {
        EnterpriseSummary e = enterprise(enterpriseId);
        return status(e, period, signoffs(enterpriseId).stream().filter(s -> s.period().equals(period)).toList(),
                today);
    }

    private PeriodStatus status(EnterpriseSummary e, StatisticsPeriod period, List<Signoff> signed, LocalDate today) {
        if (signed.isEmpty()) {
            return new PeriodStatus(period, period.dueDate(),
                    period.overdueOn(today) ? PeriodStatus.State.OVERDUE : PeriodStatus.State.DUE, null, null);
        }
        Signoff first = signed.get(0);
        Signoff latest = signed.get(signed.size() - 1);
        PeriodStatus.State state;
        if (!latest.figuresHash().equals(compute(e, period).sha256())) {
            state = PeriodStatus.State.CHANGED;
        } else {
            state = first.late() ? PeriodStatus.State.SIGNED_LATE : PeriodStatus.State.SIGNED;
        }
        return new PeriodStatus(period, period.dueDate(), state, first, latest);
    }

    /** Signs whatever the figures are now: {@link #sign(UUID, StatisticsPeriod, Instant, String)} without a hash. */
    @Transactional
    public Signoff sign(UUID enterpriseId, StatisticsPeriod period, Instant now) {
        return sign(enterpriseId, period, now, null);
    }

    /**
     * The principal of the enterprise signs the period's current figures. Only after the period ended; again only
     * when the figures changed since the last signature; when {@code seenHash} is given, only if the figures are still
     * the ones the signer saw. Records who, when and the SHA-256 of the figures; audited.
     */
    @Transactional
    public Signoff sign(UUID enterpriseId, StatisticsPeriod period, Instant now, String seenHash) {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
        EnterpriseSummary e = enterprise(enterpriseId);
        if (!me.principalOf(enterpriseId)) {
            throw new AccessDeniedException("只有本企业主要负责人可以签字");
        }
        duties.require(e.unitType(), Duty.STATISTICS_SIGNOFF, "period");
        LocalDate today = LocalDate.ofInstant(now, Zones.CHINA);
        if (!period.ended(today)) {
            throw new InvalidInputException("period", period.label() + "尚未结束,结束后才能签字");
        }
        StatisticsFigures figures = compute(e, period);
        String hash = figures.sha256();
        if (seenHash != null && !seenHash.equals(hash)) {
            // the signer signs what they saw: figures that changed since are checked again first
            throw new InvalidInputException("figuresHash", "统计数据在您核对后已变化,请核对最新数据后再签字");
        }
        List<Signoff> earlier = signoffs(enterpriseId).stream().filter(s -> s.period().equals(period)).toList();
        if (!earlier.isEmpty() && earlier.get(earlier.size() - 1).figuresHash().equals(hash)) {
            throw new InvalidInputException("period", period.label() + "的统计分析表已签字,数据未变化,无需重复签字");
        }
        Signoff s = new Signoff(Ids.newId(), enterpriseId, period, me.id(), me.displayName(),
                now.truncatedTo(java.time.temporal.ChronoUnit.MICROS), today, HASH_ALGORITHM, hash, figures.canonical());
        jdbc.update("""
                insert into hazard_statistics_signoff (id, enterprise_id, period_kind, period_year, period_quarter,
                    signed_by, signed_by_name, signed_at, signed_on, hash_algorithm, figures_hash, figures)
                values (:id, :enterprise, :kind, :year, :quarter, :by, :byName, :at, :on, :algorithm, :hash, :figures)""",
                new MapSqlParameterSource().addValue("id", s.id()).addValue("enterprise", enterpriseId)
                        .addValue("kind", period.kindCode()).addValue("year", period.year())
                        .addValue("quarter", period.quarter()).addValue("by", me.id())
                        .addValue("byName", me.displayName())
                        .addValue("at", java.sql.Timestamp.from(s.signedAt()))
                        .addValue("on", today).addValue("algorithm", HASH_ALGORITHM).addValue("hash", hash)
                        .addValue("figures", s.figures()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterpriseId", enterpriseId.toString());
        after.put("period", period.code());
        after.put("dueDate", period.dueDate().toString());
        after.put("late", s.late());
        after.put("resign", !earlier.isEmpty());
        after.put("figuresSha256", hash);
        audit.record(new AuditRecord("SIGN", "HazardStatistics", enterpriseId + "/" + period.code(),
                (earlier.isEmpty() ? "签署" : "重新签署") + period.label() + "隐患排查治理统计分析表(" + e.name() + ")",
                null, after));
        return s;
    }

    /**
     * Enterprises in the caller's scope that owe the table (生产经营单位, see {@link UnitDuties}) with no signature for
     * {@code period} although its due date passed on {@code today} (empty while it is not yet due), a page at a time.
     * Officials and administrators only.
     */
    @Transactional(readOnly = true)
    public Page<EnterpriseSummary> overdue(StatisticsPeriod period, LocalDate today, Pageable pageable) {
        CurrentUser me = DataScopes.currentUser().orElseThrow(() -> new AccessDeniedException("login"));
        if (!me.isOfficialOrAdmin()) {
            throw new AccessDeniedException("仅监管人员可以查看");
        }
        if (!period.overdueOn(today)) {
            return Page.empty(pageable);
        }
        return enterprises.owingWithout(Duty.STATISTICS_SIGNOFF, SqlFragment.of("exists (select 1 from"
                + " hazard_statistics_signoff s where s.enterprise_id = e.id and s.period_year = ? and"
                + " s.period_quarter = ?)", period.year(), period.quarter()), pageable);
    }

    private List<Signoff> signoffs(UUID enterpriseId) {
        return jdbc.query("""
                select * from hazard_statistics_signoff where enterprise_id = :enterprise
                order by period_year, period_quarter, signed_at""",
                new MapSqlParameterSource("enterprise", enterpriseId), SIGNOFF);
    }

    private static final RowMapper<Signoff> SIGNOFF = (rs, n) -> new Signoff(rs.getObject("id", UUID.class),
            rs.getObject("enterprise_id", UUID.class),
            new StatisticsPeriod(rs.getInt("period_year"), rs.getInt("period_quarter")),
            rs.getObject("signed_by", UUID.class), rs.getString("signed_by_name"),
            rs.getTimestamp("signed_at").toInstant(), rs.getObject("signed_on", LocalDate.class),
            rs.getString("hash_algorithm"), rs.getString("figures_hash"), rs.getString("figures"));
}
