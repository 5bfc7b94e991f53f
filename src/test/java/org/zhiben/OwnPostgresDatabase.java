package org.zhiben;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database of a test's own, beside the suite's, for a test that starts applications of its own (the
 * outage and two-node tests): created when the suite runs on PostgreSQL ({@code SPRING_DATASOURCE_URL}), dropped after.
 */
record OwnPostgresDatabase(String host, int port, String name) {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    /** A fresh database named after the suite's with {@code suffix}, or empty when the suite does not run on PostgreSQL. */
    static Optional<OwnPostgresDatabase> create(String suffix) throws SQLException {
        String suiteUrl = System.getenv("SPRING_DATASOURCE_URL");
        if (suiteUrl == null || !suiteUrl.startsWith("jdbc:postgresql://")) {
            return Optional.empty();
        }
        Matcher m = URL.matcher(suiteUrl);
        assertThat(m.matches()).as("PostgreSQL URL %s", suiteUrl).isTrue();
        OwnPostgresDatabase db = new OwnPostgresDatabase(m.group(1),
                m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3) + suffix);
        try (Connection c = suiteConnection()) {
            c.createStatement().execute("drop database if exists " + db.name);
            c.createStatement().execute("create database " + db.name);
        }
        return Optional.of(db);
    }

    static String user() {
        return System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
    }

    static String password() {
        return System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
    }

    String url() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    void drop() throws SQLException {
        try (Connection c = suiteConnection()) {
            c.createStatement().execute("drop database if exists " + name + " with (force)");
        }
    }

    private static Connection suiteConnection() throws SQLException {
        return DriverManager.getConnection(System.getenv("SPRING_DATASOURCE_URL"), user(), password());
    }
}
