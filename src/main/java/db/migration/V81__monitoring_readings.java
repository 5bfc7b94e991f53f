package db.migration;

import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Monitoring readings and their roll-ups. On PostgreSQL the readings table is declaratively partitioned by month of
 * {@code ts} (UTC month bounds), with partitions from two months back to three ahead; the monitoring module's
 * maintenance job creates later months and drops those past the retention. On H2 (the embedded default) it is a
 * plain table with the same columns and key. The project has no vendor folders for Flyway, so the one difference is
 * decided here, by the database product.
 */
public class V81__monitoring_readings extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        try (Statement s = context.getConnection().createStatement()) {
            String columns = "point_id uuid not null, ts timestamp with time zone not null, "
                    + "val double precision not null, quality smallint not null, "
                    + "received_at timestamp with time zone not null, "
                    + "constraint monitoring_reading_pk primary key (point_id, ts)";
            if (postgres) {
                s.execute("create table monitoring_reading (" + columns + ") partition by range (ts)");
                YearMonth now = YearMonth.now(ZoneOffset.UTC);
                for (int i = -2; i <= 3; i++) {
                    s.execute(partition(now.plusMonths(i)));
                }
            } else {
                s.execute("create table monitoring_reading (" + columns + ")");
            }
            for (String grain : new String[] {"minute", "hour"}) {
                s.execute("create table monitoring_rollup_" + grain + " (point_id uuid not null, "
                        + "bucket timestamp with time zone not null, n bigint not null, vmin double precision not null, "
                        + "vmax double precision not null, vsum double precision not null, "
                        + "constraint monitoring_rollup_" + grain + "_pk primary key (point_id, bucket))");
            }
        }
    }

    /** DDL of the partition holding {@code month} (UTC), named {@code monitoring_reading_yYYYYmMM}. */
    public static String partition(YearMonth month) {
        return "create table if not exists " + partitionName(month) + " partition of monitoring_reading for values from ('"
                + month.atDay(1) + " 00:00:00+00') to ('" + month.plusMonths(1).atDay(1) + " 00:00:00+00')";
    }

    public static String partitionName(YearMonth month) {
        return String.format(Locale.ROOT, "monitoring_reading_y%04dm%02d", month.getYear(), month.getMonthValue());
    }
}
