package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.localstack.PostgresServer;
import io.sinoscope.localstack.TopicProvisioner;
import io.sinoscope.localstack.TopicSpec;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: ingest-service's PostgreSQL stops mid-stream and comes back. A 202 means stored, so while the database is
 * down every submission must be refused with a 503 problem+json carrying Retry-After (never a 202, never a 500, never
 * a hang past {@code sinoscope.intake.timeout}), readiness must report the database down, and once PostgreSQL is back
 * on the same port and data ingest must accept again by itself, without a restart. Every article answered 202, before
 * or after the outage, and every refused one a client resends afterwards, must then be stored once and published.
 *
 * <p>ingest-service runs on a PostgreSQL of its own (persistent data directory on a fixed port, so it can be stopped and
 * started again) and on the shared broker, publishing to a topic of this run's own: no other system test's services
 * should analyse these articles while they run. Two client threads post single articles back to back throughout;
 * at the end the topic must hold every accepted article.
 */
class DatabaseOutageIT {

    private static final String API_KEY = "db-outage-key";
    private static final Duration INTAKE_TIMEOUT = Duration.ofSeconds(5);
    /** Longest any answer may take: the intake timeout, plus room for a loaded machine. */
    private static final Duration LONGEST_ANSWER = INTAKE_TIMEOUT.plusSeconds(10);
    private static final int CLIENTS = 2;
    private static final int BEFORE = 100;
    private static final int AFTER = 100;
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source = "db-outage-" + UUID.randomUUID().toString().substring(0, 8);
    private final String topic = source + ".articles.ingested";
    private final NewsBriefs briefs = new NewsBriefs(source);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    private PostgresServer postgres;
    private ServiceProcess ingest;

    /** One answer to one POST, and when it was sent and received (System.nanoTime). */
    private record Answer(int article, int status, String contentType, String retryAfter, String id, String body,
            long sentAt, long answeredAt) {
    }

    @AfterEach
    void stop() throws Exception {
        clients.shutdownNow();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        if (ingest != null) {
            ingest.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void whileItsDatabaseIsDownIngestRefusesWith503AndRecoversByItself() throws Exception {
        long started = System.nanoTime();
        Path data = Files.createTempDirectory("outage-postgres");
        int port = freePort();
        postgres = PostgresServer.startPersistent(data, port);
        String kafka = SharedTestStack.kafkaBootstrapServers();
        TopicProvisioner.ensureTopics(kafka, List.of(new TopicSpec(topic, 3, Map.of())));
        ingest = ServiceProcess.start("ingest-service", Map.of(
                "kafka.bootstrap.servers", kafka,
                "mp.messaging.outgoing.articles-ingested.topic", topic,
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "",
                "sinoscope.security.api-keys", API_KEY,
                "sinoscope.intake.timeout", INTAKE_TIMEOUT.toSeconds() + "s"));
        ingest.awaitReady(Duration.ofSeconds(180));
        long ready = System.nanoTime();

        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger acceptedCount = new AtomicInteger();
        AtomicBoolean stopSending = new AtomicBoolean();
        List<Future<?>> senders = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            senders.add(clients.submit(() -> {
                while (!stopSending.get()) {
                    Answer answer = post(next.getAndIncrement());
                    answers.add(answer);
                    if (answer.status() == 202) {
                        acceptedCount.incrementAndGet();
                    } else if (answer.status() == 503) {
                        Thread.sleep(200); // not the Retry-After: the test wants many refusals during the outage
                    }
                }
                return null;
            }));
        }

        awaitOrFail(() -> acceptedCount.get() >= BEFORE, Duration.ofMinutes(2), senders);
        long stopping = System.nanoTime();
        postgres.close();
        postgres = null;
        long stopped = System.nanoTime();
        String readinessDown = awaitReadiness(503, Duration.ofSeconds(30));
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stopped) / 1_000_000));
        long restarting = System.nanoTime();
        postgres = PostgresServer.startPersistent(data, port);
        long restarted = System.nanoTime();
        int acceptedBeforeRecovery = acceptedCount.get();
        awaitOrFail(() -> acceptedCount.get() > acceptedBeforeRecovery, Duration.ofSeconds(90), senders);
        double recovery = (System.nanoTime() - restarted) / 1e9;
        awaitOrFail(() -> acceptedCount.get() >= acceptedBeforeRecovery + AFTER, Duration.ofMinutes(2), senders);
        stopSending.set(true);
        for (Future<?> sender : senders) {
            sender.get(LONGEST_ANSWER.toSeconds() + 10, TimeUnit.SECONDS);
        }
        String readinessUp = awaitReadiness(200, Duration.ofSeconds(30));

        // Which answers are wrong: anything but 202 or 503, a 503 that is no problem+json with Retry-After, a slow
        // answer, or a 202 to a request made entirely while the database was stopped.
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<Integer, String> acceptedIds = new TreeMap<>();
        Set<Integer> refused = new HashSet<>();
        long slowest = 0;
        int acceptedDuringOutage = 0;
        for (Answer a : List.copyOf(answers)) {
            byStatus.merge(a.status(), 1, Integer::sum);
            slowest = Math.max(slowest, a.answeredAt() - a.sentAt());
            if (a.answeredAt() - a.sentAt() > LONGEST_ANSWER.toNanos()) {
                wrong.add("article " + a.article() + " answered " + a.status() + " after "
                        + (a.answeredAt() - a.sentAt()) / 1_000_000 + " ms");
            }
            if (a.status() == 202) {
                acceptedIds.put(a.article(), a.id());
                if (a.sentAt() > stopped && a.answeredAt() < restarting) {
                    acceptedDuringOutage++;
                    wrong.add("article " + a.article() + " answered 202 while the database was down: " + a.body());
                }
            } else if (a.status() == 503) {
                refused.add(a.article());
                if (!a.contentType().startsWith("application/problem+json") || a.retryAfter().isEmpty()
                        || !a.body().contains("\"detail\"")) {
                    wrong.add("article " + a.article() + ": a 503 without problem+json and Retry-After: "
                            + a.contentType() + ", Retry-After '" + a.retryAfter() + "', " + a.body());
                }
            } else {
                wrong.add("article " + a.article() + " answered " + a.status() + ": " + a.body());
            }
        }
        long refusedDuringOutage = answers.stream().filter(a -> a.status() == 503 && a.sentAt() > stopped
                && a.answeredAt() < restarting).count();

        // A client resends what was refused (refused requests may or may not have been stored: resending is safe).
        int resent = 0;
        for (int article : refused) {
            Answer again = post(article);
            resent++;
            if (again.status() != 202) {
                wrong.add("article " + article + " resent after the outage answered " + again.status() + ": "
                        + again.body());
            } else {
                acceptedIds.put(article, again.id());
            }
        }

        Map<Integer, String> lastStatus = new HashMap<>();
        await("every accepted article published").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions().until(() -> {
                    for (var entry : acceptedIds.entrySet()) {
                        if (!"PUBLISHED".equals(lastStatus.get(entry.getKey()))) {
                            lastStatus.put(entry.getKey(), given().baseUri(ingest.baseUri())
                                    .header("X-Api-Key", API_KEY).get("/api/v1/articles/" + entry.getValue())
                                    .then().statusCode(200).extract().path("status"));
                        }
                    }
                    return lastStatus.values().stream().allMatch("PUBLISHED"::equals);
                });
        Map<String, Long> stored = storedRows();
        String report = String.format("DatabaseOutageIT: %d requests %s (%d answered 202 and %d refused with 503 "
                        + "while PostgreSQL was down), slowest answer %d ms, readiness down: %s, up again: %s; "
                        + "PostgreSQL stopped in %.1f s, down %.1f s, started in %.1f s, first 202 %.1f s after it "
                        + "was up; %d refused articles resent, %d articles accepted in all, stored rows %s; "
                        + "ingest ready in %.1f s, whole test %.1f s",
                answers.size(), byStatus, acceptedDuringOutage, refusedDuringOutage, slowest / 1_000_000,
                readinessDown, readinessUp, (stopped - stopping) / 1e9, (restarting - stopped) / 1e9,
                (restarted - restarting) / 1e9, recovery, resent, acceptedIds.size(), stored,
                (ready - started) / 1e9, (System.nanoTime() - started) / 1e9);
        System.out.println(report);
        wrong.stream().limit(20).forEach(System.out::println);

        assertTrue(ingest.isAlive(), "ingest-service died; see " + ingest.log());
        assertEquals(List.of(), wrong.stream().limit(20).toList(), report);
        assertTrue(refusedDuringOutage > 0, "no request met the outage: it tested nothing");
        assertEquals(next.get(), acceptedIds.size(), "articles sent that were accepted in the end (at once or resent)");
        assertEquals(Map.of("articles", (long) acceptedIds.size(), "distinctExternalIds", (long) acceptedIds.size(),
                "published", (long) acceptedIds.size()), stored, "rows in ingest.article");
        assertEquals(new HashSet<>(acceptedIds.values()), storedIds(), "the stored ids are the accepted ones");
        assertEquals(new HashSet<>(acceptedIds.values()), keysOnTopic(kafka, acceptedIds.size()),
                "the articles on the topic are the accepted ones");
    }

    /** The distinct keys (article ids) of the run's topic, read until {@code expected} are seen or 30 s passed. */
    private Set<String> keysOnTopic(String servers, int expected) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers),
                new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Set<String> keys = new HashSet<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (keys.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> keys.add(r.key()));
            }
            return keys;
        }
    }

    /** Sends article {@code i} as one POST; an answer that never came is a status 0. */
    private Answer post(int i) throws InterruptedException {
        long sentAt = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ingest.baseUri() + "/api/v1/articles"))
                    .timeout(LONGEST_ANSWER.plusSeconds(20)).header("X-Api-Key", API_KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(briefs.article(i)))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String id = null;
            if (response.statusCode() == 202) {
                JsonNode receipt = JSON.readTree(response.body());
                id = receipt.path("id").asText(null);
            }
            return new Answer(i, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(""), id, response.body(), sentAt,
                    System.nanoTime());
        } catch (IOException e) {
            return new Answer(i, 0, "", "", null, "no answer: " + e, sentAt, System.nanoTime());
        }
    }

    /** Waits until readiness answers {@code status}; returns the names of the checks that are down, or "none". */
    private String awaitReadiness(int status, Duration timeout) {
        String[] down = new String[1];
        await("readiness " + status).atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> {
                    var response = given().baseUri(ingest.baseUri()).get("/q/health/ready");
                    List<String> names = response.jsonPath().getList("checks.findAll { it.status == 'DOWN' }.name");
                    down[0] = names.isEmpty() ? "none" : String.join(", ", names);
                    return response.statusCode() == status;
                });
        return down[0];
    }

    private void awaitOrFail(java.util.concurrent.Callable<Boolean> condition, Duration timeout,
            List<Future<?>> senders) throws Exception {
        await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> condition.call() || senders.stream().anyMatch(Future::isDone));
        for (Future<?> sender : senders) {
            if (sender.isDone()) {
                sender.get(); // a sender failed: its exception says why
            }
        }
    }

    private Map<String, Long> storedRows() throws Exception {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, "");
                var statement = connection.prepareStatement("select count(*), count(distinct external_id), "
                        + "count(*) filter (where status = 'PUBLISHED') from ingest.article where source = ?")) {
            statement.setString(1, source);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return Map.of("articles", rows.getLong(1), "distinctExternalIds", rows.getLong(2),
                        "published", rows.getLong(3));
            }
        }
    }

    private Set<String> storedIds() throws Exception {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl(), PostgresServer.USER, "");
                var statement = connection.prepareStatement("select id from ingest.article where source = ?")) {
            statement.setString(1, source);
            Set<String> ids = new HashSet<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
