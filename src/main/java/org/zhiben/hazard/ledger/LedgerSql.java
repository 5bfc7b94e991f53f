package org.zhiben.hazard.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.zhiben.common.FieldViolation;
import org.zhiben.common.InvalidInputException;
import org.zhiben.common.NotFoundException;
import org.zhiben.common.RegionCode;
import org.zhiben.common.SectorSet;
import org.zhiben.common.SqlFragment;
import org.zhiben.hazard.HazardSource;
import org.zhiben.hazard.HazardState;
import org.zhiben.identity.DataScope;

/**
 * Turns a {@link DataScope} and a {@link LedgerFilter} into the where clause over hazard_hazard (alias h) and its
 * parameters. The scope comes first and is never optional: the kernel's one translation of the {@link DataScope}
 * ({@code scope.sql}), an index-friendly range on region_code plus, for sector-limited departments, a match on the
 * sectors column.
 */
final class LedgerSql {

    private static final List<String> OPEN_STATES = Arrays.stream(HazardState.values()).filter(HazardState::open)
            .map(Enum::name).toList();
    /**
     * {@code h.state in (…open states…)} with the states written out, not bound: PostgreSQL matches the partial index
     * over open hazards (V91) only when it can read the list in the statement, a generic plan included.
     */
    static final String OPEN = "h.state in ('" + String.join("', '", OPEN_STATES) + "')";
    static final List<String> GOVERNMENT_SOURCES = Arrays.stream(HazardSource.values())
            .filter(HazardSource::government).map(Enum::name).toList();
    static final int MAX_AGE_DAYS = 36_500;
    static final int MAX_TEXT = 100;
    private static final Pattern SECTOR = Pattern.compile("\\d{2}");

    /** Spaces (half and full width) removed and lower case: two spellings of one place compare equal. */
    static String normalisedLocation(String column) {
        return "lower(replace(replace(" + column + ", ' ', ''), '\u3000', ''))";
    }

    /** Descriptions reported this close together with the same wording are probable duplicates (a resubmission). */
    static final int DUPLICATE_WINDOW_HOURS = 72;

    /** Left out when descriptions are compared (declared before the SQL built from it). */
    private static final String[] IGNORED_IN_DESCRIPTIONS =
            {" ", "\u3000", ",", ",", ".", "。", "、", ";", ";", "!", "!", ":", ":"};

    /**
     * A description without case, spaces and punctuation: "冲床防护罩缺失。" and "冲床 防护罩缺失" read the same.
     */
    static String normalisedDescription(String column) {
        String sql = "lower(" + column + ")";
        for (String c : IGNORED_IN_DESCRIPTIONS) {
            sql = "replace(" + sql + ", '" + c + "', '')";
        }
        return sql;
    }

    /** {@link #normalisedDescription} of a value, in Java. */
    static String normalise(String description) {
        String s = description.toLowerCase(java.util.Locale.ROOT);
        for (String c : IGNORED_IN_DESCRIPTIONS) {
            s = s.replace(c, "");
        }
        return s;
    }

    /**
     * The oldest other open hazard of the same enterprise at the same unit or normalised location, or with the same
     * normalised description reported within {@link #DUPLICATE_WINDOW_HOURS} hours of it (for open rows).
     */
    static final String DUPLICATE_OF = """
            case when %s then (select d.id from hazard_hazard d
                where d.enterprise_id = h.enterprise_id and d.id <> h.id and %s
                  and ((h.unit_id is not null and d.unit_id = h.unit_id)
                    or (h.location is not null and %s <> '' and %s = %s)
                    or (d.created_at > h.created_at - interval '%d' hour
                      and d.created_at < h.created_at + interval '%d' hour and %s = %s))
                order by d.found_at, d.id fetch first 1 rows only) end"""
            .formatted(OPEN, OPEN.replace("h.state", "d.state"), normalisedLocation("h.location"), normalisedLocation("d.location"),
                    normalisedLocation("h.location"), DUPLICATE_WINDOW_HOURS, DUPLICATE_WINDOW_HOURS,
                    normalisedDescription("d.description"), normalisedDescription("h.description"));

    final String where;
    final MapSqlParameterSource params;

    private LedgerSql(String where, MapSqlParameterSource params) {
        this.where = where;
        this.params = params;
    }

    /** Checks the filter (400 for bad values, 404 for a region outside the scope) and builds the clause. */
    static LedgerSql of(DataScope scope, LedgerFilter f, LocalDate today, LocalDate baseline,
            java.util.function.Predicate<String> regionExists) {
        List<String> c = new ArrayList<>();
        MapSqlParameterSource p = new MapSqlParameterSource();
        p.addValue("today", today);
        p.addValue("baseline", baseline);
        SqlFragment.Named inScope = scope.sql("h").named("scope");
        c.add(inScope.sql());
        p.addValues(inScope.params());
        List<FieldViolation> bad = new ArrayList<>();
        String region = f.getRegion();
        if (region != null) {
            String problem = RegionCode.problem(region);
            if (problem != null) {
                bad.add(new FieldViolation("region", problem));
            } else {
                RegionCode code = RegionCode.of(region);
                boolean inside = switch (scope.kind()) {
                    case ALL -> true;
                    case JURISDICTION -> scope.region().contains(code);
                    case ENTERPRISE -> true;
                    case NONE -> false;
                };
                if (!inside || !regionExists.test(region)) {
                    throw new NotFoundException("区划");
                }
                c.add("h.region_code >= :regionLow and h.region_code <= :regionHigh");
                p.addValue("regionLow", code.rangeLow());
                p.addValue("regionHigh", Boolean.TRUE.equals(f.getDirect()) ? code.directRangeHigh()
                        : code.rangeHigh());
            }
        }
        if (f.getSector() != null) {
            if (!SECTOR.matcher(f.getSector()).matches()) {
                bad.add(new FieldViolation("sector", "行业领域代码应为2位数字"));
            } else {
                c.add("h.sectors like :sector");
                p.addValue("sector", SectorSet.pattern(f.getSector()));
            }
        }
        if (f.getLevel() != null) {
            c.add("h.level = :level");
            p.addValue("level", f.getLevel().name());
        }
        if (f.getState() != null) {
            c.add("h.state = :state");
            p.addValue("state", f.getState().name());
        }
        if (f.getStatus() == LedgerFilter.Status.OPEN) {
            c.add(OPEN);
        } else if (f.getStatus() == LedgerFilter.Status.CLOSED) {
            c.add("h.state = 'CLOSED'");
        }
        if (Boolean.TRUE.equals(f.getOverdue())) {
            c.add(OPEN + " and (h.overdue = true or h.deadline < :today)");
        } else if (Boolean.FALSE.equals(f.getOverdue())) {
            c.add("not (" + OPEN + " and (h.overdue = true or h.deadline < :today))");
        }
        if (f.getChannel() != null) {
            c.add(f.getChannel() == LedgerFilter.Channel.GOVERNMENT ? "h.source in (:govSources)"
                    : "h.source not in (:govSources)");
            p.addValue("govSources", GOVERNMENT_SOURCES);
        }
        if (f.getSource() != null) {
            c.add("h.source = :source");
            p.addValue("source", f.getSource().name());
        }
        if (f.getAgeOver() != null) {
            if (f.getAgeOver() < 0 || f.getAgeOver() > MAX_AGE_DAYS) {
                bad.add(new FieldViolation("ageOver", "天数应在0–" + MAX_AGE_DAYS + "之间"));
            } else {
                c.add("h.found_on < :foundBefore");
                p.addValue("foundBefore", today.minusDays(f.getAgeOver()));
            }
        }
        if (f.getFrom() != null && f.getTo() != null && f.getFrom().isAfter(f.getTo())) {
            bad.add(new FieldViolation("to", "结束日期不能早于开始日期"));
        }
        String dated = f.getFigure() == null ? "h.found_on" : f.getFigure().periodColumn();
        if (f.getFigure() != null) {
            c.add(f.getFigure().condition());
        }
        if (f.getFrom() != null) {
            c.add(dated + " >= :from");
            p.addValue("from", f.getFrom());
        }
        if (f.getTo() != null) {
            c.add(dated + " <= :to");
            p.addValue("to", f.getTo());
        }
        if (f.getQ() != null) {
            if (f.getQ().length() > MAX_TEXT) {
                bad.add(new FieldViolation("q", "查询文字不超过" + MAX_TEXT + "个字符"));
            } else {
                c.add("(lower(h.description) like :q escape '\\' or lower(h.location) like :q escape '\\'"
                        + " or lower(h.enterprise_name) like :q escape '\\')");
                p.addValue("q", "%" + escapeLike(f.getQ().toLowerCase(java.util.Locale.ROOT)) + "%");
            }
        }
        if (f.getStock() == LedgerFilter.Stock.STOCK) {
            c.add("h.found_on < :baseline");
        } else if (f.getStock() == LedgerFilter.Stock.INCREMENT) {
            c.add("h.found_on >= :baseline");
        }
        if (Boolean.TRUE.equals(f.getDuplicates())) {
            c.add("(" + DUPLICATE_OF + ") is not null");
        }
        if (f.getEnterpriseId() != null) {
            c.add("h.enterprise_id = :enterpriseId");
            p.addValue("enterpriseId", f.getEnterpriseId());
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        return new LedgerSql(c.isEmpty() ? "" : " where " + String.join(" and ", c), p);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
