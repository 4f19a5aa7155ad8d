package io.sinoscope.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.contracts.ArticleIngested;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.nlp.service.ArticleEnricher;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.compress.Compression;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.utils.ByteBufferOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * 202 means deliverable (issue 21): every article ingest accepts (at most 300,000 bytes of UTF-8 text) makes an
 * enriched event the producer and the topic take. The worst cases are texts dense in facts and names, where each
 * few characters of input become a fact or mention of a few hundred bytes of JSON.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class EnrichedEventSizeTest {

    /** ingest-service's sinoscope.intake.max-article-bytes. */
    private static final int INGEST_MAX_ARTICLE_BYTES = 300_000;
    private static final Duration WAIT = Duration.ofSeconds(120);

    /** Repeated units dense in what the enriched event spells out per occurrence. */
    private static final Map<String, List<String>> WORST_CASES = worstCases();

    @Inject
    ArticleEnricher enricher;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "mp.messaging.outgoing.articles-enriched.max.request.size")
    int maxRequestSize;

    private static Map<String, List<String>> worstCases() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("percentages", List.of("增速5%，"));
        families.put("percent sentences", List.of("中国经济增速5%，"));
        families.put("tariff phrases", List.of("美国对中国商品加征关税由10%提高至25%，"));
        families.put("money", List.of("投资5000亿美元（约3.5万亿元人民币），", "人民币300亿元，"));
        families.put("names", List.of("特朗普与习近平会见，", "英伟达和商务部、", "川普在华盛顿表示，"));
        families.put("quantities", List.of("进口1200万吨美国大豆，", "出动300名警员，"));
        families.put("dates", List.of("2026年10月13日，", "上周二，", "11月1日起，"));
        return families;
    }

    /** {@code units} repeated in turn while the text stays within {@code maxBytes} of UTF-8. */
    static String repeatToBytes(List<String> units, int maxBytes) {
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        for (int i = 0; ; i++) {
            String unit = units.get(i % units.size());
            int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + unitBytes > maxBytes) {
                return text.toString();
            }
            text.append(unit);
            bytes += unitBytes;
        }
    }

    @Test
    void worstCaseArticlesAtTheIngestLimitFitTheProducerLimit() throws Exception {
        assertTrue(maxRequestSize > 1_048_576, "the producer limit should be above Kafka's 1 MB default");
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, List<String>> family : WORST_CASES.entrySet()) {
            String text = repeatToBytes(family.getValue(), INGEST_MAX_ARTICLE_BYTES);
            String id = UUID.randomUUID().toString();
            ArticleIngested article = json.readValue(IngestedEvents.json(id, text), ArticleIngested.class);
            byte[] event = json.writeValueAsBytes(enricher.enrich(article));
            report.append(String.format("%-18s %7d chars %7d bytes -> enriched %9d bytes (%5.1f bytes per input char), "
                    + "zstd %8d bytes%n", family.getKey(), text.length(), text.getBytes(StandardCharsets.UTF_8).length,
                    event.length, event.length / (double) text.length(), zstdSize(event)));
            assertTrue(event.length <= maxRequestSize, family.getKey() + ": an enriched event of " + event.length
                    + " bytes exceeds the producer's max.request.size " + maxRequestSize + "\n" + report);
        }
        System.out.print(report);
    }

    /** What the producer's zstd makes of {@code data}, with Kafka's own compression code. */
    private static int zstdSize(byte[] data) throws IOException {
        ByteBufferOutputStream buffer = new ByteBufferOutputStream(data.length / 4 + 64);
        try (OutputStream out = Compression.zstd().build().wrapForOutput(buffer, RecordBatch.CURRENT_MAGIC_VALUE)) {
            out.write(data);
        }
        return buffer.position();
    }

    @Test
    void articleWhoseEventExceedsOneMegabyteIsPublished() throws Exception {
        // The article of issue 21: 162 KB of short clauses with percentages, whose event was 2.2 MB and dead-lettered.
        String text = "中国经济增速5%，".repeat(6000);
        String id = UUID.randomUUID().toString();
        KafkaTestClient.send(Topics.ARTICLES_INGESTED, id, IngestedEvents.json(id, text));

        ConsumerRecord<String, String> record = KafkaTestClient.await(Topics.ARTICLES_ENRICHED,
                r -> id.equals(r.key()), WAIT);

        assertNotNull(record, "the enriched event of a 162 KB article never arrived");
        assertTrue(record.value().getBytes(StandardCharsets.UTF_8).length > 1_048_576,
                "the event should be larger than Kafka's default limit, or this test proves nothing");
        JsonNode enriched = json.readTree(record.value());
        assertEquals(text, enriched.get("text").asText());
        long percents = 0;
        for (JsonNode fact : enriched.get("facts")) {
            percents += fact.get("kind").asText().equals("percent") ? 1 : 0;
        }
        assertEquals(6000, percents);
    }
}
