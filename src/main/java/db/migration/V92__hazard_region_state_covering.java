package db.migration;

import db.PostgresOnlyMigration;
import java.sql.Statement;

/**
 * The ledger's stock/increment summary filters its scope by level and sector too, which the region index
 * {@code (region_code, state, found_on)} of V14 does not hold, so PostgreSQL read the heap of every hazard in the
 * region: 634–775 ms for a city's 重大 (docs/benchmarks.md §11). The same index with level and sectors included
 * answers it from the index alone at every scope. H2 has no {@code include} and keeps V14's index.
 */
public class V92__hazard_region_state_covering extends PostgresOnlyMigration {

    @Override
    protected void migrate(Statement s) throws Exception {
        s.execute("create index if not exists hazard_region_state_cover_idx on hazard_hazard"
                + " (region_code, state, found_on) include (level, sectors)");
        s.execute("drop index if exists hazard_region_state_idx");
    }
}
