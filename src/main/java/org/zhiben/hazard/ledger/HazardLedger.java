package org.zhiben.hazard.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.Database;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.Zones;
import org.zhiben.directory.Regions;
import org.zhiben.hazard.FoundHazardCounts;
import org.zhiben.hazard.HazardLevel;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.hazard.HazardType;
import org.zhiben.identity.DataScope;
import org.zhiben.identity.DataScopes;

/**
 * The read side of hazard_hazard: the major-hazard database list (every channel, in the caller's scope), the
 * stock/increment summary and the streaming 台账 export. Plain SQL over the table the write side keeps; no entity.
 */
@Service
public class HazardLedger {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    static final int EXPORT_FETCH_SIZE = 1000;

    static final String COLUMNS = """
            h.id, h.enterprise_id, h.enterprise_name, h.region_code, h.sectors, h.source, h.level, h.state, h.type,
            h.description, h.location, h.found_on, h.deadline, h.closed_on, h.supervised, h.responsible_name, h.funds,
            (case when %s and (h.overdue = true or h.deadline < :today) then 1 else 0 end) as overdue_now,
            (case when h.found_on < :baseline then 1 else 0 end) as stock""".formatted(LedgerSql.OPEN);

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final DataScopes scopes;
    private final Regions regions;
    private final Clock clock;
    private final LocalDate baseline;
    private final ObjectProvider<FoundHazardCounts> counts;
    private final Database database;

    HazardLedger(DataSource dataSource, DataScopes scopes, Regions regions, Clock clock,
            @Value("${zhiben.hazard.baseline:2024-01-01}") String baseline, ObjectProvider<FoundHazardCounts> counts,
            Database database) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
        this.scopes = scopes;
        this.regions = regions;
        this.clock = clock;
        this.baseline = LocalDate.parse(baseline);
        this.counts = counts;
        this.database = database;
    }

    /** The stock/increment boundary: found_on before it is stock (存量), on or after it increment (增量). */
    public LocalDate baseline() {
        return baseline;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    /** One page, newest found first; {@code size} is capped at {@link #MAX_PAGE_SIZE}. */
    @Transactional(readOnly = true)
    public LedgerPage search(LedgerFilter filter, int page, int size) {
        int pageSize = size < 1 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
        if (page < 0) {
            throw new InvalidInputException("page", "页码不能为负数");
        }
        DataScope scope = scopes.current();
        LedgerSql sql = sql(filter, scope);
        database.planForTheseValues();
        sql.params.addValue("offset", (long) page * pageSize);
        sql.params.addValue("limit", pageSize);
        // the page's ids first, from the order index alone where it holds the filtered columns (V94), then its rows
        List<HazardRow> rows = jdbc.query("select " + COLUMNS + ", (" + LedgerSql.DUPLICATE_OF + ") as duplicate_of"
                + " from (select h.id from hazard_hazard h" + sql.where
                + " order by h.found_on desc, h.id desc offset :offset rows fetch next :limit rows only) p"
                + " join hazard_hazard h on h.id = p.id order by h.found_on desc, h.id desc", sql.params,
                ROW_WITH_DUPLICATE);
        long total;
        if (page == 0 && rows.size() < pageSize) {
            total = rows.size();
        } else {
            total = countedTotal(filter, scope, sql).orElseGet(() ->
                    jdbc.queryForObject("select count(*) from hazard_hazard h" + sql.where, sql.params, Long.class));
        }
        return new LedgerPage(rows, page, pageSize, total);
    }

    /**
     * The total from the kept counts when every condition of the filter is one they keep (region, sector, level,
     * closed or not, whole months found, stock or increment): a province's count(*) reads millions of rows. Rejected
     * hazards, which the counts leave out, are counted here (a few per cent of the rows). Open hazards are not taken
     * from the counts: their own index counts them as fast, with every filter.
     */
    private Optional<Long> countedTotal(LedgerFilter f, DataScope scope, LedgerSql sql) {
        boolean keptConditionsOnly = f.getState() == null && f.getOverdue() == null && f.getChannel() == null
                && f.getSource() == null && f.getAgeOver() == null && f.getFigure() == null && f.getQ() == null
                && !Boolean.TRUE.equals(f.getDuplicates()) && f.getEnterpriseId() == null
                && !Boolean.TRUE.equals(f.getDirect()) && f.getStatus() != LedgerFilter.Status.OPEN;
        LocalDate from = f.getFrom();
        LocalDate to = f.getTo();
        boolean wholeMonths = (from == null || from.getDayOfMonth() == 1)
                && (to == null || to.getDayOfMonth() == to.lengthOfMonth())
                && (f.getStock() == null || baseline.getDayOfMonth() == 1);
        if (!keptConditionsOnly || !wholeMonths) {
            return Optional.empty();
        }
        return foundByMonth(scope, f).map(months -> {
            long n = months.stream()
                    .filter(m -> (from == null || !m.month().isBefore(from)) && (to == null || !m.month().isAfter(to)))
                    .filter(m -> f.getStock() == null || m.month().isBefore(baseline) == (f.getStock()
                            == LedgerFilter.Stock.STOCK))
                    .filter(m -> f.getStatus() == null || m.closed())
                    .mapToLong(FoundHazardCounts.Month::n).sum();
            if (f.getStatus() == null) {
                n += jdbc.queryForObject("select count(*) from hazard_hazard h" + sql.where
                        + " and h.state = 'REJECTED'", sql.params, Long.class);
            }
            return n;
        });
    }

    private Optional<List<FoundHazardCounts.Month>> foundByMonth(DataScope scope, LedgerFilter f) {
        FoundHazardCounts kept = counts.getIfAvailable();
        if (kept == null) {
            return Optional.empty();
        }
        return kept.byMonth(scope, f.getRegion() == null ? null : RegionCode.of(f.getRegion()), f.getSector(),
                f.getLevel());
    }

    /**
     * The newest open hazard of the enterprise, visible to the caller, reported in the last
     * {@value LedgerSql#DUPLICATE_WINDOW_HOURS} hours with the same description once case, spaces and punctuation are
     * left out: what a resubmitted form would duplicate.
     */
    @Transactional(readOnly = true)
    public Optional<HazardRow> recentTwin(UUID enterpriseId, String description) {
        if (enterpriseId == null || description == null || description.isBlank()) {
            return Optional.empty();
        }
        LedgerFilter filter = new LedgerFilter();
        filter.setEnterpriseId(enterpriseId);
        LedgerSql sql = sql(filter, scopes.current());
        sql.params.addValue("since", java.sql.Timestamp.from(clock.instant().minus(
                java.time.Duration.ofHours(LedgerSql.DUPLICATE_WINDOW_HOURS))));
        sql.params.addValue("normalised", LedgerSql.normalise(description));
        return jdbc.query("select " + COLUMNS + " from hazard_hazard h" + sql.where
                + " and " + LedgerSql.OPEN + " and h.created_at > :since and "
                + LedgerSql.normalisedDescription("h.description") + " = :normalised"
                + " order by h.created_at desc, h.id fetch first 1 rows only", sql.params, ROW).stream().findFirst();
    }

    /** Stock and increment, open and closed, under the filter's region, sector, level and channel filters. */
    @Transactional(readOnly = true)
    public StockSummary summary(LedgerFilter filter) {
        LedgerFilter population = new LedgerFilter();
        population.setRegion(filter.getRegion());
        population.setSector(filter.getSector());
        population.setLevel(filter.getLevel());
        population.setChannel(filter.getChannel());
        population.setSource(filter.getSource());
        population.setEnterpriseId(filter.getEnterpriseId());
        DataScope scope = scopes.current();
        LedgerSql sql = sql(population, scope);
        database.planForTheseValues();
        if (filter.getChannel() == null && filter.getSource() == null && filter.getEnterpriseId() == null
                && baseline.getDayOfMonth() == 1) {
            Optional<List<FoundHazardCounts.Month>> months = foundByMonth(scope, population);
            if (months.isPresent()) {
                long[] split = new long[4];
                months.get().forEach(m -> split[(m.month().isBefore(baseline) ? 0 : 2) + (m.closed() ? 1 : 0)]
                        += m.n());
                return new StockSummary(baseline, split[0], split[1], split[2], split[3]);
            }
        }
        return jdbc.queryForObject("""
                select
                  sum(case when h.found_on < :baseline and h.state <> 'CLOSED' then 1 else 0 end) as stock_open,
                  sum(case when h.found_on < :baseline and h.state = 'CLOSED' then 1 else 0 end) as stock_closed,
                  sum(case when h.found_on >= :baseline and h.state <> 'CLOSED' then 1 else 0 end) as increment_open,
                  sum(case when h.found_on >= :baseline and h.state = 'CLOSED' then 1 else 0 end) as increment_closed
                from hazard_hazard h""" + sql.where + (sql.where.isEmpty() ? " where " : " and ")
                + "h.state <> 'REJECTED'", sql.params, (rs, n) -> new StockSummary(baseline, rs.getLong("stock_open"),
                        rs.getLong("stock_closed"), rs.getLong("increment_open"), rs.getLong("increment_closed")));
    }

    /**
     * Streams the whole filtered list into {@code out} as xlsx: rows come from a database cursor ({@value
     * #EXPORT_FETCH_SIZE} at a time; the read-only transaction keeps autocommit off so PostgreSQL really streams)
     * straight into a SXSSF window, so memory stays flat whatever the row count. Answers the rows written.
     */
    @Transactional(readOnly = true)
    public long exportXlsx(LedgerFilter filter, OutputStream out) throws IOException {
        DataScope scope = scopes.current();
        LedgerSql sql = sql(filter, scope);
        try (LedgerXlsx xlsx = new LedgerXlsx(scopeLine(filter, scope), periodLine(filter))) {
            streaming.query("select " + COLUMNS + " from hazard_hazard h" + sql.where
                    + " order by h.found_on desc, h.id desc", sql.params, rs -> {
                        xlsx.add(ROW.mapRow(rs, 0));
                    });
            xlsx.write(out);
            return xlsx.rows();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** 范围 of the exported ledger: the filtered region, else the caller's jurisdiction, by name. */
    private String scopeLine(LedgerFilter filter, DataScope scope) {
        String region = filter.getRegion() != null ? filter.getRegion()
                : scope.region() != null ? scope.region().value() : null;
        if (region != null) {
            return "范围:" + regions.find(region).map(Regions.RegionView::name).orElse(region);
        }
        return scope.kind() == DataScope.Kind.ENTERPRISE ? "范围:本企业" : "范围:全部";
    }

    private static String periodLine(LedgerFilter filter) {
        if (filter.getFrom() == null && filter.getTo() == null) {
            return null;
        }
        return "发现日期:" + (filter.getFrom() == null ? "" : filter.getFrom()) + " 至 "
                + (filter.getTo() == null ? "" : filter.getTo());
    }

    /** Checks the filter against the caller's scope (400 for bad values, 404 for a region outside it). */
    @Transactional(readOnly = true)
    public void check(LedgerFilter filter) {
        sql(filter, scopes.current());
    }

    private LedgerSql sql(LedgerFilter filter, DataScope scope) {
        return LedgerSql.of(scope, filter, today(), baseline, code -> regions.find(code).isPresent());
    }

    static final RowMapper<HazardRow> ROW = (rs, n) -> row(rs, null);
    static final RowMapper<HazardRow> ROW_WITH_DUPLICATE = (rs, n) -> row(rs, rs.getObject("duplicate_of", UUID.class));

    private static HazardRow row(ResultSet rs, UUID duplicateOf) throws SQLException {
        return new HazardRow(
            rs.getObject("id", UUID.class), rs.getObject("enterprise_id", UUID.class), rs.getString("enterprise_name"),
            rs.getString("region_code"), rs.getString("sectors"), HazardSource.valueOf(rs.getString("source")),
            HazardLevel.valueOf(rs.getString("level")), HazardState.valueOf(rs.getString("state")),
            HazardType.valueOf(rs.getString("type")), rs.getString("description"), rs.getString("location"),
            rs.getObject("found_on", LocalDate.class), rs.getObject("deadline", LocalDate.class),
            rs.getObject("closed_on", LocalDate.class), rs.getInt("overdue_now") == 1, rs.getBoolean("supervised"),
            rs.getString("responsible_name"), rs.getBigDecimal("funds"), rs.getInt("stock") == 1,
            duplicateOf);
    }
}
