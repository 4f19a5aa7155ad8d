package io.sinoscope.localstack.testing;

import io.sinoscope.localstack.PostgresServer;
import java.util.Map;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points a Quarkus app under test at the shared embedded PostgreSQL (JDBC for Flyway, reactive for the app). */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String[] urls = SharedTestStack.postgresUrls();
        return Map.of(
                "quarkus.datasource.jdbc.url", urls[0],
                "quarkus.datasource.reactive.url", urls[1],
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // The database outlives any one app under test; SharedTestStack stops it at JVM exit.
    }
}
