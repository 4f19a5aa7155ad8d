package io.sinoscope.ingest.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.sinoscope.ingest.config.OutboxConfig;
import io.sinoscope.ingest.repository.ArticleRepository;
import io.sinoscope.ingest.repository.ArticleRepository.Pending;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The outbox backlog for Prometheus: {@code sinoscope_ingest_outbox_backlog} (articles and retractions stored but not
 * yet acknowledged by Kafka) and {@code sinoscope_ingest_outbox_oldest_age_seconds} (how long the oldest of them has
 * waited). Counted every {@code sinoscope.outbox.metrics-refresh} with one indexed query ({@link
 * ArticleRepository#pending()}), so a scrape never touches the database. Both are NaN until the first count and
 * while the database does not answer: an unknown backlog must not read as an empty one.
 */
@ApplicationScoped
public class OutboxBacklogGauges {

    private static final Logger LOG = Logger.getLogger(OutboxBacklogGauges.class);

    private final ArticleRepository articles;
    private final OutboxConfig config;
    private final Vertx vertx;
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile Pending last;
    private long timer = -1;

    public OutboxBacklogGauges(ArticleRepository articles, OutboxConfig config, Vertx vertx, MeterRegistry meters) {
        this.articles = articles;
        this.config = config;
        this.vertx = vertx;
        Gauge.builder("sinoscope.ingest.outbox.backlog", this, OutboxBacklogGauges::backlog)
                .description("Articles and retractions stored but not yet acknowledged by Kafka (the outbox backlog)")
                .register(meters);
        Gauge.builder("sinoscope.ingest.outbox.oldest.age", this, OutboxBacklogGauges::oldestAgeSeconds)
                .baseUnit("seconds")
                .description("How long the oldest article still waiting for the outbox relay has waited; 0 when none")
                .register(meters);
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(1, config.metricsRefresh().toMillis(), tick -> countUnlessCounting());
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(timer);
    }

    private double backlog() {
        Pending pending = last;
        return pending == null ? Double.NaN : pending.count();
    }

    private double oldestAgeSeconds() {
        Pending pending = last;
        if (pending == null) {
            return Double.NaN;
        }
        return pending.oldestReceivedAt() == null ? 0
                : Math.max(0, Duration.between(pending.oldestReceivedAt(), Instant.now()).toMillis() / 1000.0);
    }

    private void countUnlessCounting() {
        if (!counting.compareAndSet(false, true)) {
            return;
        }
        // Hibernate Reactive needs a safe duplicated context, as in the relay.
        Context run = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(run, true);
        run.runOnContext(ignored -> Panache.withSession(articles::pending).subscribe().with(
                pending -> {
                    last = pending;
                    counting.set(false);
                },
                failure -> {
                    last = null;
                    counting.set(false);
                    LOG.debugf("outbox backlog not counted, the next refresh retries: %s", failure.getMessage());
                }));
    }
}
