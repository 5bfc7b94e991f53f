package db.migration;

import db.PostgresOnlyMigration;
import java.sql.Statement;

/**
 * A partial index over the open hazards (about 3 % of a province's ledger) for the ledger's filters on them: open
 * 重大, overdue, open since a date, each within a region range and often a sector. Without it PostgreSQL combines the
 * state index with the region index and reads the table to check level and sector: 564 ms for the 878 open major
 * hazards of a city of 490,000 (docs/benchmarks.md §11); with it the count is an index-only scan (1.7 ms). The
 * predicate lists the states {@code HazardState.open()} answers; a query with another list simply does not use it.
 * H2 has no partial index and keeps its plans; the queries are the same on both.
 */
public class V91__hazard_open_index extends PostgresOnlyMigration {

    @Override
    protected void migrate(Statement s) throws Exception {
        s.execute("create index if not exists hazard_open_region_idx on hazard_hazard"
                + " (region_code, level, found_on, overdue, deadline, sectors)"
                + " where state in ('REPORTED', 'CONFIRMED', 'RECTIFYING', 'AWAITING_ACCEPTANCE')");
    }
}
