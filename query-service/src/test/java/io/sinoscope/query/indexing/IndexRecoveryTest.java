package io.sinoscope.query.indexing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.TestEvents;
import io.sinoscope.query.repository.ArticleRow;
import io.sinoscope.query.search.lucene.LuceneIndex;
import io.sinoscope.text.TextAnalyzer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Crash between acknowledging a record and the next Lucene commit: the index lost the article (uncommitted), Kafka
 * will not redeliver it. On start the index catches up from PostgreSQL; a redelivery changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class IndexRecoveryTest {

    @Inject
    ObjectMapper json;
    @Inject
    TextAnalyzer analyzer;
    @Inject
    LuceneIndex index;
    @Inject
    IndexRebuilder rebuilder;

    private static long hits(String q) {
        return ((Number) given().queryParam("q", q).when().get("/api/v1/search").path("total")).longValue();
    }

    private static long rows(String id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> ArticleRow.count("id", id)));
    }

    @Test
    void articleLostBeforeTheLuceneCommitIsRecoveredExactlyOnce() throws Throwable {
        Instant lastCommit = Instant.now();
        index.commit();
        String text = "深圳前海今年新设外资企业数量同比增长三成，金融科技类项目占比最高。";
        ArticleEnriched event = new Fixtures(analyzer).article("rc-cn", "前海外资企业增长", text, "2025-04-05T01:00:00Z")
                .build();
        TestEvents.send(event.id(), json.writeValueAsString(event));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("q", "前海外资")
                .when().get("/api/v1/search").then().body("total", equalTo(1)));

        // Simulated crash: the uncommitted addition is gone from the index; PostgreSQL has the article.
        index.delete(event.id());
        index.refresh();
        assertEquals(0, hits("前海外资"));

        rebuilder.catchUp(lastCommit);
        assertEquals(1, hits("前海外资"));
        assertEquals(1, rows(event.id()));

        // Redelivery of the same record (offset not committed before the crash) is a no-op for store and index.
        TestEvents.send(event.id(), json.writeValueAsString(event));
        String marker = "rc-marker";
        ArticleEnriched after = new Fixtures(analyzer).article(marker, "标记", "标记文章用于确认前一条记录已处理完毕。",
                "2025-04-05T02:00:00Z").build();
        TestEvents.send(event.id(), json.writeValueAsString(after)); // same key: same partition, after the redelivery
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("q", "标记文章")
                .when().get("/api/v1/search").then().body("total", equalTo(1)));
        assertEquals(1, hits("前海外资"));
        assertEquals(1, rows(event.id()));
    }
}
