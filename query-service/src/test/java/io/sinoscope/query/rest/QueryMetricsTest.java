package io.sinoscope.query.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.TestEvents;
import io.sinoscope.support.metrics.AlertRules;
import io.sinoscope.support.metrics.PrometheusScrape;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * query-service's meters on {@code /q/metrics} move with what operators alert on: a stored article adds to the index
 * lag timer, an unstorable record to the dead-lettered counter, a notice held by its receiver shows in the pending
 * deliveries (with an age) until the receiver answers, a receiver that keeps failing adds a dead delivery, and the
 * consumer of articles.enriched reports its lag through the Kafka client's metrics.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class QueryMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(120);

    private static HttpServer receiver;
    private static ExecutorService handlers;
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        handlers = Executors.newCachedThreadPool();
        receiver.setExecutor(handlers);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = 200;
            if (exchange.getRequestURI().getPath().equals("/held")) {
                try {
                    RELEASE.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (exchange.getRequestURI().getPath().equals("/down")) {
                status = 500;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        RELEASE.countDown();
        receiver.stop(0);
        handlers.shutdownNow();
    }

    static PrometheusScrape scrape() {
        return PrometheusScrape.parse(RestAssured.given().get("/q/metrics").then().statusCode(200)
                .extract().asString());
    }

    private static String watch(String q, String path) {
        return WatchResourceTest.created(WatchResourceTest.WRITER, Map.of("name", q, "q", q,
                "webhookUrl", "http://127.0.0.1:" + receiver.getAddress().getPort() + path,
                "secret", "metrics-secret-0123456789abcdef"));
    }

    @Test
    void aStoredArticleAddsToTheIndexLag() throws Exception {
        double before = scrape().value("sinoscope_query_index_lag_seconds_count").orElse(0);
        String id = "metrics-" + UUID.randomUUID();
        WatchResourceTest.send(WatchResourceTest.article(id, "CN", "锑锭价格本周上涨。", "锑锭价格本周上涨。", List.of(),
                List.of(), 1));
        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusScrape after = scrape();
            assertTrue(after.value("sinoscope_query_index_lag_seconds_count").orElseThrow() > before);
            assertTrue(after.value("sinoscope_query_index_lag_seconds_bucket", Map.of("le", "+Inf")).orElseThrow()
                    > before);
        });
    }

    @Test
    void anUnreadableRecordAddsToTheDeadLettered() throws Exception {
        double before = scrape().value("sinoscope_query_articles_dead_lettered_total").orElseThrow();
        TestEvents.send("metrics-unreadable-" + UUID.randomUUID(), "this is not an ArticleEnriched event");
        await().atMost(WAIT).untilAsserted(() -> assertTrue(
                scrape().value("sinoscope_query_articles_dead_lettered_total").orElseThrow() > before));
    }

    @Test
    void aNoticeItsReceiverHoldsIsPendingWithAnAgeUntilItIsDelivered() throws Exception {
        String id = watch("钨精矿 收储", "/held");
        WatchResourceTest.send(WatchResourceTest.article("metrics-tungsten", "CN", "国家开始收储钨精矿。",
                "国家开始收储钨精矿。", List.of(), List.of(), 1));
        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            assertTrue(scrape.value("sinoscope_watch_deliveries_pending").orElseThrow() >= 1);
            assertTrue(scrape.value("sinoscope_watch_oldest_pending_age_seconds").orElseThrow() > 0);
        });
        RELEASE.countDown();
        await().atMost(WAIT).untilAsserted(() -> WatchResourceTest.deliveries(WatchResourceTest.WRITER, id)
                .body("deliveries[0].status", equalTo("DELIVERED")));
        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            assertTrue(scrape.value("sinoscope_watch_deliveries_pending").orElseThrow() == 0);
            assertTrue(scrape.value("sinoscope_watch_oldest_pending_age_seconds").orElseThrow() == 0);
        });
    }

    @Test
    void aReceiverThatKeepsFailingAddsADeadDelivery() throws Exception {
        double before = scrape().value("sinoscope_watch_deliveries_dead_total").orElseThrow();
        String id = watch("钼铁 出口", "/down");
        WatchResourceTest.send(WatchResourceTest.article("metrics-molybdenum", "CN", "钼铁出口许可收紧。",
                "钼铁出口许可收紧。", List.of(), List.of(), 1));
        await().atMost(WAIT).untilAsserted(() -> WatchResourceTest.deliveries(WatchResourceTest.WRITER, id)
                .body("deliveries[0].status", equalTo("DEAD")));
        await().atMost(WAIT).untilAsserted(() -> assertTrue(
                scrape().value("sinoscope_watch_deliveries_dead_total").orElseThrow() > before));
    }

    @Test
    void theConsumerReportsItsLagPerTopic() {
        await().atMost(WAIT).untilAsserted(() -> assertFalse(scrape().samples(
                "kafka_consumer_fetch_manager_records_lag_max", Map.of("topic", Topics.ARTICLES_ENRICHED)).isEmpty()));
    }

    /** After an article went through, so that the consumer has its partitions and the lag timer its first value. */
    @Test
    void everyAlertAboutQueryReadsMetricsItExports() throws Exception {
        WatchResourceTest.send(WatchResourceTest.article("metrics-alerts-" + UUID.randomUUID(), "CN", "镓锗出口数据公布。",
                "镓锗出口数据公布。", List.of(), List.of(), 1));
        await().atMost(WAIT).untilAsserted(() -> assertEquals(List.of(),
                AlertRules.missing("query-service", scrape())));
    }
}
