package io.sinoscope.system;

import io.sinoscope.localstack.PostgresServer;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the services have stored, row by row, as PostgreSQL holds it: each ingest article's status, version, content
 * hash and duplicate reference, and each query-service article's content hash and its entity mentions and facts.
 */
record StoredData(Map<String, String> ingest, Map<String, String> query) {

    static StoredData read() throws SQLException {
        try (var connection = DriverManager.getConnection(SharedTestStack.postgresUrls()[0], PostgresServer.USER, "")) {
            Map<String, String> ingest = new TreeMap<>();
            try (var rows = connection.createStatement().executeQuery("select id, status || '|' || version || '|' "
                    + "|| content_hash || '|' || coalesce(duplicate_of, '') || '|' || md5(text) from ingest.article")) {
                while (rows.next()) {
                    ingest.put(rows.getString(1), rows.getString(2));
                }
            }
            Map<String, String> query = new TreeMap<>();
            try (var rows = connection.createStatement().executeQuery("select a.id, coalesce(a.content_hash, '') "
                    + "|| '|' || md5(a.text) || '|' || (select count(*) from query.mention m where m.article_id = a.id) "
                    + "|| '|' || (select count(*) from query.fact f where f.article_id = a.id) from query.article a")) {
                while (rows.next()) {
                    query.put(rows.getString(1), rows.getString(2));
                }
            }
            return new StoredData(ingest, query);
        }
    }

    /**
     * Articles of {@code source} that ingest stored but has not yet had acknowledged by Kafka (status RECEIVED or
     * RETRACTING): that source's share of the outbox.
     */
    static long unpublished(String source) throws SQLException {
        try (var connection = DriverManager.getConnection(SharedTestStack.postgresUrls()[0], PostgresServer.USER, "");
                var statement = connection.prepareStatement("select count(*) from ingest.article where source = ? "
                        + "and status in ('RECEIVED', 'RETRACTING')")) {
            statement.setString(1, source);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** This snapshot without the given articles (those a test wrote on purpose). */
    StoredData without(Set<String> ids) {
        Map<String, String> i = new TreeMap<>(ingest);
        Map<String, String> q = new TreeMap<>(query);
        i.keySet().removeAll(ids);
        q.keySet().removeAll(ids);
        return new StoredData(i, q);
    }
}
