package io.sinoscope.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JSON Schemas are what other teams code against: they must say exactly what the records carry. */
class EventSchemaTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void ingestedSchemaDescribesEveryRecordComponent() throws Exception {
        assertEquals(componentNames(ArticleIngested.class), schemaProperties("article-ingested.v1.json"));
    }

    @Test
    void enrichedSchemaDescribesEveryRecordComponent() throws Exception {
        assertEquals(componentNames(ArticleEnriched.class), schemaProperties("article-enriched.v1.json"));
    }

    @Test
    void curatedSchemaDescribesEveryRecordComponent() throws Exception {
        assertEquals(componentNames(EntityCuration.class), schemaProperties("entity-curated.v1.json"));
    }

    @Test
    void curationRoundTripsAndIgnoresFieldsFromNewerProducers() throws Exception {
        var override = new EntityCuration(EntityCuration.SCHEMA_VERSION, 7, EntityCuration.ADD_ALIAS, "Q22686",
                "Donald Trump", "PERSON", null, null, null, "懂王", List.of("懂王"), null, null, null, "nickname",
                "0123abcd", Instant.parse("2026-11-01T08:00:00Z"));
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(override);
        json.put("addedByANewerProducer", "x");

        assertEquals(override, mapper.treeToValue(json, EntityCuration.class));
    }

    @Test
    void enrichedEventRoundTripsAndIgnoresFieldsFromNewerProducers() throws Exception {
        var event = new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, "a1", "ext-1", "wire", null, "標題", "川普說",
                Instant.parse("2026-11-01T08:00:00Z"), "hash", "标题", "川普说", "TRADITIONAL", "TW", 0.9,
                List.of(new EnrichedEntity("Q22686", "Donald Trump", "PERSON", List.of(new EntityMention("川普", 0, 2, 0.9)))),
                List.of(new ExtractedFact("percent", "10%", 10.0, "%", null, null, 3, 6, Map.of("approximate", false))),
                List.of("川普"), List.of(), null, "test", Instant.parse("2026-11-01T08:00:01Z"),
                new CleaningReport("Big5-HKSCS", 87, List.of(new CleaningReport.Removal("line", "責任編輯：某某"))),
                List.of(2, 0, 2, 1, 2, 3));
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.valueToTree(event);
        json.put("addedByANewerProducer", "x");

        var read = mapper.treeToValue(json, ArticleEnriched.class);

        assertEquals(event, read);
    }

    @Test
    void cleaningReportSchemaDescribesEveryRecordComponentInBothEvents() throws Exception {
        for (String file : List.of("article-ingested.v1.json", "article-enriched.v1.json")) {
            JsonNode cleaning = schema(file).get("properties").get("cleaning");
            assertNotNull(cleaning, file + " has no cleaning");
            assertEquals(componentNames(CleaningReport.class), propertyNames(cleaning), file);
            assertEquals(componentNames(CleaningReport.Removal.class),
                    propertyNames(cleaning.get("properties").get("removed").get("items")), file);
        }
    }

    @Test
    void ingestedEventFromAProducerWithoutTheCleaningReportStillReads() throws Exception {
        String old = "{\"schemaVersion\":1,\"id\":\"a1\",\"source\":\"wire\",\"text\":\"文本\","
                + "\"contentHash\":\"hash\",\"ingestedAt\":\"2026-11-01T08:00:00Z\"}";

        var read = mapper.readValue(old, ArticleIngested.class);

        assertEquals("a1", read.id());
        assertNull(read.cleaning());
    }

    @Test
    void ingestedEventRoundTripsWithItsCleaningReport() throws Exception {
        var event = new ArticleIngested(ArticleIngested.SCHEMA_VERSION, "a1", "ext-1", "wire", null, "标题", "正文",
                null, "zh", "hash", Instant.parse("2026-11-01T08:00:00Z"), new CleaningReport("UTF-8", 100,
                List.of(new CleaningReport.Removal("breadcrumb", "首页 > 国际"),
                        new CleaningReport.Removal("ocr", "joined 2 broken lines"))));

        var read = mapper.readValue(mapper.writeValueAsString(event), ArticleIngested.class);

        assertEquals(event, read);
    }

    private static Set<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> schemaProperties(String file) throws Exception {
        return propertyNames(schema(file));
    }

    private JsonNode schema(String file) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("schemas/" + file)) {
            assertNotNull(in, file);
            return mapper.readTree(in);
        }
    }

    private static Set<String> propertyNames(JsonNode objectSchema) {
        Set<String> names = new TreeSet<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
