package org.zhiben.insight.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhiben.common.Database;

/**
 * Adds deltas to summary counters: on PostgreSQL one {@code insert … on conflict do update} per row (safe under
 * concurrent transactions); on H2 a batch of updates, then an insert for each row that was not there.
 */
@Component
public class Upserts {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    Upserts(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.postgres = database.postgres();
    }

    public boolean postgres() {
        return postgres;
    }

    /**
     * Adds {@code n} (the last value of each row) to the counter of table {@code table} whose primary key is
     * {@code keys}; {@code extra} columns are written on insert only (they follow from the key).
     */
    public void add(String table, String constraint, List<String> keys, List<String> extra, List<Object[]> rows) {
        add(table, constraint, keys, extra, rows, "n");
    }

    /** As {@link #add(String, String, List, List, List)} with another name for the counter column. */
    public void add(String table, String constraint, List<String> keys, List<String> extra, List<Object[]> rows,
            String n) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> cols = new ArrayList<>(keys);
        cols.addAll(extra);
        cols.add(n);
        String marks = String.join(", ", cols.stream().map(c -> "?").toList());
        String insert = "insert into " + table + " (" + String.join(", ", cols) + ") values (" + marks + ")";
        if (postgres) {
            jdbc.batchUpdate(insert + " on conflict on constraint " + constraint + " do update set " + n + " = " + table
                    + "." + n + " + excluded." + n, rows);
            return;
        }
        String update = "update " + table + " set " + n + " = " + n + " + ? where "
                + String.join(" and ", keys.stream().map(k -> k + " = ?").toList());
        List<Object[]> updates = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] args = new Object[keys.size() + 1];
            args[0] = row[row.length - 1];
            System.arraycopy(row, 0, args, 1, keys.size());
            updates.add(args);
        }
        int[] updated = jdbc.batchUpdate(update, updates);
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                inserts.add(rows.get(i));
            }
        }
        for (Object[] row : inserts) {
            try {
                jdbc.update(insert, row);
            } catch (DuplicateKeyException raced) {
                Object[] args = new Object[keys.size() + 1];
                args[0] = row[row.length - 1];
                System.arraycopy(row, 0, args, 1, keys.size());
                jdbc.update(update, args);
            }
        }
    }
}
