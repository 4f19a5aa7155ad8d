package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.localstack.testing.SharedTestStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: two nlp-service replicas share {@code articles.ingested} through one consumer group, as the NLP tier
 * scales. Both must get partitions and analyse records; when one is killed with SIGKILL mid-stream the other must take
 * all partitions over, and every article accepted before, during and after must be searchable exactly once.
 *
 * <p>Who holds what is read from each replica's Prometheus metrics: the Kafka client's
 * {@code kafka_consumer_coordinator_assigned_partitions} and {@code kafka_consumer_fetch_manager_records_consumed_total},
 * summed over the replica's consumers of the channel ({@code NLP_CONCURRENCY}, 2 by default).
 */
class NlpRebalanceIT {

    private static final String API_KEY = "nlp-rebalance-key";
    private static final int ARTICLES = 600;
    /** The kill comes once both replicas consumed records and at least this many articles were sent... */
    private static final int KILL_FROM = 100;
    /** ...and before this many: the stream holds here until the kill, so a third of it is sent afterwards. */
    private static final int KILL_BY = 400;
    private static final int CHUNK = 30;
    private static final Duration PACE = Duration.ofMillis(300);
    private static final int PARTITIONS = 6;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String source = "rebalance-" + UUID.randomUUID().toString().substring(0, 8);
    private final ExecutorService streamer = Executors.newSingleThreadExecutor();
    private RunningSystem system;
    private ServiceProcess secondNlp;

    @AfterEach
    void stop() throws Exception {
        streamer.shutdownNow();
        streamer.awaitTermination(30, TimeUnit.SECONDS);
        if (secondNlp != null) {
            secondNlp.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theSurvivingReplicaTakesOverAndEveryArticleIsSearchableOnce() throws Exception {
        long started = System.nanoTime();
        system = RunningSystem.start(API_KEY, RunningSystem.fastFailover());
        ServiceProcess firstNlp = system.nlp;
        secondNlp = ServiceProcess.start("nlp-service", "nlp-service-2", firstNlp.properties());
        secondNlp.awaitReady(START_TIMEOUT);
        await("both replicas hold partitions").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> {
                    double first = metric(firstNlp, "kafka_consumer_coordinator_assigned_partitions");
                    double second = metric(secondNlp, "kafka_consumer_coordinator_assigned_partitions");
                    return first > 0 && second > 0 && first + second == PARTITIONS;
                });
        String split = String.format("partitions %.0f + %.0f",
                metric(firstNlp, "kafka_consumer_coordinator_assigned_partitions"),
                metric(secondNlp, "kafka_consumer_coordinator_assigned_partitions"));
        long ready = System.nanoTime();

        NewsBriefs briefs = new NewsBriefs(source);
        ResilientIngest client = new ResilientIngest(system.ingest, API_KEY);
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch killed = new CountDownLatch(1);
        Future<?> stream = streamer.submit(() -> {
            for (int first = 0; first < ARTICLES; first += CHUNK) {
                if (first >= KILL_BY) {
                    killed.await();
                }
                List<Map<String, Object>> chunk = new ArrayList<>();
                for (int i = first; i < Math.min(ARTICLES, first + CHUNK); i++) {
                    chunk.add(briefs.article(i));
                }
                client.send(chunk, Duration.ofMinutes(3));
                sent.addAndGet(chunk.size());
                Thread.sleep(PACE.toMillis());
            }
            return null;
        });

        // Both replicas analyse: each has consumed records of this stream before one of them is killed, mid-stream.
        await("both replicas consume").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsMatching(e -> !(e instanceof java.util.concurrent.ExecutionException))
                .untilAsserted(() -> {
                    if (stream.isDone()) {
                        stream.get(); // the streamer failed: its exception says why
                    }
                    double first = metric(firstNlp, "kafka_consumer_fetch_manager_records_consumed_total");
                    double second = metric(secondNlp, "kafka_consumer_fetch_manager_records_consumed_total");
                    assertTrue(sent.get() >= KILL_FROM && first > 0 && second > 0, sent.get()
                            + " articles sent, records consumed by the replicas: " + first + " and " + second
                            + "; " + pipeline());
                });
        double consumedByFirst = metric(firstNlp, "kafka_consumer_fetch_manager_records_consumed_total");
        double consumedBySecond = metric(secondNlp, "kafka_consumer_fetch_manager_records_consumed_total");
        int searchableAtKill = RunOutcome.searchTotal(system.query, source);
        int sentAtKill = sent.get();
        long killedAt = System.nanoTime();
        firstNlp.kill();
        killed.countDown();
        await("the surviving replica holds every partition").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() ->
                        metric(secondNlp, "kafka_consumer_coordinator_assigned_partitions") == PARTITIONS);
        double takeover = (System.nanoTime() - killedAt) / 1e9;

        stream.get(5, TimeUnit.MINUTES);
        long streamed = System.nanoTime();
        System.out.println("client: " + client.summary());
        assertEquals(List.of(), client.violations(), "ingest answered something a correct ingest never answers");
        assertEquals(ARTICLES, client.accepted().size(), "articles accepted");

        Map<String, String> accepted = client.accepted();
        RunOutcome.awaitQuiet(system, source, accepted.size(), Duration.ofMinutes(4));
        long drained = System.nanoTime();
        double consumedAfter = metric(secondNlp, "kafka_consumer_fetch_manager_records_consumed_total");
        RunOutcome outcome = RunOutcome.read(system.query, SharedTestStack.postgresUrls()[0], source);
        String report = String.format("NlpRebalanceIT: %s; before the kill %.0f records consumed by the first replica "
                        + "and %.0f by the second, %d of %d articles searchable; the second held all %d partitions "
                        + "%.1f s after the kill and consumed %.0f records in all; %d articles sent, %d accepted; %s; "
                        + "services started in %.1f s, stream %.1f s, drained %.1f s later, whole test %.1f s",
                split, consumedByFirst, consumedBySecond, searchableAtKill, sentAtKill, PARTITIONS, takeover,
                consumedAfter, ARTICLES, accepted.size(), outcome.summary(), (ready - started) / 1e9,
                (streamed - ready) / 1e9, (drained - streamed) / 1e9, (System.nanoTime() - started) / 1e9);
        System.out.println(report);
        assertTrue(consumedAfter > consumedBySecond, "the surviving replica consumed nothing after the kill");
        assertTrue(secondNlp.isAlive(), "the surviving nlp-service died; see " + secondNlp.log());
        assertEquals(List.of(), outcome.problems(accepted), report);
    }

    /** Where the articles are, for a failure message: ingest's outbox, the topics, the consumer groups. */
    private String pipeline() {
        try (ConsumerLag lag = new ConsumerLag(SharedTestStack.kafkaBootstrapServers())) {
            String stats = given().baseUri(system.ingest.baseUri()).header("X-Api-Key", API_KEY)
                    .get("/api/v1/stats").asString();
            return String.format("ingest stats %s; articles.ingested holds %d records, nlp-service lag %d; "
                    + "articles.enriched holds %d, query-service lag %d", stats, lag.written("articles.ingested"),
                    lag.of(RunningSystem.NLP_GROUP, "articles.ingested"), lag.written("articles.enriched"),
                    lag.of(RunningSystem.QUERY_GROUP, "articles.enriched"));
        } catch (Exception e) {
            return "pipeline state unknown: " + e;
        }
    }

    /**
     * The sum of a Kafka consumer metric over the replica's consumers of {@code articles.ingested}. A metric the Kafka
     * client also keeps per topic (records consumed) is first exposed per client, then, once Micrometer's binder
     * refreshes (every 60 s) and finds the per-topic series, only per topic, under two spellings of the topic tag:
     * this reads whichever is there, and for these single-topic consumers both say the same.
     */
    private static double metric(ServiceProcess nlp, String name) {
        String metrics = given().baseUri(nlp.baseUri()).get("/q/metrics").then().statusCode(200).extract().asString();
        double perClient = 0;
        double perTopic = 0;
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name + "{") || !line.contains("articles-ingested")) {
                continue;
            }
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (!line.contains("topic=")) {
                perClient += value;
            } else if (line.contains("topic=\"articles.ingested\"")) {
                perTopic += value;
            }
        }
        return Math.max(perClient, perTopic);
    }
}
