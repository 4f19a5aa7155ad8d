package io.sinoscope.localstack;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A topic Sinoscope needs, with its partition count and configs. The stack creates topics explicitly (brokers run
 * with auto-creation off) so that a misspelt channel fails loudly instead of writing to a one-partition topic.
 */
public record TopicSpec(String name, int partitions, Map<String, String> configs) {

    /**
     * Largest {@code articles.enriched} record batch the broker takes: nlp-service's producer
     * {@code max.request.size} (16 MiB), so whatever the producer accepts the topic accepts. An enriched event of an
     * article at ingest's 300,000-byte limit can exceed Kafka's default 1 MB (docs/reliability.md).
     */
    public static final int ENRICHED_MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /**
     * The topics of the suite. {@code articles.enriched} is compacted so a fresh query-service replica can rebuild
     * its store and index by replaying it.
     */
    public static List<TopicSpec> sinoscopeTopics(int partitions) {
        return List.of(
                new TopicSpec("articles.ingested", partitions, Map.of()),
                new TopicSpec("articles.enriched", partitions, Map.of("cleanup.policy", "compact",
                        "max.message.bytes", Integer.toString(ENRICHED_MAX_MESSAGE_BYTES))),
                new TopicSpec("articles.ingested.dlq", 1, Map.of()),
                // query-service dead-letters articles.enriched records byte for byte: the same limit.
                new TopicSpec("articles.enriched.dlq", 1, Map.of(
                        "max.message.bytes", Integer.toString(ENRICHED_MAX_MESSAGE_BYTES))),
                // Analysts' entity overrides, keyed by their sequence: one partition keeps them in order, compaction
                // keeps every one for good, so an nlp-service replica reads them all from the start.
                new TopicSpec("entities.curated", 1, Map.of("cleanup.policy", "compact")));
    }

    NewTopic toNewTopic(short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }
}
