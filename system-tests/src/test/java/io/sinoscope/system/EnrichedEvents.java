package io.sinoscope.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.contracts.Topics;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Numbered {@code articles.enriched} events of one source, published as nlp-service would (keyed by article id, JSON
 * value), and the lag of a consumer group on that topic. Each article mentions one entity, so the mention rows in
 * PostgreSQL show whether an article's children were stored twice.
 */
final class EnrichedEvents implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String ENTITY_SURFACE = "特朗普";

    private final String source;
    private final KafkaProducer<String, String> producer;
    private final ConsumerLag consumerLag;

    EnrichedEvents(String servers, String source) {
        this.source = source;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        this.consumerLag = new ConsumerLag(servers);
    }

    /** Publishes articles {@code first} … {@code first + count - 1} and waits until the broker has them all. */
    void publish(int first, int count) throws Exception {
        for (int i = first; i < first + count; i++) {
            ArticleEnriched event = article(i);
            producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, event.id(), JSON.writeValueAsString(event)));
        }
        producer.flush();
    }

    Set<String> externalIds(int first, int count) {
        Set<String> ids = new HashSet<>();
        for (int i = first; i < first + count; i++) {
            ids.add(externalId(i));
        }
        return ids;
    }

    /** Records of the topic the group has not committed past (all of them for a group that committed nothing). */
    long lag(String group) throws Exception {
        return consumerLag.of(group, Topics.ARTICLES_ENRICHED);
    }

    private String externalId(int i) {
        return source + "-" + i;
    }

    private ArticleEnriched article(int i) {
        String text = "美国总统" + ENTITY_SURFACE + "宣布第" + i + "轮关税措施，港口举行应急" + "演练，市场关注供应链。";
        int start = text.indexOf(ENTITY_SURFACE);
        var mention = new EntityMention(ENTITY_SURFACE, start, start + ENTITY_SURFACE.length(), 0.95);
        var entity = new EnrichedEntity("Q22686", "Donald Trump", "PERSON", List.of(mention));
        String title = "第" + i + "轮关税";
        Instant published = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(3600L * i);
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, source + ":" + i, externalId(i), source,
                "https://example.org/" + source + "/" + i, title, text, published, "hash-" + i, title, text,
                "SIMPLIFIED", "CN", 0.9, List.of(entity), List.of(), List.of("关税"), List.of("tariffs-trade"),
                title, "crash-test-1", Instant.now(), null, null);
    }

    @Override
    public void close() {
        producer.close();
        consumerLag.close();
    }
}
