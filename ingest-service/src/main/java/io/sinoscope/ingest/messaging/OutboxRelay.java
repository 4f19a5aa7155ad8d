package io.sinoscope.ingest.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.sinoscope.contracts.ArticleIngested;
import io.sinoscope.contracts.CleaningReport;
import io.sinoscope.ingest.config.OutboxConfig;
import io.sinoscope.ingest.repository.Article;
import io.sinoscope.ingest.repository.ArticleRepository;
import io.sinoscope.ingest.repository.ArticleStatus;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Publishes stored articles to {@code articles.ingested} and marks them PUBLISHED once the broker acknowledged them;
 * retracted articles are published as tombstones (null value) and marked RETRACTED.
 *
 * <p>The HTTP request only writes to PostgreSQL, so an accepted article survives a broker outage; this relay drains
 * the backlog when the broker is back. A crash between the broker's ack and the status update publishes an article
 * twice, which consumers absorb: they are idempotent on (id, contentHash).
 *
 * <p>The relay runs on a Vert.x timer every {@code sinoscope.outbox.poll-interval}, not on the Quarkus scheduler:
 * that one checks its triggers once a second, so a shorter interval would silently run every second and the wait
 * between an article's 202 and its send would dominate end-to-end freshness (docs/benchmarks.md, "Figures behind
 * design choices").
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final ArticleRepository articles;
    private final MutinyEmitter<Record<String, ArticleIngested>> ingested;
    private final OutboxConfig config;
    private final Vertx vertx;
    /** A run is going: a tick that finds one still running is skipped, so runs never overlap. */
    private final AtomicBoolean relaying = new AtomicBoolean();
    private long timer = -1;

    public OutboxRelay(ArticleRepository articles, @Channel("articles-ingested") MutinyEmitter<Record<String, ArticleIngested>> ingested,
            OutboxConfig config, Vertx vertx) {
        this.articles = articles;
        this.ingested = ingested;
        this.config = config;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(config.pollInterval().toMillis(), tick -> relayUnlessRunning());
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(timer);
    }

    /** One run now, besides the timer's: what a test with the timer held back (a long poll interval) drains with. */
    void relayNow() {
        relayUnlessRunning();
    }

    private void relayUnlessRunning() {
        if (!relaying.compareAndSet(false, true)) {
            return;
        }
        // Each run on its own safe duplicated context, as Hibernate Reactive needs (the timer fires on the event loop,
        // where VertxContextSupport refuses to start one).
        Context run = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(run, true);
        run.runOnContext(ignored -> relayPending().subscribe().with(
                relayed -> relaying.set(false),
                failure -> {
                    relaying.set(false);
                    LOG.warnf("outbox relay run failed, the next tick retries: %s", failure.getMessage());
                }));
    }

    /**
     * Drains the backlog batch after batch (one transaction each) while every article of a full batch got through;
     * a short batch or any refusal (broker down) ends the run until the next tick.
     */
    private Uni<Void> relayPending() {
        return Uni.createFrom().deferred(this::relayBatch)
                .repeat().whilst(relayed -> relayed == config.batchSize())
                .collect().last().replaceWithVoid();
    }

    private Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> articles.lockPendingForPublish(config.batchSize())
                .flatMap(this::publishAll));
    }

    /**
     * Sends every pending article and records the ones the broker acknowledged with one statement per outcome: one
     * UPDATE per article made the relay the largest per-article cost in PostgreSQL.
     *
     * @return how many the broker acknowledged
     */
    private Uni<Integer> publishAll(List<Article> pending) {
        if (pending.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Article>> sends = pending.stream().map(this::publish).toList();
        return Uni.join().all(sends).andFailFast().flatMap(results -> {
            List<Article> acked = results.stream().filter(Objects::nonNull).toList();
            Instant now = Instant.now();
            return markAs(ArticleStatus.PUBLISHED, ArticleStatus.RECEIVED, acked, now)
                    .flatMap(published -> markAs(ArticleStatus.RETRACTED, ArticleStatus.RETRACTING, acked, now)
                            .map(retracted -> published + retracted));
        });
    }

    private Uni<Integer> markAs(ArticleStatus status, ArticleStatus from, List<Article> acked, Instant at) {
        List<String> ids = acked.stream().filter(a -> a.status == from).map(a -> a.id).toList();
        return ids.isEmpty() ? Uni.createFrom().item(0) : articles.markRelayed(ids, status, at);
    }

    /** @return the article once the broker acknowledged it, or null if it refused (the article stays pending) */
    private Uni<Article> publish(Article article) {
        boolean retraction = article.status == ArticleStatus.RETRACTING;
        // The version rides in a header too, since a retraction's tombstone has no value to carry it: consumers
        // record a retraction with its version so that an older version replayed later cannot bring it back.
        Headers headers = new RecordHeaders().add(ArticleIngested.VERSION_HEADER,
                Long.toString(article.version).getBytes(StandardCharsets.UTF_8));
        Message<Record<String, ArticleIngested>> message = Message.of(
                Record.of(article.id, retraction ? null : toEvent(article)),
                Metadata.of(OutgoingKafkaRecordMetadata.builder().withHeaders(headers).build()));
        return ingested.sendMessage(message)
                .replaceWith(article)
                // One refused record must not hold back the status of those the broker did take.
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("article %s not published yet, will retry: %s", article.id, e.getMessage());
                    return Uni.createFrom().nullItem();
                });
    }

    static ArticleIngested toEvent(Article article) {
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, article.id, article.externalId, article.source,
                article.url, article.title, article.text, article.publishedAt, article.language, article.contentHash,
                article.receivedAt, cleaningReport(article), (long) article.version);
    }

    /**
     * What cleaning did to the article, for the analysts downstream: the charset it was decoded with and the same
     * removals {@code GET /api/v1/articles/{id}} lists here, each report line ({@code "kind: text"}) split into its
     * kind and text, and the cleaner that produced the text.
     */
    static CleaningReport cleaningReport(Article article) {
        List<CleaningReport.Removal> removed = article.removed == null || article.removed.isEmpty() ? List.of()
                : Arrays.stream(article.removed.split("\n")).map(OutboxRelay::removal).toList();
        return new CleaningReport(article.charset, article.charsetConfidence, removed, article.cleanerVersion);
    }

    private static CleaningReport.Removal removal(String line) {
        int colon = line.indexOf(": ");
        return colon > 0 ? new CleaningReport.Removal(line.substring(0, colon), line.substring(colon + 2))
                : new CleaningReport.Removal(null, line);
    }
}
