package io.sinoscope.query;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain JDBC on the test's PostgreSQL, for tests that play another replica or a damaged database. */
public final class QueryDatabase {

    private QueryDatabase() {
    }

    public static void sql(String statement) {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of {@code table} (schema-qualified) that match {@code where}. */
    public static long count(String table, String where) {
        try (Connection c = connect(); var rs = c.createStatement()
                .executeQuery("select count(*) from " + table + " where " + where)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), "");
    }
}
