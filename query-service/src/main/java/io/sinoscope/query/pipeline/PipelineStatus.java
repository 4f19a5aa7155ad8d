package io.sinoscope.query.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.sinoscope.query.repository.ArticleRepository;
import io.sinoscope.query.service.Reconciler;
import io.sinoscope.query.service.SearchBackend;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The state of the whole pipeline, as an operator's page shows it: what ingest holds by status and has yet to publish,
 * what analysis dead-lettered, how far each consumer group is behind its topic, and what this replica stores and
 * indexes. Each part is read independently with a deadline, so a service that is down shows as unreachable with the
 * reason instead of failing the whole answer. The caller's API key is passed on to the other services: the page shows
 * exactly what that key may see, and query-service holds no credential of its own.
 */
@ApplicationScoped
public class PipelineStatus {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A service's own statistics, or why they could not be read. */
    public record ServiceReport(String url, boolean reachable, String error, JsonNode stats) {
    }

    /** How many records of {@code topic} the consumer group has not processed yet (null when unknown). */
    public record Backlog(String consumerGroup, String topic, Long lag, String error) {
    }

    /** What this query-service replica holds. */
    public record SearchReport(long articlesStored, int articlesIndexed, Instant indexOpenedFromCommitAt) {
    }

    /**
     * @param reconciliation gaps between ingest's published articles and this service's store, as the latest
     *                       reconciliation left them (null when the store could not be read)
     */
    public record Report(Instant checkedAt, ServiceReport ingest, ServiceReport analysisDeadLetters,
                         SearchReport search, List<Backlog> backlog, Reconciler.Report reconciliation) {
    }

    @Inject
    ArticleRepository articles;
    @Inject
    SearchBackend index;
    @Inject
    Reconciler reconciler;

    @ConfigProperty(name = "sinoscope.pipeline.ingest-url")
    URI ingestUrl;
    @ConfigProperty(name = "sinoscope.pipeline.nlp-url")
    URI nlpUrl;
    @ConfigProperty(name = "sinoscope.pipeline.nlp-consumer-group")
    String nlpGroup;
    @ConfigProperty(name = "sinoscope.pipeline.ingested-topic")
    String ingestedTopic;
    @ConfigProperty(name = "mp.messaging.incoming.articles-enriched.group.id")
    String queryGroup;
    @ConfigProperty(name = "mp.messaging.incoming.articles-enriched.topic")
    String enrichedTopic;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "sinoscope.pipeline.timeout")
    Duration timeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Admin kafka;

    /** Blocking: call from a worker thread. */
    public Report report(String apiKey) throws InterruptedException {
        CompletableFuture<ServiceReport> ingest = fetch(ingestUrl.resolve("/api/v1/stats"), apiKey);
        CompletableFuture<ServiceReport> deadLetters = fetch(nlpUrl.resolve("/api/v1/admin/dlq"), apiKey);
        List<Backlog> backlog = List.of(backlog(nlpGroup, ingestedTopic), backlog(queryGroup, enrichedTopic));
        long stored;
        try {
            stored = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(articles::count));
        } catch (Throwable e) {
            stored = -1;
        }
        SearchReport search = new SearchReport(stored, index.size(), index.lastCommittedAt());
        Reconciler.Report reconciliation;
        try {
            reconciliation = reconciler.report(0);
        } catch (RuntimeException e) {
            reconciliation = null;
        }
        return new Report(Instant.now(), ingest.join(), deadLetters.join(), search, backlog, reconciliation);
    }

    private CompletableFuture<ServiceReport> fetch(URI uri, String apiKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        String url = uri.toString();
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                return new ServiceReport(url, false, "not reachable: " + cause.getClass().getSimpleName()
                        + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), null);
            }
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (Exception e) {
                return new ServiceReport(url, true, "answered " + response.statusCode() + " with a body that is not "
                        + "JSON", null);
            }
            if (response.statusCode() != 200) {
                JsonNode detail = body == null ? null : body.get("detail");
                return new ServiceReport(url, true, "answered " + response.statusCode()
                        + (detail == null ? "" : ": " + detail.asText()), null);
            }
            return new ServiceReport(url, true, null, body);
        });
    }

    private Backlog backlog(String group, String topic) throws InterruptedException {
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
