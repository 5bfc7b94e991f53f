package db.migration;

import db.PostgresOnlyMigration;
import java.sql.Statement;

/**
 * Trigram indexes for the text searches on PostgreSQL, so a fragment is found without reading every row: the
 * enterprise list ({@code name like '%…%'} or {@code uscc like '…%'}, 100,000 enterprises in a province) and the
 * hazard ledger ({@code lower(description)}, {@code lower(location)} or {@code lower(enterprise_name)} like
 * {@code '%…%'}, millions of hazards), each column its own index so that the three conditions of the ledger's
 * search combine as a bitmap OR. A fragment shorter than three characters has no trigram and is still found, by a
 * scan. H2 (the embedded default) has no trigram index and keeps its scan; the queries are the same on both.
 */
public class V88__text_search_trigram extends PostgresOnlyMigration {

    @Override
    protected void migrate(Statement s) throws Exception {
        s.execute("create extension if not exists pg_trgm");
        s.execute("create index if not exists directory_enterprise_name_trgm_idx on directory_enterprise"
                + " using gin (name gin_trgm_ops, uscc gin_trgm_ops)");
        for (String column : new String[] {"description", "location", "enterprise_name"}) {
            s.execute("create index if not exists hazard_" + column + "_trgm_idx on hazard_hazard"
                    + " using gin (lower(" + column + ") gin_trgm_ops)");
        }
    }
}
