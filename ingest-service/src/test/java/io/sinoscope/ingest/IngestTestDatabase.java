package io.sinoscope.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads the ingest schema directly, to prove what was (or was not) stored independently of the API. */
public final class IngestTestDatabase {

    private IngestTestDatabase() {
    }

    public static long countArticles(String whereClause, Object... parameters) {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        try (Connection c = DriverManager.getConnection(url, user, "");
                var statement = c.prepareStatement("SELECT count(*) FROM ingest.article WHERE " + whereClause)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
