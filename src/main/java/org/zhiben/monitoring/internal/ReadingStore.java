package org.zhiben.monitoring.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.common.Database;
import org.zhiben.monitoring.AlarmLevel;

/**
 * Set-based storage of readings, roll-ups, live point state and rejection counts. Readings are inserted once per
 * (point, ts) ({@code on conflict do nothing}, on H2 in PostgreSQL mode as well); roll-ups are added per minute and
 * hour bucket ({@code on conflict do update} on PostgreSQL, {@code merge} on H2). On PostgreSQL the readings table
 * is partitioned by month, and readings and roll-ups go in one statement per batch (arrays unnested): {@link #ensurePartitions} creates the months ahead, {@link #dropBefore} drops whole
 * months past the retention.
 */
@Component
public class ReadingStore {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final boolean postgres;

    ReadingStore(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.postgres = database.postgres();
    }

    public boolean postgres() {
        return postgres;
    }

    /** A reading to store. */
    public record Row(UUID pointId, Instant ts, double value, int quality) {
    }

    /** Inserts the rows; answers for each whether it was new (false: that point already had a reading at ts). */
    public boolean[] insert(List<Row> rows, Instant receivedAt) {
        boolean[] inserted = new boolean[rows.size()];
        if (rows.isEmpty()) {
            return inserted;
        }
        OffsetDateTime received = at(receivedAt);
        if (postgres) {
            return insertAtOnce(rows, received);
        }
        List<Object[]> args = new ArrayList<>(rows.size());
        for (Row r : rows) {
            args.add(new Object[] {r.pointId(), at(r.ts()), r.value(), r.quality(), received});
        }
        int[] counts = jdbc.batchUpdate("insert into monitoring_reading (point_id, ts, val, quality, received_at) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", args);
        for (int i = 0; i < counts.length; i++) {
            inserted[i] = counts[i] != 0; // SUCCESS_NO_INFO (-2) counts as inserted
        }
        return inserted;
    }

    /**
     * PostgreSQL: one statement for the whole batch (arrays unnested), which costs a fraction of a statement per row.
     * Timestamps travel as microseconds since the epoch, so they arrive exactly. A (point, ts) given twice in one
     * batch is inserted once; the first occurrence is the new one.
     */
    private boolean[] insertAtOnce(List<Row> rows, OffsetDateTime received) {
        int n = rows.size();
        UUID[] ids = new UUID[n];
        Long[] micros = new Long[n];
        Double[] values = new Double[n];
        Integer[] qualities = new Integer[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            ids[i] = r.pointId();
            micros[i] = micros(r.ts());
            values[i] = r.value();
            qualities[i] = r.quality();
        }
        List<UUID> freshIds = new ArrayList<>(n);
        List<OffsetDateTime> freshTs = new ArrayList<>(n);
        jdbc.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("insert into monitoring_reading "
                    + "(point_id, ts, val, quality, received_at) select p, " + FROM_MICROS + ", v, q, ? "
                    + "from unnest(?::uuid[], ?::int8[], ?::float8[], ?::int4[]) as u(p, us, v, q) "
                    + "on conflict do nothing returning point_id, ts")) {
                ps.setObject(1, received);
                ps.setArray(2, c.createArrayOf("uuid", ids));
                ps.setArray(3, c.createArrayOf("int8", micros));
                ps.setArray(4, c.createArrayOf("float8", values));
                ps.setArray(5, c.createArrayOf("int4", qualities));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        freshIds.add(rs.getObject(1, UUID.class));
                        freshTs.add(rs.getObject(2, OffsetDateTime.class));
                    }
                }
            }
            return null;
        });
        boolean[] inserted = new boolean[n];
        if (freshIds.size() == n) {
            // the usual case: every row was new (a row given twice in the batch is inserted once, so n were distinct)
            java.util.Arrays.fill(inserted, true);
            return inserted;
        }
        Set<Key> fresh = new HashSet<>();
        for (int i = 0; i < freshIds.size(); i++) {
            fresh.add(new Key(freshIds.get(i), micros(freshTs.get(i).toInstant())));
        }
        for (int i = 0; i < n; i++) {
            inserted[i] = fresh.remove(new Key(ids[i], micros[i]));
        }
        return inserted;
    }

    /** A point and a time in microseconds (or a bucket's start in seconds), as a map key. */
    private record Key(UUID pointId, long at) implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            int c = pointId.compareTo(o.pointId);
            return c != 0 ? c : Long.compare(at, o.at);
        }
    }

    private static final String FROM_MICROS = "timestamptz 'epoch' + us * interval '1 microsecond'";

    private static long micros(Instant i) {
        return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000);
    }

    /**
     * Adds the rows to the minute and hour roll-ups: one pass sums both grains per (point, bucket start in epoch
     * seconds); the buckets are written in key order.
     */
    public void rollUp(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Key, double[]> minutes = new HashMap<>();
        Map<Key, double[]> hours = new HashMap<>();
        for (Row r : rows) {
            long second = r.ts().getEpochSecond();
            add(minutes, new Key(r.pointId(), second - Math.floorMod(second, 60)), r.value());
            add(hours, new Key(r.pointId(), second - Math.floorMod(second, 3600)), r.value());
        }
        write("monitoring_rollup_minute", new TreeMap<>(minutes));
        write("monitoring_rollup_hour", new TreeMap<>(hours));
    }

    private static void add(Map<Key, double[]> buckets, Key k, double v) {
        double[] a = buckets.get(k);
        if (a == null) {
            buckets.put(k, new double[] {1, v, v, v});
        } else {
            a[0]++;
            a[1] = Math.min(a[1], v);
            a[2] = Math.max(a[2], v);
            a[3] += v;
        }
    }

    private void write(String table, Map<Key, double[]> buckets) {
        if (postgres) {
            rollUpAtOnce(table, buckets);
            return;
        }
        List<Object[]> args = new ArrayList<>(buckets.size());
        buckets.forEach((k, a) -> args.add(new Object[] {k.pointId(), at(Instant.ofEpochSecond(k.at())), (long) a[0],
                a[1], a[2], a[3]}));
        jdbc.batchUpdate("merge into " + table + " t using (select cast(? as uuid) point_id, "
                + "cast(? as timestamp with time zone) bucket, cast(? as bigint) n, "
                + "cast(? as double precision) vmin, cast(? as double precision) vmax, "
                + "cast(? as double precision) vsum) s on t.point_id = s.point_id and t.bucket = s.bucket "
                + "when matched then update set n = t.n + s.n, vmin = least(t.vmin, s.vmin), "
                + "vmax = greatest(t.vmax, s.vmax), vsum = t.vsum + s.vsum "
                + "when not matched then insert (point_id, bucket, n, vmin, vmax, vsum) "
                + "values (s.point_id, s.bucket, s.n, s.vmin, s.vmax, s.vsum)", args);
    }

    /** PostgreSQL: one upsert per grain for the batch's buckets, in key order. */
    private void rollUpAtOnce(String table, Map<Key, double[]> buckets) {
        int n = buckets.size();
        UUID[] ids = new UUID[n];
        Long[] micros = new Long[n];
        Long[] counts = new Long[n];
        Double[] mins = new Double[n];
        Double[] maxs = new Double[n];
        Double[] sums = new Double[n];
        int i = 0;
        for (Map.Entry<Key, double[]> e : buckets.entrySet()) {
            double[] a = e.getValue();
            ids[i] = e.getKey().pointId();
            micros[i] = e.getKey().at() * 1_000_000L;
            counts[i] = (long) a[0];
            mins[i] = a[1];
            maxs[i] = a[2];
            sums[i] = a[3];
            i++;
        }
        jdbc.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement("insert into " + table + " as t "
                    + "(point_id, bucket, n, vmin, vmax, vsum) select p, " + FROM_MICROS + ", n, lo, hi, s "
                    + "from unnest(?::uuid[], ?::int8[], ?::int8[], ?::float8[], ?::float8[], ?::float8[]) "
                    + "as u(p, us, n, lo, hi, s) on conflict (point_id, bucket) do update set n = t.n + excluded.n, "
                    + "vmin = least(t.vmin, excluded.vmin), vmax = greatest(t.vmax, excluded.vmax), "
                    + "vsum = t.vsum + excluded.vsum")) {
                ps.setArray(1, c.createArrayOf("uuid", ids));
                ps.setArray(2, c.createArrayOf("int8", micros));
                ps.setArray(3, c.createArrayOf("int8", counts));
                ps.setArray(4, c.createArrayOf("float8", mins));
                ps.setArray(5, c.createArrayOf("float8", maxs));
                ps.setArray(6, c.createArrayOf("float8", sums));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A point's live state. */
    public record State(UUID pointId, Instant lastTs, Double lastValue, AlarmLevel band, boolean offline,
            long accepted, long rejected) {
    }

    /** The states of {@code pointIds}, locked for this transaction (in id order, so two batches never deadlock). */
    public Map<UUID, State> lockStates(Collection<UUID> pointIds) {
        Map<UUID, State> states = new HashMap<>();
        if (pointIds.isEmpty()) {
            return states;
        }
        named.query("select point_id, last_ts, last_value, band, offline, accepted, rejected from "
                + "monitoring_point_state where point_id in (:ids) order by point_id for update",
                new MapSqlParameterSource("ids", pointIds), rs -> {
                    State s = state(rs);
                    states.put(s.pointId(), s);
                });
        return states;
    }

    /** States of {@code pointIds}, unlocked (pages). */
    public Map<UUID, State> states(Collection<UUID> pointIds) {
        Map<UUID, State> states = new HashMap<>();
        if (pointIds.isEmpty()) {
            return states;
        }
        named.query("select point_id, last_ts, last_value, band, offline, accepted, rejected from "
                + "monitoring_point_state where point_id in (:ids)", new MapSqlParameterSource("ids", pointIds), rs -> {
                    State s = state(rs);
                    states.put(s.pointId(), s);
                });
        return states;
    }

    private static State state(java.sql.ResultSet rs) throws SQLException {
        Timestamp ts = rs.getTimestamp("last_ts");
        double v = rs.getDouble("last_value");
        Double value = rs.wasNull() ? null : v;
        return new State(rs.getObject("point_id", UUID.class), ts == null ? null : ts.toInstant(), value,
                AlarmLevel.valueOf(rs.getString("band")), rs.getBoolean("offline"), rs.getLong("accepted"),
                rs.getLong("rejected"));
    }

    public void createState(UUID pointId) {
        jdbc.update("insert into monitoring_point_state (point_id, band, offline, accepted, rejected) "
                + "values (?, 'NORMAL', false, 0, 0)", pointId);
    }

    /** Writes the states (on PostgreSQL in one statement, arrays unnested). */
    public void saveStates(Collection<State> states) {
        if (states.isEmpty()) {
            return;
        }
        if (postgres && states.size() > 1) {
            int n = states.size();
            UUID[] ids = new UUID[n];
            Long[] lastTs = new Long[n];
            Double[] lastValues = new Double[n];
            String[] bands = new String[n];
            Boolean[] offline = new Boolean[n];
            Long[] accepted = new Long[n];
            Long[] rejected = new Long[n];
            int i = 0;
            for (State s : states) {
                ids[i] = s.pointId();
                lastTs[i] = s.lastTs() == null ? null : micros(s.lastTs());
                lastValues[i] = s.lastValue();
                bands[i] = s.band().name();
                offline[i] = s.offline();
                accepted[i] = s.accepted();
                rejected[i] = s.rejected();
                i++;
            }
            jdbc.execute((Connection c) -> {
                try (PreparedStatement ps = c.prepareStatement("update monitoring_point_state s set last_ts = "
                        + FROM_MICROS + ", last_value = u.v, band = u.b, offline = u.o, accepted = u.a, "
                        + "rejected = u.r from unnest(?::uuid[], ?::int8[], ?::float8[], ?::varchar[], ?::bool[], "
                        + "?::int8[], ?::int8[]) as u(p, us, v, b, o, a, r) where s.point_id = u.p")) {
                    ps.setArray(1, c.createArrayOf("uuid", ids));
                    ps.setArray(2, c.createArrayOf("int8", lastTs));
                    ps.setArray(3, c.createArrayOf("float8", lastValues));
                    ps.setArray(4, c.createArrayOf("varchar", bands));
                    ps.setArray(5, c.createArrayOf("bool", offline));
                    ps.setArray(6, c.createArrayOf("int8", accepted));
                    ps.setArray(7, c.createArrayOf("int8", rejected));
                    ps.executeUpdate();
                }
                return null;
            });
            return;
        }
        List<Object[]> args = new ArrayList<>();
        for (State s : states) {
            args.add(new Object[] {s.lastTs() == null ? null : at(s.lastTs()), s.lastValue(), s.band().name(),
                    s.offline(), s.accepted(), s.rejected(), s.pointId()});
        }
        jdbc.batchUpdate("update monitoring_point_state set last_ts = ?, last_value = ?, band = ?, offline = ?, "
                + "accepted = ?, rejected = ? where point_id = ?", args);
    }

    /** What ingestion needs of a point: its id, whether it is active, and its range and thresholds. */
    public record Rule(UUID id, String code, boolean active, org.zhiben.monitoring.Thresholds.Bands bands,
            String range) {
    }

    private static final String RULE_COLUMNS = "p.id, p.code, p.active, p.range_low, p.range_high, p.low_low, p.low, "
            + "p.high, p.high_high, p.dead_band";

    private static Rule rule(ResultSet rs) throws SQLException {
        java.math.BigDecimal lo = rs.getBigDecimal("range_low");
        java.math.BigDecimal hi = rs.getBigDecimal("range_high");
        org.zhiben.monitoring.Thresholds t = new org.zhiben.monitoring.Thresholds(lo, hi, rs.getBigDecimal("low_low"),
                rs.getBigDecimal("low"), rs.getBigDecimal("high"), rs.getBigDecimal("high_high"),
                rs.getBigDecimal("dead_band"));
        return new Rule(rs.getObject("id", UUID.class), rs.getString("code"), rs.getBoolean("active"), t.bands(),
                lo.toPlainString() + "~" + hi.toPlainString());
    }

    /** The rules of {@code enterpriseId}'s points with these codes, by code (one query, no entities). */
    public Map<String, Rule> rules(UUID enterpriseId, Collection<String> codes) {
        Map<String, Rule> rules = new HashMap<>();
        if (codes.isEmpty()) {
            return rules;
        }
        named.query("select " + RULE_COLUMNS + " from monitoring_point p where p.enterprise_id = :e and p.code in "
                + "(:codes)", new MapSqlParameterSource("e", enterpriseId).addValue("codes", codes), rs -> {
                    Rule r = rule(rs);
                    rules.put(r.code(), r);
                });
        return rules;
    }

    /** Every point of {@code enterpriseId} with its current band (unlocked), by code: the alarm fast lane's cache. */
    public Map<String, Map.Entry<Rule, AlarmLevel>> rulesAndBands(UUID enterpriseId) {
        Map<String, Map.Entry<Rule, AlarmLevel>> rules = new HashMap<>();
        jdbc.query("select " + RULE_COLUMNS + ", s.band from monitoring_point p left join monitoring_point_state s "
                + "on s.point_id = p.id where p.enterprise_id = ?", rs -> {
                    Rule r = rule(rs);
                    String band = rs.getString("band");
                    rules.put(r.code(), Map.entry(r, band == null ? AlarmLevel.NORMAL : AlarmLevel.valueOf(band)));
                }, enterpriseId);
        return rules;
    }

    /** A refused reading to count. */
    public record Rejection(UUID enterpriseId, String pointCode, String reason, String detail) {
    }

    /** Adds the rejections to the per-point counters (one row per enterprise, point code and reason). */
    public void countRejections(List<Rejection> rejections, Instant now) {
        Map<String, Object[]> rows = new TreeMap<>();
        for (Rejection r : rejections) {
            String code = r.pointCode().length() > 64 ? r.pointCode().substring(0, 64) : r.pointCode();
            String detail = r.detail().length() > 300 ? r.detail().substring(0, 300) : r.detail();
            Object[] row = rows.computeIfAbsent(r.enterpriseId() + "|" + code + "|" + r.reason(),
                    k -> new Object[] {r.enterpriseId(), code, r.reason(), 0L, at(now), detail});
            row[3] = (long) row[3] + 1;
            row[5] = detail;
        }
        String sql = postgres
                ? "insert into monitoring_rejection as t (enterprise_id, point_code, reason, n, last_at, last_detail) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict on constraint monitoring_rejection_pk do update set "
                        + "n = t.n + excluded.n, last_at = excluded.last_at, last_detail = excluded.last_detail"
                : "merge into monitoring_rejection t using (select cast(? as uuid) enterprise_id, "
                        + "cast(? as varchar(64)) point_code, cast(? as varchar(16)) reason, cast(? as bigint) n, "
                        + "cast(? as timestamp with time zone) last_at, cast(? as varchar(300)) last_detail) s "
                        + "on t.enterprise_id = s.enterprise_id and t.point_code = s.point_code and t.reason = s.reason "
                        + "when matched then update set n = t.n + s.n, last_at = s.last_at, last_detail = s.last_detail "
                        + "when not matched then insert (enterprise_id, point_code, reason, n, last_at, last_detail) "
                        + "values (s.enterprise_id, s.point_code, s.reason, s.n, s.last_at, s.last_detail)";
        jdbc.batchUpdate(sql, new ArrayList<>(rows.values()));
    }

    /** Rejection counters of one enterprise, newest first. */
    public List<Map<String, Object>> rejections(UUID enterpriseId) {
        return jdbc.queryForList("select point_code, reason, n, last_at, last_detail from monitoring_rejection "
                + "where enterprise_id = ? order by last_at desc", enterpriseId);
    }

    /** One point of a chart series. */
    public record Sample(Instant at, double min, double max, double avg) {
    }

    /** A point's series from {@code from} to {@code to}: raw readings, or minute or hour roll-ups. */
    public List<Sample> series(UUID pointId, String grain, Instant from, Instant to) {
        if ("raw".equals(grain)) {
            return jdbc.query("select ts, val from monitoring_reading where point_id = ? and ts >= ? and ts < ? "
                    + "order by ts", (rs, i) -> {
                        double v = rs.getDouble(2);
                        return new Sample(rs.getTimestamp(1).toInstant(), v, v, v);
                    }, pointId, at(from), at(to));
        }
        String table = "hour".equals(grain) ? "monitoring_rollup_hour" : "monitoring_rollup_minute";
        return jdbc.query("select bucket, vmin, vmax, vsum / n from " + table + " where point_id = ? and bucket >= ? "
                + "and bucket < ? order by bucket", (rs, i) -> new Sample(rs.getTimestamp(1).toInstant(),
                        rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)), pointId, at(from), at(to));
    }

    public long countReadings(UUID pointId) {
        Long n = jdbc.queryForObject("select count(*) from monitoring_reading where point_id = ?", Long.class, pointId);
        return n == null ? 0 : n;
    }

    /** Creates the monthly partitions (PostgreSQL) from {@code from}'s month through {@code to}'s. */
    public void ensurePartitions(Instant from, Instant to) {
        if (!postgres) {
            return;
        }
        YearMonth last = YearMonth.from(to.atOffset(ZoneOffset.UTC));
        for (YearMonth m = YearMonth.from(from.atOffset(ZoneOffset.UTC)); !m.isAfter(last); m = m.plusMonths(1)) {
            jdbc.execute("create table if not exists " + partitionName(m) + " partition of monitoring_reading for "
                    + "values from ('" + m.atDay(1) + " 00:00:00+00') to ('" + m.plusMonths(1).atDay(1)
                    + " 00:00:00+00')");
        }
    }

    /**
     * Forgets readings before {@code cutoff} (PostgreSQL: whole monthly partitions ending at or before it; H2: rows)
     * and minute roll-ups before {@code minuteCutoff}, hour roll-ups before {@code hourCutoff}.
     */
    public int dropBefore(Instant cutoff, Instant minuteCutoff, Instant hourCutoff) {
        int dropped = 0;
        if (postgres) {
            List<String> parts = jdbc.queryForList("select c.relname from pg_inherits i join pg_class c on c.oid = "
                    + "i.inhrelid join pg_class p on p.oid = i.inhparent where p.relname = 'monitoring_reading'",
                    String.class);
            for (String name : parts) {
                var m = java.util.regex.Pattern.compile("monitoring_reading_y(\\d{4})m(\\d{2})").matcher(name);
                if (m.matches()) {
                    YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                    Instant end = ym.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                    if (!end.isAfter(cutoff)) {
                        jdbc.execute("drop table " + name);
                        dropped++;
                    }
                }
            }
        } else {
            dropped = jdbc.update("delete from monitoring_reading where ts < ?", at(cutoff));
        }
        jdbc.update("delete from monitoring_rollup_minute where bucket < ?", at(minuteCutoff));
        jdbc.update("delete from monitoring_rollup_hour where bucket < ?", at(hourCutoff));
        return dropped;
    }

    static String partitionName(YearMonth month) {
        return String.format(Locale.ROOT, "monitoring_reading_y%04dm%02d", month.getYear(), month.getMonthValue());
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
