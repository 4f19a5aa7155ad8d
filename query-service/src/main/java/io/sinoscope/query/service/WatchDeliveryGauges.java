package io.sinoscope.query.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.WatchRepository;
import io.sinoscope.query.repository.WatchRepository.PendingDeliveries;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The webhook outbox for Prometheus: {@code sinoscope_watch_deliveries_pending} (notices not yet delivered nor dead,
 * on every replica: the outbox is shared) and {@code sinoscope_watch_oldest_pending_age_seconds} (how long ago the
 * oldest of them was written). Counted every {@code sinoscope.watch.delivery.metrics-refresh} from the PENDING rows
 * only, so a scrape never queries the database; NaN until the first count and while the database does not answer.
 * Notices that die are counted where they die ({@link WebhookRelay}). Created at start, so the gauges are there
 * (NaN) before the first count.
 */
@Startup
@ApplicationScoped
public class WatchDeliveryGauges {

    private static final Logger LOG = Logger.getLogger(WatchDeliveryGauges.class);

    @Inject
    WatchRepository repository;
    @Inject
    MeterRegistry meters;

    private volatile PendingDeliveries last;

    @PostConstruct
    void registerGauges() {
        Gauge.builder("sinoscope.watch.deliveries.pending", this, g -> g.last == null ? Double.NaN : g.last.count())
                .description("Watch notices waiting to be delivered to their webhooks (first attempt or a retry)")
                .register(meters);
        Gauge.builder("sinoscope.watch.oldest.pending.age", this, WatchDeliveryGauges::oldestAgeSeconds)
                .baseUnit("seconds")
                .description("How long ago the oldest notice still waiting for delivery was written; 0 when none")
                .register(meters);
    }

    @Scheduled(every = "${sinoscope.watch.delivery.metrics-refresh}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        try {
            last = Blocking.await(repository::pendingDeliveries);
        } catch (RuntimeException e) {
            last = null;
            LOG.debugf("watch deliveries not counted, the next refresh retries: %s", e.getMessage());
        }
    }

    private double oldestAgeSeconds() {
        PendingDeliveries pending = last;
        if (pending == null) {
            return Double.NaN;
        }
        return pending.oldestCreatedAt() == null ? 0
                : Math.max(0, Duration.between(pending.oldestCreatedAt(), Instant.now()).toMillis() / 1000.0);
    }
}
