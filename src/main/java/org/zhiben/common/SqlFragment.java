package org.zhiben.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * A piece of a SQL where clause with its positional arguments, so that a rule turned into SQL (a scope, a sector
 * filter) is written once and composed by its callers. {@link #named(String)} rewrites it for named-parameter
 * templates.
 */
public record SqlFragment(String sql, List<Object> args) {

    public static final SqlFragment TRUE = new SqlFragment("1 = 1", List.of());
    public static final SqlFragment FALSE = new SqlFragment("1 = 0", List.of());

    public SqlFragment {
        args = Collections.unmodifiableList(new ArrayList<>(args));
        if (sql.chars().filter(c -> c == '?').count() != args.size()) {
            throw new IllegalArgumentException("each ? needs one argument: " + sql);
        }
    }

    /** A condition with its arguments; an argument may be null (bound as SQL null). */
    public static SqlFragment of(String sql, Object... args) {
        return new SqlFragment(sql, Arrays.asList(args));
    }

    /** Both conditions; {@link #TRUE} disappears, {@link #FALSE} wins. */
    public SqlFragment and(SqlFragment other) {
        if (this.equals(TRUE) || other.equals(FALSE)) {
            return other;
        }
        if (other.equals(TRUE) || this.equals(FALSE)) {
            return this;
        }
        List<Object> all = new ArrayList<>(args);
        all.addAll(other.args);
        return new SqlFragment("(" + sql + ") and (" + other.sql + ")", all);
    }

    /** Either condition. */
    public static SqlFragment anyOf(List<SqlFragment> parts) {
        if (parts.isEmpty()) {
            return FALSE;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Object> all = new ArrayList<>();
        StringBuilder s = new StringBuilder("(");
        for (SqlFragment p : parts) {
            if (s.length() > 1) {
                s.append(" or ");
            }
            s.append(p.sql);
            all.addAll(p.args);
        }
        return new SqlFragment(s.append(')').toString(), all);
    }

    public Object[] argArray() {
        return args.toArray();
    }

    /** The same condition with named parameters {@code :prefix0, :prefix1…} for a NamedParameterJdbcTemplate. */
    public Named named(String prefix) {
        StringBuilder s = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                String name = prefix + n;
                s.append(':').append(name);
                params.put(name, args.get(n++));
            } else {
                s.append(c);
            }
        }
        return new Named(s.toString(), params);
    }

    public record Named(String sql, Map<String, Object> params) {
    }
}
