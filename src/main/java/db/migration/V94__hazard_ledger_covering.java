package db.migration;

import db.PostgresOnlyMigration;
import java.sql.Statement;

/**
 * The ledger finds a page's ids in one of two orders, and both indexes now hold what it filters on, so either is an
 * index-only scan (the page then reads its 20 rows by id):
 * <ul>
 * <li>newest first over the whole table, {@code (found_on, id)} walked backwards: with only the key, every hazard
 * passed was read from the table to check scope and filters, 80,000–110,000 rows and 220–350 ms for a county's page
 * 50, a department's closed 一般 in its sector, the province's overdue in a sector (docs/benchmarks.md §11); now 8–26
 * ms;</li>
 * <li>the region's hazards sorted, V92's {@code (region_code, state, found_on)}, now with {@code id}: a department's
 * page 50 sorts its county's 3,662 hazards of its sector from the index in 13 ms instead of walking 2.4 million
 * entries of the first (340 ms).</li>
 * </ul>
 * H2 has no {@code include} and keeps V14's indexes.
 */
public class V94__hazard_ledger_covering extends PostgresOnlyMigration {

    @Override
    protected void migrate(Statement s) throws Exception {
        s.execute("create index if not exists hazard_found_cover_idx on hazard_hazard (found_on, id)"
                + " include (region_code, state, level, sectors, overdue, deadline, source)");
        s.execute("drop index if exists hazard_found_id_idx");
        s.execute("create index if not exists hazard_region_cover_idx on hazard_hazard (region_code, state, found_on)"
                + " include (level, sectors, id)");
        s.execute("drop index if exists hazard_region_state_cover_idx");
    }
}
