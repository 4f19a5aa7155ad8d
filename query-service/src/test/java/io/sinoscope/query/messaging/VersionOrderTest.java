package io.sinoscope.query.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.query.QueryDatabase;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.TestEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, finding 8: versions of an article are ordered by ingest-service's version number, not by the clock of
 * the nlp-service replica that analysed them, and a retraction is remembered with its version, so an older version
 * arriving afterwards (a DLQ replay, a re-sent event) does not bring the article back.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class VersionOrderTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Partitions of articles.enriched in the test stack (SharedTestStack). */
    private static final int PARTITIONS = 6;
    private static final Instant NOON = Instant.parse("2025-03-04T12:00:00Z");

    private static ArticleEnriched version(String id, String title, long version, Instant enrichedAt) {
        ArticleEnriched e = TestEvents.article(id, title, title + "，正文第" + version + "版。", List.of(), List.of(),
                "hash-" + id + "-" + version);
        return new ArticleEnriched(e.schemaVersion(), e.id(), e.externalId(), e.source(), e.url(), e.title(),
                e.text(), e.publishedAt(), e.contentHash(), e.normalizedTitle(), e.normalizedText(), e.script(),
                e.region(), e.regionConfidence(), e.entities(), e.facts(), e.keywords(), e.topics(), e.summary(),
                e.analyzerVersion(), enrichedAt, e.cleaning(), e.textOffsets(), version);
    }

    @Test
    void aNewerVersionAnalysedOnASlowerClockReplacesTheStoredOne() throws Exception {
        String id = "vo-skew";
        TestEvents.send(id, TestEvents.json(version(id, "版本二标题", 2, NOON)));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo("版本二标题")));

        // Version 3, analysed by a replica whose clock is an hour behind: still the newer version.
        TestEvents.send(id, TestEvents.json(version(id, "版本三标题", 3, NOON.minusSeconds(3600))));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo("版本三标题")));

        // Version 2 again, analysed later by a fast clock: older, ignored; the sibling behind it shows it was read.
        TestEvents.send(id, TestEvents.json(version(id, "版本二重放", 2, NOON.plusSeconds(7200))));
        awaitSiblingAfter(id);
        given().get("/api/v1/articles/" + id).then().statusCode(200).body("title", equalTo("版本三标题"));
    }

    @Test
    void anOlderVersionReplayedAfterTheRetractionStaysRetractedAndANewerOneComesBack() throws Exception {
        String id = "vo-retract";
        String v1 = TestEvents.json(version(id, "撤回前的文章", 1, NOON));
        TestEvents.send(id, v1);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/" + id).then().statusCode(200));

        TestEvents.send(id, null, 1);
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/" + id).then().statusCode(404));

        // The old enriched event again (a DLQ replay), analysed later than the retraction: stays retracted.
        TestEvents.send(id, TestEvents.json(version(id, "撤回前的文章", 1, Instant.now().plusSeconds(60))));
        awaitSiblingAfter(id);
        given().get("/api/v1/articles/" + id).then().statusCode(404);
        given().queryParam("q", "撤回前的文章").get("/api/v1/search").then().body("total", equalTo(0));

        // Submitted again after the retraction, ingest makes it version 2: that is stored.
        TestEvents.send(id, TestEvents.json(version(id, "重新提交的文章", 2, NOON)));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo("重新提交的文章")));

        // And the old retraction replayed after that does not remove the newer version.
        TestEvents.send(id, null, 1);
        awaitSiblingAfter(id);
        given().get("/api/v1/articles/" + id).then().statusCode(200).body("title", equalTo("重新提交的文章"));
    }

    @Test
    void theSameContentAtANewerVersionIsRecordedAtThatVersion() throws Exception {
        // Submitted again unchanged after a retraction this service never received: ingest's version 2, same content.
        String id = "vo-same-content";
        ArticleEnriched first = version(id, "内容未变的文章", 1, NOON);
        TestEvents.send(id, TestEvents.json(first));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/" + id).then().statusCode(200));

        TestEvents.send(id, TestEvents.json(first.withVersion(2L)));
        // Left at version 1, reconciliation would find the article behind ingest at every run.
        await().atMost(WAIT).until(() -> QueryDatabase.count("query.article", "id = '" + id + "' and version = 2") == 1);
    }

    /**
     * Sends an article on the same partition as {@code id} and waits for it: every record sent before it on that
     * partition has then been processed.
     */
    private static void awaitSiblingAfter(String id) throws Exception {
        String sibling = keyOnTheSamePartitionAs(id);
        TestEvents.send(sibling, TestEvents.json(version(sibling, "同分区哨兵", 1, NOON)));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/" + sibling).then().statusCode(200));
    }

    private static String keyOnTheSamePartitionAs(String key) {
        int partition = partitionOf(key);
        while (true) {
            String candidate = "vo-sibling-" + UUID.randomUUID();
            if (partitionOf(candidate) == partition) {
                return candidate;
            }
        }
    }

    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }
}
