package io.sinoscope.support.deadletter;

import io.sinoscope.support.problem.ProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What the DLQ holds, for operators: how many events, how many a replay would send, and the latest errors. */
public class DeadLetterInspector {

    /** More would make the overview a dump; the DLQ topic itself is there for that. */
    public static final int MAX_RECENT = 100;

    /**
     * @param size    events the DLQ holds now (retention may have deleted older ones)
     * @param pending events after the replay position: what {@code POST /api/v1/admin/dlq/replay} would send
     * @param recent  the latest dead-lettered events, newest first
     */
    public record Overview(String topic, long size, long pending, List<DeadLetter> recent) {
    }

    /** Reading the last few records takes one or two polls; this only bounds a broker that stops answering. */
    private static final Duration READ_DEADLINE = Duration.ofSeconds(10);

    private final DeadLetterClients clients;
    private final DeadLetterSettings config;

    public DeadLetterInspector(DeadLetterClients clients, DeadLetterSettings config) {
        this.clients = clients;
        this.config = config;
    }

    /**
     * @param requested latest dead letters to list, 0 to {@link #MAX_RECENT}; null: the configured number
     */
    public Overview overview(Integer requested) {
        int recent = requested == null ? config.recent() : requested;
        if (recent < 0 || recent > MAX_RECENT) {
            throw ProblemException.badRequest("recent must be between 0 and " + MAX_RECENT + ", was " + recent);
        }
        try (KafkaConsumer<byte[], byte[]> consumer = clients.consumer("inspect")) {
            List<TopicPartition> partitions = clients.assignDeadLetterTopic(consumer);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> replayed = consumer.committed(Set.copyOf(partitions));
            long size = 0;
            long pending = 0;
            for (TopicPartition partition : partitions) {
                size += end.get(partition) - begin.get(partition);
                long position = replayed.get(partition) == null ? 0 : replayed.get(partition).offset();
                pending += end.get(partition) - Math.max(begin.get(partition), position);
                // The last `recent` of each partition: together they hold the latest `recent` overall.
                consumer.seek(partition, Math.max(begin.get(partition), end.get(partition) - recent));
            }
            return new Overview(config.topic(), size, pending, latest(consumer, partitions, end, recent));
        }
    }

    private static List<DeadLetter> latest(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end, int recent) {
        List<DeadLetter> read = new ArrayList<>();
        long deadline = System.nanoTime() + READ_DEADLINE.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    read.add(DeadLetter.of(record));
                }
            }
        }
        return read.stream().sorted(Comparator.comparing(DeadLetter::deadLetteredAt).reversed()
                .thenComparing(Comparator.comparingLong(DeadLetter::offset).reversed())).limit(recent).toList();
    }
}
