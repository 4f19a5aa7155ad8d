package io.sinoscope.system;

import io.sinoscope.localstack.PostgresServer;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three packaged services as processes on the test JVM's shared broker and PostgreSQL, with one API key and a
 * fresh index directory, ready when {@link #start} returns. Closed query-service first, as the launcher stops them.
 */
final class RunningSystem implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** The services' default consumer groups (application.properties). */
    static final String NLP_GROUP = "nlp-service";
    static final String QUERY_GROUP = "query-service";

    final String apiKey;
    final ServiceProcess ingest;
    final ServiceProcess nlp;
    final ServiceProcess query;

    private RunningSystem(String apiKey, ServiceProcess ingest, ServiceProcess nlp, ServiceProcess query) {
        this.apiKey = apiKey;
        this.ingest = ingest;
        this.nlp = nlp;
        this.query = query;
    }

    static RunningSystem start(String apiKey) throws IOException, InterruptedException {
        return start(apiKey, Map.of());
    }

    /**
     * As {@link #start(String)}, each service with these properties added to (or overriding) its own, keyed by
     * service name ({@code ingest-service}, {@code nlp-service}, {@code query-service}).
     */
    static RunningSystem start(String apiKey, Map<String, Map<String, String>> extraProperties)
            throws IOException, InterruptedException {
        String kafka = SharedTestStack.kafkaBootstrapServers();
        String[] postgres = SharedTestStack.postgresUrls();
        Map<String, String> common = Map.of(
                "kafka.bootstrap.servers", kafka,
                "sinoscope.security.api-keys", apiKey);
        Map<String, String> database = new HashMap<>(common);
        database.putAll(Map.of(
                "quarkus.datasource.jdbc.url", postgres[0],
                "quarkus.datasource.reactive.url", postgres[1],
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", ""));
        Map<String, String> queryProps = new HashMap<>(database);
        queryProps.put("sinoscope.index.directory", Files.createTempDirectory("system-test-index").toString());
        queryProps.putAll(extraProperties.getOrDefault("query-service", Map.of()));
        database = with(database, extraProperties.get("ingest-service"));
        common = with(common, extraProperties.get("nlp-service"));

        ServiceProcess ingest = null;
        ServiceProcess nlp = null;
        ServiceProcess query = null;
        try {
            ingest = ServiceProcess.start("ingest-service", database);
            nlp = ServiceProcess.start("nlp-service", common);
            // The pipeline page reads the other two services' statistics through query-service.
            queryProps.put("sinoscope.pipeline.ingest-url", ingest.baseUri());
            queryProps.put("sinoscope.pipeline.nlp-url", nlp.baseUri());
            // The 2 s default suits an operator's page; on a shared 2-core test machine at load 30 the statistics
            // calls took longer, and the page rightly said "unreachable".
            queryProps.putIfAbsent("sinoscope.pipeline.timeout", "15s");
            queryProps.putIfAbsent("quarkus.fault-tolerance.\"io.sinoscope.query.pipeline.ServiceStatistics\""
                    + ".timeout.value", "15000");
            query = ServiceProcess.start("query-service", queryProps);
            ingest.awaitReady(START_TIMEOUT);
            nlp.awaitReady(START_TIMEOUT);
            query.awaitReady(START_TIMEOUT);
            return new RunningSystem(apiKey, ingest, nlp, query);
        } catch (IOException | InterruptedException | RuntimeException e) {
            new RunningSystem(apiKey, ingest, nlp, query).close();
            throw e;
        }
    }

    /**
     * Properties that put a service's incoming {@code channel} in consumer group {@code group} and have the broker
     * hand a killed member's partitions on after 6 s (the broker's minimum session timeout) instead of 45 s.
     */
    static Map<String, String> consumerGroup(String channel, String group) {
        String prefix = "mp.messaging.incoming." + channel + ".";
        return Map.of(prefix + "group.id", group, prefix + "session.timeout.ms", "6000",
                prefix + "heartbeat.interval.ms", "1000");
    }

    /** nlp-service's and query-service's consumers in their default groups, with a killed member's 6 s hand-over. */
    static Map<String, Map<String, String>> fastFailover() {
        return Map.of("nlp-service", consumerGroup("articles-ingested", NLP_GROUP),
                "query-service", consumerGroup("articles-enriched", QUERY_GROUP));
    }

    private static Map<String, String> with(Map<String, String> properties, Map<String, String> extra) {
        Map<String, String> all = new HashMap<>(properties);
        if (extra != null) {
            all.putAll(extra);
        }
        return all;
    }

    List<ServiceProcess> services() {
        return List.of(ingest, nlp, query);
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceProcess service : new ServiceProcess[] {query, nlp, ingest}) {
            if (service != null) {
                service.close();
            }
        }
    }
}
