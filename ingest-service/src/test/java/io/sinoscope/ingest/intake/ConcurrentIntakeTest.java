package io.sinoscope.ingest.intake;

import static io.sinoscope.ingest.IngestApi.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.contracts.Topics;
import io.sinoscope.ingest.IngestApi;
import io.sinoscope.ingest.IngestTestDatabase;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, finding 7: ten concurrent POSTs of the same article without an externalId were stored as four articles
 * (and published four times), and concurrent retries with an externalId failed with a 500 on the unique index.
 * Identical submissions arriving together must end as one id, one row and one event, through either door.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ConcurrentIntakeTest {

    private static final int CLIENTS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(CLIENTS);

    @TestHTTPResource("/api/v1/articles")
    URI articles;

    @AfterAll
    static void stopThreads() {
        THREADS.shutdownNow();
    }

    @Test
    void tenConcurrentIdenticalSubmissionsWithoutExternalIdAreOneArticleAndOneEvent() throws Exception {
        String marker = UUID.randomUUID().toString();
        String article = article("concurrent-content", null, marker);

        List<HttpResponse<String>> answers = all(i -> post(articles, "application/json", article));

        Set<String> ids = idsOf(answers);
        assertEquals(1, ids.size(), "one article, one id: " + ids);
        assertEquals(1, IngestTestDatabase.countArticles("text LIKE ?", "%" + marker + "%"));
        assertPublishedOnce(ids.iterator().next(), marker);
    }

    @Test
    void tenConcurrentRetriesWithAnExternalIdAnswerLikeASequentialRetry() throws Exception {
        String marker = UUID.randomUUID().toString();
        String article = article("concurrent-external", "ext-" + marker, marker);

        List<HttpResponse<String>> answers = all(i -> post(articles, "application/json", article));

        // Each answers 202, none 500 from the unique index on (source, external_id).
        Set<String> ids = idsOf(answers);
        assertEquals(1, ids.size(), "one article, one id: " + ids);
        assertEquals(1, IngestTestDatabase.countArticles("external_id = ?", "ext-" + marker));
        assertPublishedOnce(ids.iterator().next(), marker);
    }

    @Test
    void concurrentBatchesAndSinglePostsOfTheSameArticlesResolveToTheSameIds() throws Exception {
        String marker = UUID.randomUUID().toString();
        String byContent = article("concurrent-batch", null, marker + "-a");
        String byExternalId = article("concurrent-batch", "ext-" + marker, marker + "-b");
        String batch = byContent + "\n" + byExternalId + "\n";
        URI batchUri = URI.create(articles + "/batch");

        // Half the clients send both articles as a batch (one group, raw SQL), half send the first one alone.
        List<HttpResponse<String>> answers = all(i -> i % 2 == 0
                ? post(batchUri, "application/x-ndjson", batch)
                : post(articles, "application/json", byContent));

        Set<String> contentIds = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        for (HttpResponse<String> answer : answers) {
            if (answer.uri().getPath().endsWith("/batch")) {
                assertEquals(200, answer.statusCode(), answer.body());
                String[] lines = answer.body().split("\n");
                assertEquals(2, lines.length, answer.body());
                contentIds.add(JSON.readTree(lines[0]).path("id").asText("none: " + lines[0]));
                externalIds.add(JSON.readTree(lines[1]).path("id").asText("none: " + lines[1]));
            } else {
                assertEquals(202, answer.statusCode(), answer.body());
                contentIds.add(JSON.readTree(answer.body()).get("id").asText());
            }
        }
        assertEquals(1, contentIds.size(), "one id for the article without externalId: " + contentIds);
        assertEquals(1, externalIds.size(), "one id for the article with one: " + externalIds);
        assertEquals(1, IngestTestDatabase.countArticles("text LIKE ?", "%" + marker + "-a%"));
        assertEquals(1, IngestTestDatabase.countArticles("text LIKE ?", "%" + marker + "-b%"));
        assertPublishedOnce(contentIds.iterator().next(), marker + "-a");
    }

    /**
     * A CI run found ten ids here: the first copy of a short text was a near-duplicate of another source's article,
     * and the lookup by content skipped duplicates, so every identical copy after it became a new row.
     */
    @Test
    void aNearDuplicateSentAgainIsTheDuplicateAlreadyStored() throws Exception {
        String marker = UUID.randomUUID().toString();
        String text = "智利矿业部长周二表示，政府将审查外资锂矿项目的特许条款，并要求国有企业持有多数股权。编号" + marker
                + DuplicateIntakeTest.randomHan(120);
        String original = given().contentType("application/json")
                .body(Map.of("source", "concurrent-wire", "text", text)).post("/api/v1/articles")
                .then().statusCode(202).extract().path("id");
        String repost = "{\"source\":\"concurrent-portal\",\"text\":\"" + text.replace("周二", "周三") + "\"}";

        Set<String> ids = idsOf(all(i -> post(articles, "application/json", repost)));
        ids.addAll(idsOf(List.of(HTTP.send(post(articles, "application/json", repost),
                HttpResponse.BodyHandlers.ofString()))));

        assertEquals(1, ids.size(), "one stored duplicate, one id: " + ids);
        String id = ids.iterator().next();
        given().get("/api/v1/articles/" + id).then()
                .body("status", equalTo("DUPLICATE")).body("duplicateOf", equalTo(original));
        assertEquals(1, IngestTestDatabase.countArticles("source = ? AND text LIKE ?", "concurrent-portal",
                "%" + marker + "%"));
    }

    private static String article(String source, String externalId, String marker) {
        return "{\"source\":\"" + source + "\"," + (externalId == null ? "" : "\"externalId\":\"" + externalId + "\",")
                + "\"text\":\"越南工贸部宣布，自下月起对部分钢材产品征收临时反倾销税，税率最高百分之二十。编号" + marker + "\"}";
    }

    /** Every client's request, released at the same moment. */
    private static List<HttpResponse<String>> all(IntFunction<HttpRequest> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            HttpRequest r = request.apply(i);
            sent.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, THREADS));
        }
        start.countDown();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            answers.add(answer.get());
        }
        return answers;
    }

    private static HttpRequest post(URI uri, String contentType, String body) {
        return HttpRequest.newBuilder(uri).header("X-Api-Key", IngestApi.TEST_KEY).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static Set<String> idsOf(List<HttpResponse<String>> answers) throws Exception {
        Set<String> ids = new HashSet<>();
        for (HttpResponse<String> answer : answers) {
            assertEquals(202, answer.statusCode(), answer.body());
            ids.add(JSON.readTree(answer.body()).get("id").asText());
        }
        return ids;
    }

    /** Once nothing of it waits in the outbox, the topic holds exactly one event with this text. */
    private static void assertPublishedOnce(String id, String marker) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/articles/" + id).then().body("status", equalTo("PUBLISHED")));
        await().atMost(Duration.ofSeconds(30)).until(() -> IngestTestDatabase.countArticles(
                "text LIKE ? AND status = 'RECEIVED'", "%" + marker + "%") == 0);
        List<JsonNode> events = new ArrayList<>();
        for (var record : KafkaTestClient.readToEnd(Topics.ARTICLES_INGESTED,
                r -> r.value() != null && r.value().contains(marker))) {
            events.add(readTree(record.value()));
        }
        assertEquals(1, events.size(), "one event for the article: " + events);
        assertEquals(id, events.get(0).get("id").asText());
    }

    private static JsonNode readTree(String value) {
        try {
            return JSON.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
