package org.zhiben.risk.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhiben.common.StaleVersionException;
import org.zhiben.risk.AssessmentMethod;
import org.zhiben.risk.RiskLevel;
import org.zhiben.risk.internal.GradingTable.Band;
import org.zhiben.risk.internal.GradingTable.FactorValue;
import org.zhiben.risk.internal.MajorHazardTable.AlphaBand;
import org.zhiben.risk.internal.MajorHazardTable.Category;
import org.zhiben.risk.internal.MajorHazardTable.Substance;

/**
 * Reads and writes the risk_ tables. Plain JDBC: the rows are small value lists replaced as a whole by an edit, which
 * the domain tables model better than entities would.
 */
@Repository
class RiskTableStore {

    /** Both tables as read in one transaction, with the sum of the versions they were read at. */
    record Snapshot(GradingTable grading, MajorHazardTable majorHazard, long stamp) {
    }

    private final JdbcTemplate jdbc;

    RiskTableStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Snapshot load() {
        long stamp = stamp();
        List<FactorValue> values = new ArrayList<>(jdbc.query(
                "select method, factor, factor_value, meaning from risk_factor_value order by method, sort_order",
                (rs, i) -> new FactorValue(AssessmentMethod.valueOf(rs.getString("method")), rs.getString("factor"),
                        rs.getBigDecimal("factor_value"), rs.getString("meaning"))));
        // factors in formula order (L, E, C), each factor's values in their configured order (the sort is stable)
        values.sort(Comparator.comparing((FactorValue v) -> v.method())
                .thenComparingInt(v -> v.method().factors().indexOf(v.factor())));
        List<Band> bands = jdbc.query(
                "select method, lower_bound, lower_inclusive, risk_level, description from risk_grade_band order by method, sort_order",
                (rs, i) -> new Band(AssessmentMethod.valueOf(rs.getString("method")), rs.getBigDecimal("lower_bound"),
                        rs.getBoolean("lower_inclusive"), RiskLevel.valueOf(rs.getString("risk_level")),
                        rs.getString("description")));
        List<Category> categories = jdbc.query(
                "select code, description, q_tonnes, beta from risk_hazard_category order by sort_order, code",
                (rs, i) -> new Category(rs.getString("code"), rs.getString("description"), rs.getBigDecimal("q_tonnes"),
                        rs.getBigDecimal("beta")));
        List<Substance> substances = jdbc.query(
                "select name, cas, category_code, q_tonnes, beta from risk_hazard_substance order by sort_order, name",
                (rs, i) -> new Substance(rs.getString("name"), rs.getString("cas"), rs.getString("category_code"),
                        rs.getBigDecimal("q_tonnes"), rs.getBigDecimal("beta")));
        List<AlphaBand> alphas = jdbc.query("select min_population, alpha from risk_alpha_band order by min_population desc",
                (rs, i) -> new AlphaBand(rs.getInt("min_population"), rs.getBigDecimal("alpha")));
        return new Snapshot(new GradingTable(values, bands), new MajorHazardTable(categories, substances, alphas), stamp);
    }

    /** Grows with every edit of any table (versions only increase), so a changed sum means a stale cache. */
    public long stamp() {
        return jdbc.queryForObject("select coalesce(sum(version), 0) from risk_table_version", Long.class);
    }

    public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        jdbc.query("select table_key, version from risk_table_version order by table_key",
                rs -> { versions.put(rs.getString("table_key"), rs.getLong("version")); });
        return versions;
    }

    /** @throws StaleVersionException when the table was changed since {@code expected} was read */
    public void bumpVersion(String tableKey, long expected) {
        if (jdbc.update("update risk_table_version set version = version + 1 where table_key = ? and version = ?",
                tableKey, expected) == 0) {
            throw new StaleVersionException();
        }
    }

    public void replaceMethod(AssessmentMethod method, List<FactorValue> values, List<Band> bands) {
        jdbc.update("delete from risk_factor_value where method = ?", method.name());
        jdbc.update("delete from risk_grade_band where method = ?", method.name());
        List<Object[]> valueRows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            FactorValue v = values.get(i);
            valueRows.add(new Object[] {method.name(), v.factor(), v.value(), v.meaning(), i + 1});
        }
        jdbc.batchUpdate("insert into risk_factor_value (method, factor, factor_value, meaning, sort_order) values (?, ?, ?, ?, ?)",
                valueRows);
        List<Object[]> bandRows = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            bandRows.add(new Object[] {method.name(), i + 1, b.lowerBound(), b.inclusive(), b.level().name(), b.description()});
        }
        jdbc.batchUpdate("""
                insert into risk_grade_band (method, sort_order, lower_bound, lower_inclusive, risk_level, description)
                values (?, ?, ?, ?, ?, ?)""", bandRows);
    }

    /** Updated in place rather than replaced: substances refer to categories by a foreign key. */
    public void replaceCategories(List<Category> categories) {
        List<String> codes = categories.stream().map(Category::code).toList();
        for (String existing : jdbc.queryForList("select code from risk_hazard_category", String.class)) {
            if (!codes.contains(existing)) {
                jdbc.update("delete from risk_hazard_category where code = ?", existing);
            }
        }
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            if (jdbc.update("update risk_hazard_category set description = ?, q_tonnes = ?, beta = ?, sort_order = ? where code = ?",
                    c.description(), c.q(), c.beta(), i + 1, c.code()) == 0) {
                jdbc.update("insert into risk_hazard_category (code, description, q_tonnes, beta, sort_order) values (?, ?, ?, ?, ?)",
                        c.code(), c.description(), c.q(), c.beta(), i + 1);
            }
        }
    }

    public void replaceSubstances(List<Substance> substances) {
        jdbc.update("delete from risk_hazard_substance");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < substances.size(); i++) {
            Substance s = substances.get(i);
            rows.add(new Object[] {s.name(), s.cas(), s.category(), s.q(), s.beta(), i + 1});
        }
        jdbc.batchUpdate("insert into risk_hazard_substance (name, cas, category_code, q_tonnes, beta, sort_order) values (?, ?, ?, ?, ?, ?)",
                rows);
    }

    public void replaceAlphaBands(List<AlphaBand> bands) {
        jdbc.update("delete from risk_alpha_band");
        jdbc.batchUpdate("insert into risk_alpha_band (min_population, alpha) values (?, ?)",
                bands.stream().map(b -> new Object[] {b.minPopulation(), b.alpha()}).toList());
    }
}
