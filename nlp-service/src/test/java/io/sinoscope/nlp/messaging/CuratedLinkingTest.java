package io.sinoscope.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.contracts.EntityCuration;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.nlp.service.EntityOverrides;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Overrides travel from entities.curated into the linking of new articles, through the real broker: an alias an
 * analyst added links a company name HanLP does not know (Taiwan and Hong Kong spellings), and a mention rejected
 * in one article stays unlinked there only.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class CuratedLinkingTest {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String ENTITY = "test:beichen";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    EntityOverrides overrides;

    @Test
    void anAddedAliasLinksNewArticlesAndARejectionHoldsInItsArticleOnly() throws Exception {
        String rejectedIn = UUID.randomUUID().toString();
        String linkedIn = UUID.randomUUID().toString();
        publish(new EntityCuration(1, 9001, EntityCuration.ADD_ALIAS, ENTITY, "Beichen Heavy Industries",
                "ORGANIZATION", null, null, null, "北辰重工", List.of("北辰重工"), null, null, null,
                "listed arm of the group", "test", Instant.now()));
        publish(new EntityCuration(1, 9002, EntityCuration.REJECT_MENTION, ENTITY, "Beichen Heavy Industries",
                "ORGANIZATION", null, null, null, "北辰重工", List.of("北辰重工"), rejectedIn, 5, 9,
                "a quoted slogan here, not the company", "test", Instant.now()));
        // The consumer reads the topic in the background: wait until both overrides are in force.
        Instant giveUp = Instant.now().plus(WAIT);
        while (overrides.lastSequence() < 9002 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        assertEquals(9002, overrides.lastSequence(), "entities.curated was not read");

        KafkaTestClient.send(Topics.ARTICLES_INGESTED, linkedIn,
                IngestedEvents.json(linkedIn, "據報導，北辰重工週二在台北發表新一代風力發電機組。"));
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, rejectedIn,
                IngestedEvents.json(rejectedIn, "港媒報道，北辰重工將在本港設立區域總部。"));

        JsonNode linked = enriched(linkedIn);
        JsonNode mention = entity(linked, ENTITY).get("mentions").get(0);
        assertEquals("北辰重工", mention.get("surface").asText());
        assertEquals("北辰重工", linked.get("text").asText().substring(mention.get("start").asInt(),
                mention.get("end").asInt()));
        assertEquals("Beichen Heavy Industries", entity(linked, ENTITY).get("name").asText());
        assertFalse(ids(enriched(rejectedIn)).contains(ENTITY), "rejected in this article, yet linked");
    }

    private static void publish(EntityCuration override) throws Exception {
        KafkaTestClient.send(Topics.ENTITIES_CURATED, Long.toString(override.sequence()),
                JSON.writeValueAsString(override));
    }

    private static JsonNode enriched(String id) throws Exception {
        ConsumerRecord<String, String> record = KafkaTestClient.await(Topics.ARTICLES_ENRICHED,
                r -> id.equals(r.key()), WAIT);
        assertNotNull(record, "no enriched event for " + id);
        return JSON.readTree(record.value());
    }

    private static List<String> ids(JsonNode enriched) {
        List<String> ids = new ArrayList<>();
        enriched.get("entities").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private static JsonNode entity(JsonNode enriched, String id) {
        for (JsonNode e : enriched.get("entities")) {
            if (id.equals(e.get("id").asText())) {
                return e;
            }
        }
        throw new AssertionError(id + " not among " + ids(enriched));
    }
}
