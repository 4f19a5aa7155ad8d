package io.sinoscope.ingest.intake;

import static io.sinoscope.ingest.IngestApi.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DuplicateIntakeTest {

    @Test
    void exactAndNearDuplicatesFromOtherSourcesAreKeptAsReferencesAndNotPublished() {
        String unique = UUID.randomUUID().toString();
        // A random paragraph makes the article this run's own: a short article that differs from another run's (or
        // another test's) only by a serial number is, rightly, a repost of it.
        String text = "澳大利亚资源部长周四在悉尼宣布，政府将设立一项规模四十亿澳元的关键矿产基金，用于支持稀土和锂的本地加工。"
                + "她表示，此举旨在降低对单一供应来源的依赖，并吸引日本、韩国和美国的长期投资。编号" + unique + "\n" + randomHan(150);
        String original = submit("wire-a", text);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/articles/" + original).then().body("status", equalTo("PUBLISHED")));

        String exact = submit("wire-b", text);
        // The editor's credit is boilerplate: once cleaned, this reprint is the same text.
        String reprint = submit("portal-c", text + "\n责任编辑：李四");
        // A different text, but only by a word: found through the MinHash buckets, not the content hash.
        String near = submit("portal-e", text.replace("周四", "周五"));
        // The first source's own text again with a sixth of it rewritten: a newer version, not a repost.
        String update = submit("wire-a", text.substring(0, text.length() - 46) + randomHan(45));
        String other = submit("wire-d", "加拿大政府宣布对进口钢铝产品实施新的配额管理，超出配额部分将加征百分之二十五的附加税。"
                + "业界人士认为，此举主要针对低价倾销，并可能引发贸易伙伴的反制措施。编号" + unique + "\n" + randomHan(150));

        given().get("/api/v1/articles/" + exact).then()
                .body("status", equalTo("DUPLICATE")).body("duplicateOf", equalTo(original));
        given().get("/api/v1/articles/" + reprint).then()
                .body("status", equalTo("DUPLICATE")).body("duplicateOf", equalTo(original));
        given().get("/api/v1/articles/" + near).then()
                .body("status", equalTo("DUPLICATE")).body("duplicateOf", equalTo(original));
        given().get("/api/v1/articles/" + exact).then()
                .body("duplicateKind", equalTo("SAME_CONTENT")).body("newerVersionOf", nullValue());
        given().get("/api/v1/articles/" + reprint).then().body("duplicateKind", equalTo("SAME_CONTENT"));
        given().get("/api/v1/articles/" + near).then()
                .body("duplicateKind", equalTo("REPOST")).body("similarity", greaterThan(0.8f))
                .body("newerVersionOf", nullValue());
        given().get("/api/v1/articles/" + update).then()
                .body("status", equalTo("DUPLICATE")).body("duplicateOf", equalTo(original))
                .body("duplicateKind", equalTo("UPDATE")).body("newerVersionOf", equalTo(original))
                .body("similarity", lessThan(0.9f));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/articles/" + other).then().body("status", equalTo("PUBLISHED")));
        // The relay has run since: duplicates stay unpublished.
        given().get("/api/v1/articles/" + near).then()
                .body("status", equalTo("DUPLICATE")).body("publishedToKafkaAt", nullValue());
    }

    /** Random common Han characters: unrelated to any other text (ConcurrentIntakeTest uses it too). */
    static String randomHan(int length) {
        StringBuilder text = new StringBuilder(length + 1);
        Random random = new Random();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return text.append('。').toString();
    }

    private static String submit(String source, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("source", source, "externalId", UUID.randomUUID().toString(), "text", text))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
    }
}
