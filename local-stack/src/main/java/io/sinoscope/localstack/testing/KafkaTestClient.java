package io.sinoscope.localstack.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plain Kafka clients against the shared test broker: a test sees the topics as any other consumer would.
 * Reads assign partitions directly, so no consumer group has to form first.
 */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    private static String servers() {
        return SharedTestStack.kafkaBootstrapServers();
    }

    public static void send(String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** As {@link #send(String, String, String)}, with these headers (values in UTF-8). */
    public static void send(String topic, String key, String value, Map<String, String> headers) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        }
    }

    /** Reads the whole topic from the beginning until a record matches, without joining a consumer group. */
    public static ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration timeout) {
        List<ConsumerRecord<String, String>> seen = awaitAll(topic, match, 1, timeout);
        return seen.isEmpty() ? null : seen.get(0);
    }

    /**
     * Every record of the topic that matches, from the beginning to the end the topic has when this is called: unlike
     * {@link #awaitAll}, it tells how many there are, not whether there are at least some.
     */
    public static List<ConsumerRecord<String, String>> readToEnd(String topic,
            Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (var consumer = fromTheBeginning(topic)) {
            var partitions = consumer.assignment();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end " + ends + " in 60 s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))
                            && match.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        return matched;
    }

    public static List<ConsumerRecord<String, String>> awaitAll(String topic,
            Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        try (var consumer = fromTheBeginning(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (matched.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (match.test(record)) {
                        matched.add(record);
                    }
                }
            }
        }
        return matched;
    }

    /** A consumer assigned every partition of the topic, positioned at the beginning, in no consumer group. */
    private static KafkaConsumer<String, String> fromTheBeginning(String topic) {
        var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        var partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** The value of the record's last header of that name, as UTF-8 text; null when it has none. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
