package io.sinoscope.query.pipeline;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How far a consumer group is behind its topic, as Kafka tells within {@code sinoscope.pipeline.timeout}. */
@ApplicationScoped
public class ConsumerBacklog {

    /** How many records of {@code topic} the consumer group has not processed yet (null when unknown). */
    public record Backlog(String consumerGroup, String topic, Long lag, String error) {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "sinoscope.pipeline.timeout")
    Duration timeout;

    private Admin kafka;

    /** Blocking: call from a worker thread. */
    public Backlog of(String group, String topic) throws InterruptedException {
        try {
            Admin admin = kafka();
            long deadline = timeout.toMillis();
            Set<String> topics = Set.of(topic);
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(topics).allTopicNames().get(deadline, TimeUnit.MILLISECONDS).get(topic).partitions()
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(deadline, TimeUnit.MILLISECONDS);
            Map<TopicPartition, ListOffsetsResultInfo> ends = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, ListOffsetsResultInfo> starts = offsets(admin, partitions, OffsetSpec.earliest());
            long lag = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                // A partition the group never committed is read from its first retained record.
                long position = done != null ? done.offset() : starts.get(partition).offset();
                lag += Math.max(0, ends.get(partition).offset() - position);
            }
            return new Backlog(group, topic, lag, null);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Backlog(group, topic, null, "Kafka did not tell: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
        }
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin admin, List<TopicPartition> partitions,
                                                               OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        return admin.listOffsets(request).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized Admin kafka() {
        if (kafka == null) {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "query-service-pipeline-status");
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            kafka = Admin.create(config);
        }
        return kafka;
    }

    @PreDestroy
    synchronized void close() {
        if (kafka != null) {
            kafka.close(Duration.ofSeconds(2));
        }
    }
}
