package org.zhiben.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.audit.AuditRecord;
import org.zhiben.audit.AuditTrail;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.IdempotentCreates;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.RegionLevel;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.common.Zones;
import org.zhiben.directory.Enterprises;
import org.zhiben.enforcement.internal.Officer;
import org.zhiben.enforcement.internal.OfficerRepository;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/**
 * Training records of enforcement officers (执法人员能力提升培训, seed 002 task 10; seed 004 轮训; seed 003 item 23) and
 * their coverage: the officers whose 执法证 was valid at some day of the period (valid from ≤ period end and valid
 * until ≥ period start) with at least one training record dated inside the period, over all such officers, by region
 * one level below the caller's jurisdiction, in one grouped query. A record is added by an official whose
 * jurisdiction covers the officer's region (the officer's office or above); elsewhere the officer is not found (404).
 */
@Service
public class OfficerTrainings {

    /** Earliest training date accepted. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(200);

    private final JdbcTemplate jdbc;
    private final OfficerRepository officers;
    private final Enterprises enterprises;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final IdempotentCreates creates;
    private final Clock clock;

    OfficerTrainings(JdbcTemplate jdbc, OfficerRepository officers, Enterprises enterprises, DataScopes scopes,
            AuditTrail audit, IdempotentCreates creates, Clock clock) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.enterprises = enterprises;
        this.scopes = scopes;
        this.audit = audit;
        this.creates = creates;
        this.clock = clock;
    }

    private record Fingerprint(UUID officerId, NewTraining training) {
    }

    /** A training to record. */
    public record NewTraining(LocalDate trainedOn, String topic, BigDecimal hours, String organiser) {
    }

    /** One training record. */
    public record Training(UUID id, UUID officerId, LocalDate trainedOn, String topic, BigDecimal hours,
            String organiser) {
    }

    /** An officer's trainings in a period: how many and the 学时, with the last date. */
    public record Summary(int count, BigDecimal hours, LocalDate last) {
    }

    /** One region row of the coverage: officers counted and trained. */
    public record Row(String regionCode, String regionName, long officers, long trained) {

        public BigDecimal rate() {
            return OfficerTrainings.rate(officers, trained);
        }
    }

    /** An officer counted but without a training in the period. */
    public record Untrained(UUID id, String name, String certNo, String regionCode, String office) {
    }

    /** The coverage of a period in the caller's scope. */
    public record Coverage(LocalDate from, LocalDate to, List<Row> byRegion, long officers, long trained,
            List<Untrained> untrained) {

        public BigDecimal rate() {
            return OfficerTrainings.rate(officers, trained);
        }
    }

    static BigDecimal rate(long all, long ok) {
        return all == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(ok * 100).divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_UP);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    /** Records a training of an officer; a retry with the same key answers the first record. */
    @Transactional
    public UUID add(UUID officerId, NewTraining n, String idempotencyKey) {
        EnforcementDirectory.requireOfficial();
        Officer o = EnforcementDirectory.manageable(officers, scopes.current(), officerId);
        return creates.once("enforcement.officer.training", idempotencyKey, new Fingerprint(officerId, n),
                () -> insert(o, n));
    }

    private UUID insert(Officer o, NewTraining n) {
        List<FieldViolation> v = new ArrayList<>();
        if (n.trainedOn() == null) {
            v.add(new FieldViolation("trainedOn", "请填写培训日期"));
        } else if (n.trainedOn().isAfter(today())) {
            v.add(new FieldViolation("trainedOn", "培训日期不能晚于今天"));
        } else if (n.trainedOn().isBefore(EARLIEST)) {
            v.add(new FieldViolation("trainedOn", "培训日期不能早于2000年"));
        }
        String topic = n.topic() == null ? "" : n.topic().strip();
        if (topic.isEmpty()) {
            v.add(new FieldViolation("topic", "请填写培训课程或主题"));
        } else if (topic.length() > 200) {
            v.add(new FieldViolation("topic", "培训课程或主题不能超过200字"));
        }
        if (n.hours() == null) {
            v.add(new FieldViolation("hours", "请填写学时"));
        } else if (n.hours().signum() <= 0 || n.hours().compareTo(MAX_HOURS) > 0 || n.hours().scale() > 1
                && n.hours().stripTrailingZeros().scale() > 1) {
            v.add(new FieldViolation("hours", "学时应大于0且不超过200(最多一位小数)"));
        }
        String organiser = n.organiser() == null ? "" : n.organiser().strip();
        if (organiser.isEmpty()) {
            v.add(new FieldViolation("organiser", "请填写培训组织单位"));
        } else if (organiser.length() > 100) {
            v.add(new FieldViolation("organiser", "培训组织单位不能超过100字"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        UUID id = UUID.randomUUID();
        BigDecimal hours = n.hours().setScale(1, RoundingMode.UNNECESSARY);
        UUID by = DataScopes.currentUser().map(u -> u.id()).orElse(null);
        jdbc.update("insert into enforcement_officer_training (id, officer_id, trained_on, topic, hours, organiser,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id, o.getId(), Date.valueOf(n.trainedOn()),
                topic, hours, organiser, by, Timestamp.from(clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("officerId", o.getId().toString());
        after.put("trainedOn", n.trainedOn().toString());
        after.put("topic", topic);
        after.put("hours", hours.toPlainString());
        after.put("organiser", organiser);
        audit.record(AuditRecord.created("EnforcementOfficerTraining", id,
                "登记执法人员培训 " + o.getName() + " " + n.trainedOn() + " " + topic, after));
        return id;
    }

    /** An officer's trainings, newest first (the officer as {@link EnforcementDirectory#officer} finds them). */
    @Transactional(readOnly = true)
    public List<Training> of(UUID officerId) {
        EnforcementDirectory.requireOfficial();
        DataScope scope = scopes.current();
        Officer o = officers.findById(officerId)
                .filter(x -> scope.permitsRegionRecord(x.getRegionCode(), x.getSectors().codes()))
                .orElseThrow(() -> new NotFoundException("执法人员"));
        return jdbc.query("select id, officer_id, trained_on, topic, hours, organiser from enforcement_officer_training"
                + " where officer_id = ? order by trained_on desc, created_at desc", (rs, i) -> new Training(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getBigDecimal(5).setScale(1, RoundingMode.HALF_UP), rs.getString(6)),
                o.getId());
    }

    /** Per officer id, the trainings of the period (officers without any are absent), in one grouped query. */
    @Transactional(readOnly = true)
    public Map<UUID, Summary> summaries(List<UUID> officerIds, LocalDate from, LocalDate to) {
        Map<UUID, Summary> out = new LinkedHashMap<>();
        for (int i = 0; i < officerIds.size(); i += 500) {
            List<UUID> part = officerIds.subList(i, Math.min(officerIds.size(), i + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            List<Object> args = new ArrayList<>(part);
            args.add(Date.valueOf(from));
            args.add(Date.valueOf(to));
            jdbc.query("select officer_id, count(*), sum(hours), max(trained_on) from enforcement_officer_training"
                    + " where officer_id in (" + marks + ") and trained_on between ? and ? group by officer_id",
                    rs -> {
                        out.put(rs.getObject(1, UUID.class), new Summary(rs.getInt(2),
                                rs.getBigDecimal(3).setScale(1, RoundingMode.HALF_UP), rs.getDate(4).toLocalDate()));
                    }, args.toArray());
        }
        return out;
    }

    /** The coverage of {@code from}..{@code to} (both inclusive; default the current calendar year). */
    @Transactional(readOnly = true)
    public Coverage coverage(LocalDate from, LocalDate to) {
        EnforcementDirectory.requireOfficial();
        LocalDate today = today();
        LocalDate f = from == null ? today.withDayOfYear(1) : from;
        LocalDate t = to == null ? (from == null ? today.withMonth(12).withDayOfMonth(31) : f.withMonth(12)
                .withDayOfMonth(31)) : to;
        List<FieldViolation> v = new ArrayList<>();
        if (t.isBefore(f)) {
            v.add(new FieldViolation("to", "结束日期不能早于开始日期"));
        } else if (f.plusYears(10).isBefore(t)) {
            v.add(new FieldViolation("to", "统计期间不能超过10年"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        DataScope scope = scopes.current();
        SqlFragment where = inScope(scope, "o");
        int prefix = childPrefix(scope);
        String key = prefix >= 12 ? "o.region_code"
                : "substr(o.region_code, 1, " + prefix + ") || '" + "0".repeat(12 - prefix) + "'";
        List<Object> args = new ArrayList<>();
        args.add(Date.valueOf(f));
        args.add(Date.valueOf(t));
        args.add(Date.valueOf(t));
        args.add(Date.valueOf(f));
        args.addAll(where.args());
        String counted = " from enforcement_officer o where o.valid_from <= ? and o.valid_until >= ? and "
                + where.sql();
        String trained = "exists (select 1 from enforcement_officer_training t where t.officer_id = o.id"
                + " and t.trained_on between ? and ?)";
        List<Row> rows = jdbc.query("select k, count(*), sum(tr) from (select " + key + " as k, case when " + trained
                + " then 1 else 0 end as tr" + counted + ") x group by k order by k",
                (rs, i) -> new Row(rs.getString(1), null, rs.getLong(2), rs.getLong(3)), args.toArray());
        Map<String, String> names = enterprises.regionNames(rows.stream().map(Row::regionCode).toList());
        rows = rows.stream().map(r -> new Row(r.regionCode(), names.getOrDefault(r.regionCode(), r.regionCode()),
                r.officers(), r.trained())).toList();
        List<Untrained> untrained = jdbc.query("select o.id, o.name, o.cert_no, o.region_code, o.office" + counted
                + " and not " + trained + " order by o.region_code, o.cert_no",
                (rs, i) -> new Untrained(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), reorder(args));
        long all = rows.stream().mapToLong(Row::officers).sum();
        long ok = rows.stream().mapToLong(Row::trained).sum();
        return new Coverage(f, t, rows, all, ok, untrained);
    }

    /** Arguments of the untrained list: the counted condition's first, then the training window. */
    private static Object[] reorder(List<Object> args) {
        List<Object> out = new ArrayList<>(args.subList(2, args.size()));
        out.addAll(args.subList(0, 2));
        return out.toArray();
    }

    /** Officers inside the scope's jurisdiction (not its ancestors), as a condition over alias {@code a}. */
    static SqlFragment inScope(DataScope scope, String a) {
        return switch (scope.kind()) {
            case ALL -> SqlFragment.TRUE;
            case JURISDICTION -> {
                SqlFragment f = SqlFragment.of(a + ".region_code between ? and ?", scope.regionLow(),
                        scope.regionHigh());
                yield scope.sectorLimited() ? f.and(SqlFragment.anyOf(List.of(
                        SqlFragment.of(a + ".sectors = ?", SectorSet.EMPTY.encode()),
                        SectorSet.anyOf(a + ".sectors", scope.sectors())))) : f;
            }
            default -> SqlFragment.FALSE;
        };
    }

    private static int childPrefix(DataScope scope) {
        if (scope.kind() != DataScope.Kind.JURISDICTION) {
            return RegionLevel.PROVINCE.prefixLength();
        }
        RegionLevel level = RegionCode.of(scope.regionLow()).level();
        return level == RegionLevel.VILLAGE ? level.prefixLength()
                : RegionLevel.ofDepth(level.depth() + 1).prefixLength();
    }
}
