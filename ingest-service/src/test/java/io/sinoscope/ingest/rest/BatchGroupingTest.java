package io.sinoscope.ingest.rest;

import static io.sinoscope.ingest.IngestApi.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.ingest.IngestTestDatabase;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Batch lines are stored {@code sinoscope.batch.group-size} (50) at a time in one transaction: what one line at a time
 * guaranteed must hold inside a group too.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class BatchGroupingTest {

    private static final String TEXT = "澳大利亚资源部长周四在悉尼宣布，政府将设立一项规模四十亿澳元的关键矿产基金，用于支持稀土和锂的本地加工。"
            + "她表示，此举旨在降低对单一供应来源的依赖，并吸引日本、韩国和美国的长期投资。";
    private static final String OTHER = "加拿大政府宣布对进口钢铝产品实施新的配额管理，超出配额部分将加征百分之二十五的附加税。"
            + "业界人士认为，此举主要针对低价倾销，并可能引发贸易伙伴的反制措施。";

    private final ObjectMapper json = new ObjectMapper();
    /** Unseeded: a fixed seed would repeat texts across tests and runs, and they would rightly be duplicates. */
    private final Random random = new Random();

    @Test
    void duplicatesWithinOneGroupAndAcrossGroupsPointAtTheFirstAndAreNotPublished() throws Exception {
        String run = UUID.randomUUID().toString();
        String text = text(TEXT, run);
        String other = text(OTHER, run);
        List<String> lines = new ArrayList<>();
        lines.add(line("wire-a-" + run, "a", text, null));                         // 1: original
        lines.add(line("wire-b-" + run, "b", text, null));                         // 2: exact duplicate of 1
        lines.add(line("portal-c-" + run, "c", text.replace("周四", "周五"), null)); // 3: near duplicate of 1
        lines.add(line("wire-d-" + run, null, other, null));                       // 4: original, no externalId
        lines.add(line("wire-d-" + run, null, other, null));                       // 5: the same article as 4
        lines.add(line("wire-e-" + run, "e", other, null));                        // 6: duplicate of 4
        for (int i = 0; i < 60; i++) {                                              // 7-66: unrelated, fill the group
            lines.add(line("filler-" + run, "f" + i, randomHan(150), null));
        }
        lines.add(line("wire-g-" + run, "g", text, null));                         // 67: next group, duplicate of 1

        List<JsonNode> results = post(lines);

        assertEquals(lines.size(), results.size(), results.toString());
        for (int i = 0; i < results.size(); i++) {
            assertEquals(i + 1, results.get(i).get("line").asInt(), "results in input order");
            assertTrue(results.get(i).hasNonNull("id"), "stored: " + results.get(i));
        }
        String first = results.get(0).get("id").asText();
        assertEquals("RECEIVED", results.get(0).get("status").asText());
        assertDuplicate(results.get(1), first);
        assertDuplicate(results.get(2), first);
        String fourth = results.get(3).get("id").asText();
        assertEquals("RECEIVED", results.get(3).get("status").asText());
        assertEquals(fourth, results.get(4).get("id").asText(), "the same source and content is the same article");
        assertDuplicate(results.get(5), fourth);
        assertDuplicate(results.get(66), first);
        // How each relates to its original: identical text, or another outlet's copy with a word changed.
        assertEquals("SAME_CONTENT", results.get(1).get("duplicateKind").asText(), results.get(1).toString());
        assertEquals("REPOST", results.get(2).get("duplicateKind").asText(), results.get(2).toString());
        given().get("/api/v1/articles/" + results.get(2).get("id").asText()).then()
                .body("duplicateKind", org.hamcrest.Matchers.equalTo("REPOST"))
                .body("similarity", org.hamcrest.Matchers.greaterThan(0.5f))
                .body("newerVersionOf", org.hamcrest.Matchers.nullValue());
        assertEquals(1, IngestTestDatabase.countArticles("source = ?", "wire-d-" + run), "stored once");

        // The outbox (RECEIVED, which the relay publishes, OutboxRelayTest) holds exactly the originals; duplicates
        // stay references that are never published.
        assertEquals(60, IngestTestDatabase.countArticles("source = ? AND status IN ('RECEIVED', 'PUBLISHED')",
                "filler-" + run));
        assertEquals(2, IngestTestDatabase.countArticles("id IN (?, ?) AND status IN ('RECEIVED', 'PUBLISHED')",
                first, fourth));
        for (int i : new int[] {1, 2, 5, 66}) {
            given().get("/api/v1/articles/" + results.get(i).get("id").asText()).then()
                    .body("status", org.hamcrest.Matchers.equalTo("DUPLICATE"))
                    .body("publishedToKafkaAt", org.hamcrest.Matchers.nullValue());
        }
        // Later articles find the group's originals through the LSH index, as they would any stored article.
        List<JsonNode> later = post(List.of(line("portal-h-" + run, "h", text.replace("周四", "周三"), null)));
        assertDuplicate(later.get(0), first);
    }

    @Test
    void aBadLineInsideAGroupFailsAloneAndTheOthersAreStoredInOrder() throws Exception {
        String source = "grouped-bad-" + UUID.randomUUID();
        List<String> lines = new ArrayList<>();
        lines.add(line(source, "1", randomHan(120), null));
        lines.add(line(source, "2", randomHan(120), null));
        lines.add("{\"source\":\"" + source + "\",\"externalId\":\"3\",\"text\":");                  // not JSON
        lines.add(line(source, "4", "The minister said on Thursday that the fund would back local processing.", null));
        String text = text(TEXT, source);
        lines.add(line(source, "5", text, null));
        lines.add(line(source, "6", text, null)); // same source, another id, same text: a duplicate

        List<JsonNode> results = post(lines);

        assertEquals(6, results.size(), results.toString());
        assertTrue(results.get(0).hasNonNull("id"));
        assertTrue(results.get(1).hasNonNull("id"));
        assertEquals(400, results.get(2).get("error").get("status").asInt());
        assertEquals(422, results.get(3).get("error").get("status").asInt(), "not Chinese: " + results.get(3));
        assertEquals("RECEIVED", results.get(4).get("status").asText());
        assertDuplicate(results.get(5), results.get(4).get("id").asText());
        assertEquals(4, IngestTestDatabase.countArticles("source = ?", source));
    }

    @Test
    void aLineTheDatabaseRefusesFailsOnlyItselfAndTheRestOfItsGroupIsStored() throws Exception {
        String source = "grouped-db-" + UUID.randomUUID();
        String text = text(TEXT, source);
        // Valid BCP 47 for the validator, but longer than the column (35): only the INSERT finds out.
        String tooLong = "zh-abcdefgh-abcdefgh-abcdefgh-abcdefgh";
        List<String> lines = List.of(
                line(source, "1", randomHan(120), null),
                line(source, "2", text, null),
                line(source, "3", randomHan(120), tooLong),
                line(source + "-b", "4", text, null),
                line(source, "5", randomHan(120), null));

        List<JsonNode> results = post(lines);

        assertEquals(5, results.size(), results.toString());
        assertEquals(List.of(1, 2, 3, 4, 5), results.stream().map(r -> r.get("line").asInt()).toList());
        assertEquals("ERROR", results.get(2).get("status").asText());
        assertEquals(503, results.get(2).get("error").get("status").asInt(), "resend: " + results.get(2));
        for (int i : new int[] {0, 1, 4}) {
            assertEquals("RECEIVED", results.get(i).get("status").asText(), results.get(i).toString());
        }
        assertDuplicate(results.get(3), results.get(1).get("id").asText());
        // Every line reported stored is stored, once; the refused one is not.
        assertEquals(3, IngestTestDatabase.countArticles("source = ?", source));
        assertEquals(0, IngestTestDatabase.countArticles("source = ? AND external_id = '3'", source));
        assertEquals(1, IngestTestDatabase.countArticles("source = ?", source + "-b"));
        for (JsonNode result : List.of(results.get(0), results.get(1), results.get(3), results.get(4))) {
            assertEquals(1, IngestTestDatabase.countArticles("id = ?", result.get("id").asText()));
        }
    }

    private static void assertDuplicate(JsonNode result, String originalId) {
        assertEquals("DUPLICATE", result.get("status").asText(), result.toString());
        assertEquals(originalId, result.get("duplicateOf").asText(), result.toString());
    }

    /**
     * The base article made this run's own by a random paragraph: a short article that differs from another run's
     * only by a serial number is, rightly, a repost of it.
     */
    private String text(String base, String unique) {
        return base + "编号" + unique + "\n" + randomHan(150);
    }

    /** Random common Han characters: unrelated to any other text, long enough for a MinHash signature. */
    private String randomHan(int length) {
        StringBuilder text = new StringBuilder(length + 1);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(0x5000)));
        }
        return text.append('。').toString();
    }

    private String line(String source, String externalId, String text, String language) throws Exception {
        Map<String, String> article = new java.util.LinkedHashMap<>();
        article.put("source", source);
        if (externalId != null) {
            article.put("externalId", externalId);
        }
        article.put("text", text);
        if (language != null) {
            article.put("language", language);
        }
        return json.writeValueAsString(article);
    }

    private static List<JsonNode> post(List<String> lines) throws Exception {
        return BatchCalls.post(String.join("\n", lines) + "\n");
    }
}
