package io.sinoscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sinoscope.contracts.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Where an article's freshness goes, stage by stage. The driver only sees the 202 and the first search listing the
 * article; in between, each service stamps the Kafka record it sends (producer create time, on the same machine's
 * clock), so the run's records on {@code articles.ingested} (sent by ingest's outbox relay) and
 * {@code articles.enriched} (sent by nlp-service) split the wait into:
 * <ul>
 *   <li><b>relay</b>: from the 202 to the outbox relay sending the article;</li>
 *   <li><b>analysis</b>: from that send to nlp-service sending the enrichment (consumer fetch, queueing, analysis);</li>
 *   <li><b>searchable</b>: from that send to the first search listing it (query-service's fetch, storage, indexing,
 *   searcher refresh, and the poll interval).</li>
 * </ul>
 */
final class FreshnessStages {

    /** Send times (epoch ms) per external id, of one source's records on one topic. */
    record SendTimes(Map<String, Long> ingested, Map<String, Long> enriched) {
    }

    /** Milliseconds spent per stage, over the articles seen at every stage. */
    record Split(Percentiles relay, Percentiles analysis, Percentiles searchable) {

        ObjectNode json(ObjectMapper json) {
            ObjectNode node = json.createObjectNode();
            node.set("relay", relay.json(json));
            node.set("analysis", analysis.json(json));
            node.set("searchable", searchable.json(json));
            return node;
        }
    }

    /** One article's instants, epoch milliseconds. */
    private record Timeline(double accepted, double ingested, double enriched, double listed) {
    }

    private FreshnessStages() {
    }

    /** Reads the source's records on both topics, from {@code sinceMillis} to each partition's current end. */
    static SendTimes read(String bootstrap, String source, long sinceMillis) {
        return new SendTimes(read(bootstrap, Topics.ARTICLES_INGESTED, source, sinceMillis),
                read(bootstrap, Topics.ARTICLES_ENRICHED, source, sinceMillis));
    }

    /**
     * @param epochMillisOf turns the tracker's {@link System#nanoTime()} readings into epoch milliseconds, the clock
     *                      the Kafka timestamps are in
     */
    static Split split(List<FreshnessTracker.Sample> samples, SendTimes sent, ToDoubleFunction<Long> epochMillisOf) {
        List<Timeline> timelines = samples.stream()
                .filter(s -> sent.ingested().containsKey(s.externalId()) && sent.enriched().containsKey(s.externalId()))
                .map(s -> {
                    double accepted = epochMillisOf.applyAsDouble(s.acceptedNanos());
                    return new Timeline(accepted, sent.ingested().get(s.externalId()),
                            sent.enriched().get(s.externalId()), accepted + s.millis());
                })
                .toList();
        return new Split(stage(timelines, t -> t.ingested() - t.accepted()),
                stage(timelines, t -> t.enriched() - t.ingested()), stage(timelines, t -> t.listed() - t.enriched()));
    }

    private static Percentiles stage(List<Timeline> timelines, ToDoubleFunction<Timeline> millis) {
        // A record may be stamped a millisecond before the driver's clock read the 202 it answered: not negative.
        return new Percentiles(timelines.stream().mapToDouble(t -> Math.max(0, millis.applyAsDouble(t))).toArray());
    }

    private static Map<String, Long> read(String bootstrap, String topic, String source, long sinceMillis) {
        Map<String, Long> sentAt = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> since = new HashMap<>();
            partitions.forEach(p -> since.put(p, sinceMillis));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(since);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                consumer.seek(partition, start == null ? ends.get(partition) : start.offset());
            }
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (record.value() == null) {
                        continue;   // a retraction's tombstone
                    }
                    JsonNode event = ResultJson.JSON.readTree(record.value());
                    if (source.equals(event.path("source").asText())) {
                        sentAt.putIfAbsent(event.path("externalId").asText(), record.timestamp());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable record on " + topic + ": " + e.getMessage(), e);
        }
        return sentAt;
    }
}
