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
     * The topics of the suite. {@code articles.enriched} is compacted so a fresh query-service replica can rebuild
     * its store and index by replaying it.
     */
    public static List<TopicSpec> sinoscopeTopics(int partitions) {
        return List.of(
                new TopicSpec("articles.ingested", partitions, Map.of()),
                new TopicSpec("articles.enriched", partitions, Map.of("cleanup.policy", "compact")),
                new TopicSpec("articles.ingested.dlq", 1, Map.of()),
                new TopicSpec("articles.enriched.dlq", 1, Map.of()));
    }

    NewTopic toNewTopic(short replicationFactor) {
        return new NewTopic(name, partitions, replicationFactor).configs(configs);
    }
}
