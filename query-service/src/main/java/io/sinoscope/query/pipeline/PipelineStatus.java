package io.sinoscope.query.pipeline;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.sinoscope.query.pipeline.ConsumerBacklog.Backlog;
import io.sinoscope.query.repository.ArticleRepository;
import io.sinoscope.query.search.CrashRecovery;
import io.sinoscope.query.search.SearchBackend;
import io.sinoscope.query.service.ReconciliationReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

    /** What this query-service replica holds. */
    public record SearchReport(long articlesStored, int articlesIndexed, Instant indexOpenedFromCommitAt) {
    }

    /**
     * @param reconciliation gaps between ingest's published articles and this service's store, as the latest
     *                       reconciliation left them (null when the store could not be read)
     */
    public record Report(Instant checkedAt, ServiceReport ingest, ServiceReport analysisDeadLetters,
                         SearchReport search, List<Backlog> backlog, ReconciliationReport.Report reconciliation) {
    }

    @Inject
    ServiceStatistics services;
    @Inject
    ConsumerBacklog backlogs;
    @Inject
    ArticleRepository articles;
    @Inject
    SearchBackend index;
    @Inject
    ReconciliationReport reconciliation;

    @ConfigProperty(name = "sinoscope.pipeline.nlp-consumer-group")
    String nlpGroup;
    @ConfigProperty(name = "sinoscope.pipeline.ingested-topic")
    String ingestedTopic;
    @ConfigProperty(name = "mp.messaging.incoming.articles-enriched.group.id")
    String queryGroup;
    @ConfigProperty(name = "mp.messaging.incoming.articles-enriched.topic")
    String enrichedTopic;

    /** Blocking: call from a worker thread. */
    public Report report(String apiKey) throws InterruptedException {
        CompletableFuture<ServiceReport> ingest = services.ingest(apiKey).subscribeAsCompletionStage();
        CompletableFuture<ServiceReport> deadLetters = services.deadLetters(apiKey).subscribeAsCompletionStage();
        List<Backlog> backlog = List.of(backlogs.of(nlpGroup, ingestedTopic), backlogs.of(queryGroup, enrichedTopic));
        long stored;
        try {
            stored = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(articles::count));
        } catch (Throwable e) {
            stored = -1;
        }
        SearchReport search = new SearchReport(stored, index.size(),
                index.crashRecovery().map(CrashRecovery::lastCommittedAt).orElse(null));
        ReconciliationReport.Report reconciliation;
        try {
            reconciliation = this.reconciliation.report(0);
        } catch (RuntimeException e) {
            reconciliation = null;
        }
        return new Report(Instant.now(), ingest.join(), deadLetters.join(), search, backlog, reconciliation);
    }
}
