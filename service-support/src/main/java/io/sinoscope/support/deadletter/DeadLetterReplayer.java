package io.sinoscope.support.deadletter;

import io.sinoscope.support.job.Job;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.job.JobRegistry;
import io.sinoscope.support.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * Sends dead-lettered events back to the topic they were consumed from ({@link DeadLetterSettings#replayTopic()}),
 * key and value byte for byte, so the service's one consuming path (nlp-service's analysis, query-service's store)
 * takes them again, in order with the live stream of their partition. Processing them here instead would race that
 * consumer on the same article and need a second way to dead-letter.
 *
 * <p>Semantics:
 * <ul>
 * <li><b>Each record once.</b> The replay position is the committed offset of {@code sinoscope.dlq.replay-group}; a
 * job starts there and commits past a batch only after the broker acknowledged every record of it. A crash between
 * the acknowledgement and the commit sends that batch twice, which the consumers absorb (idempotent on id and
 * content hash), as they absorb the outbox's duplicates.</li>
 * <li><b>No loop.</b> A job stops at the DLQ's end as it was when the job started. A replayed record that fails
 * again is dead-lettered again by the consumer, after that end, with the new error and a {@link DeadLetter#REPLAYS}
 * count: it waits for the next replay an operator starts, it is never re-sent by the job that sent it.</li>
 * <li><b>since</b> passes over (and gives up on) records dead-lettered before that time; <b>limit</b> stops after
 * that many records, the rest stay pending for the next job.</li>
 * </ul>
 * One replay runs at a time: across every replica when the service records its jobs in a {@link JobLedger}
 * (query-service), else per replica (nlp-service has no database), where two replays on two replicas would each send
 * from the same committed position and so send a batch twice, which the consumers absorb.
 */
public class DeadLetterReplayer {

    public static final String JOB_TYPE = "dlq-replay";
    static final String REPLAYED = "replayed";
    static final String SKIPPED = "skipped";

    private static final Logger LOG = Logger.getLogger(DeadLetterReplayer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final DeadLetterClients clients;
    private final DeadLetterSettings config;
    private final JobRegistry jobs;
    private final JobLedger ledger;

    /** Replays exclusive per replica. */
    public DeadLetterReplayer(DeadLetterClients clients, DeadLetterSettings config, JobRegistry jobs) {
        this(clients, config, jobs, null);
    }

    /** Replays exclusive across every replica sharing {@code ledger}'s table (null: per replica). */
    public DeadLetterReplayer(DeadLetterClients clients, DeadLetterSettings config, JobRegistry jobs,
            JobLedger ledger) {
        this.clients = clients;
        this.config = config;
        this.jobs = jobs;
        this.ledger = ledger;
    }

    /**
     * @param since only records dead-lettered at or after this time (null: all pending)
     * @param limit at most this many records (null: all pending)
     */
    public Job start(Instant since, Integer limit) {
        if (limit != null && limit < 1) {
            throw ProblemException.badRequest("limit must be at least 1, was " + limit
                    + "; leave it out to replay every pending record");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("since", since == null ? null : since.toString());
        parameters.put("limit", limit == null ? null : limit.toString());
        JobRegistry.Task task = job -> replay(job, since, limit == null ? Long.MAX_VALUE : limit);
        return ledger == null ? jobs.startExclusive(JOB_TYPE, parameters, List.of(REPLAYED, SKIPPED), task)
                : jobs.startRecorded(ledger, JOB_TYPE, parameters, List.of(REPLAYED, SKIPPED), task);
    }

    private void replay(Job job, Instant since, long limit) {
        try (KafkaConsumer<byte[], byte[]> consumer = clients.consumer("replay");
                KafkaProducer<byte[], byte[]> producer = clients.producer()) {
            List<TopicPartition> partitions = clients.assignDeadLetterTopic(consumer);
            // Fixed now: what fails again during this job lands after it and is left for the next one.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> next = startPositions(consumer, partitions, end, since, job);
            next.forEach(consumer::seek);
            job.total(partitions.stream().mapToLong(p -> end.get(p) - next.get(p)).sum());
            consumer.commitSync(offsets(next));

            long remaining = limit;
            long lastProgress = System.nanoTime();
            while (remaining > 0 && partitions.stream().anyMatch(p -> next.get(p) < end.get(p))) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                        if (record.offset() >= end.get(partition) || remaining == 0) {
                            break;
                        }
                        sent.add(producer.send(replayOf(record)));
                        next.put(partition, record.offset() + 1);
                        remaining--;
                    }
                }
                // Past a gap in the offsets (none in a plain topic, but cheap to allow) the partition is done.
                for (TopicPartition partition : partitions) {
                    if (remaining > 0 && consumer.position(partition) >= end.get(partition)) {
                        next.put(partition, end.get(partition));
                    }
                }
                producer.flush();
                for (Future<RecordMetadata> ack : sent) {
                    ack.get(); // a refused record fails the job before the position moves past it
                }
                consumer.commitSync(offsets(next));
                job.add(REPLAYED, sent.size());
                if (!sent.isEmpty()) {
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > config.stallTimeout().toNanos()) {
                    throw new IllegalStateException("read nothing from " + config.topic() + " for "
                            + config.stallTimeout() + " although records remain before " + end + "; replayed up to "
                            + next + " (the next replay resumes there)");
                }
            }
            LOG.infof("DLQ replay %s sent %d records back to %s; replay position now %s", job.id(),
                    job.count(REPLAYED), config.replayTopic(), next);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("DLQ replay interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused a replayed record: " + e.getCause().getMessage(), e);
        }
    }

    /** The replay position, moved forward past records older than {@code since}. */
    private static Map<TopicPartition, Long> startPositions(KafkaConsumer<byte[], byte[]> consumer,
            List<TopicPartition> partitions, Map<TopicPartition, Long> end, Instant since, Job job) {
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> replayed = consumer.committed(Set.copyOf(partitions));
        Map<TopicPartition, OffsetAndTimestamp> fromSince = new HashMap<>();
        if (since != null) {
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(p -> query.put(p, since.toEpochMilli()));
            fromSince.putAll(consumer.offsetsForTimes(query));
        }
        Map<TopicPartition, Long> start = new HashMap<>();
        for (TopicPartition partition : partitions) {
            long position = Math.max(begin.get(partition),
                    replayed.get(partition) == null ? 0 : replayed.get(partition).offset());
            if (since != null) {
                OffsetAndTimestamp first = fromSince.get(partition);
                long sinceOffset = first == null ? end.get(partition) : first.offset();
                if (sinceOffset > position) {
                    job.add(SKIPPED, sinceOffset - position);
                    position = sinceOffset;
                }
            }
            start.put(partition, Math.min(position, end.get(partition)));
        }
        return start;
    }

    /** Key, value and the original headers, without the dead-letter ones, counting this replay. */
    private ProducerRecord<byte[], byte[]> replayOf(ConsumerRecord<byte[], byte[]> dead) {
        RecordHeaders headers = new RecordHeaders();
        dead.headers().forEach(header -> {
            if (!header.key().startsWith(DeadLetter.DEAD_LETTER_HEADERS) && !header.key().equals(DeadLetter.REPLAYS)) {
                headers.add(header);
            }
        });
        headers.add(DeadLetter.REPLAYS,
                String.valueOf(DeadLetter.replays(dead.headers()) + 1).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(config.replayTopic(), null, dead.key(), dead.value(), headers);
    }

    private static Map<TopicPartition, OffsetAndMetadata> offsets(Map<TopicPartition, Long> positions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        positions.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
        return offsets;
    }
}
