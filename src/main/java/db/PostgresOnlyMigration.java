package db;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration that only PostgreSQL needs (an index H2 cannot build: trigram, partial, covering); on H2 it does
 * nothing, and the queries stay the same on both. Outside {@code db.migration}, so Flyway does not take it for one.
 */
public abstract class PostgresOnlyMigration extends BaseJavaMigration {

    @Override
    public final void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres")) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            migrate(s);
        }
    }

    protected abstract void migrate(Statement s) throws Exception;
}
