package io.sinoscope.support.deadletter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Plain Kafka clients for the DLQ tools, opened per use and closed after: a replay or an overview is a rare operator
 * action, not worth a channel that polls all day. They start from the application's {@code kafka.*} configuration,
 * so whatever reaches the broker for the channels (TLS, SASL) reaches it here too. Bytes, not strings: a replay sends
 * a dead-lettered value exactly as it was stored.
 */
public class DeadLetterClients {

    /** The largest record a replay sends: articles.enriched's max.message.bytes. */
    static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private final Map<String, Object> broker;
    private final DeadLetterSettings config;

    /**
     * @param broker the service's {@code kafka.*} configuration (SmallRye's {@code default-kafka-broker} map)
     */
    public DeadLetterClients(Map<String, Object> broker, DeadLetterSettings config) {
        this.broker = broker;
        this.config = config;
    }

    /**
     * A consumer of the replay group that never joins it: partitions are assigned by hand and offsets committed by
     * hand, so it starts at once and the group's committed offset is nothing but the replay position.
     */
    KafkaConsumer<byte[], byte[]> consumer(String purpose) {
        Map<String, Object> properties = new HashMap<>(broker);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, config.replayGroup());
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, config.clientPrefix() + "-" + purpose);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Acks from every in-sync replica and idempotence: a replayed event is as durable as one from ingest. A replayed
     * record crossed the broker once already, so the producer must not be stricter than the topics are: the size limit
     * is the largest topic's (articles.enriched, 16 MiB, checked by the producer uncompressed), and zstd keeps the
     * bytes on the wire as small as nlp-service's own producer does.
     */
    KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> properties = new HashMap<>(broker);
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.clientPrefix() + "-replay");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** The DLQ's partitions, assigned to the consumer. */
    List<TopicPartition> assignDeadLetterTopic(KafkaConsumer<byte[], byte[]> consumer) {
        List<TopicPartition> partitions = consumer.partitionsFor(config.topic()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        return partitions;
    }
}
