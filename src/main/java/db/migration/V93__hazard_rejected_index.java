package db.migration;

import db.PostgresOnlyMigration;
import java.sql.Statement;

/**
 * A partial index over the rejected hazards (about 2 % of a province's ledger). The ledger takes its unfiltered
 * totals from insight's kept counts, which leave rejected hazards out, and counts those here with the same filters
 * (region range, level, sector, found date): an index-only scan instead of a read of every hazard of the scope.
 * H2 has no partial index; its ledgers are small.
 */
public class V93__hazard_rejected_index extends PostgresOnlyMigration {

    @Override
    protected void migrate(Statement s) throws Exception {
        s.execute("create index if not exists hazard_rejected_region_idx on hazard_hazard"
                + " (region_code, level, found_on, sectors) where state = 'REJECTED'");
    }
}
