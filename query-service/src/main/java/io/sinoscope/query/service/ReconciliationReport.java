package io.sinoscope.query.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.sinoscope.query.indexing.GapKind;
import io.sinoscope.query.indexing.Reconciler;
import io.sinoscope.query.indexing.ReconciliationFinished;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.ReconcileGapRepository;
import io.sinoscope.query.repository.ReconcileGapRow;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.job.JobRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Where reconciliation stands, read from the gap ledger ({@code query.reconcile_gap}) and the job ledger: the latest
 * run on any replica, open gaps by kind, how many are unrepairable, the oldest ones. Each report also refreshes the
 * {@code sinoscope.reconcile.*} gauges, and so does the end of every run ({@link ReconciliationFinished}), so a scrape
 * never queries the database. Created at start ({@link Startup}) so that the gauges are on {@code /q/metrics} (NaN)
 * before the first count, where the alert rules look for them.
 */
@Startup
@ApplicationScoped
public class ReconciliationReport {

    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(ReconciliationReport.class);

    /** An open gap as the report lists it. */
    public record Gap(String articleId, GapKind kind, long ingestVersion, Long storedVersion, int attempts,
            boolean unrepairable, Instant firstSeenAt, Instant lastSeenAt, Instant lastRequestedAt) {
    }

    /** The report, as GET /api/v1/admin/reconcile and the pipeline page show it. */
    public record Report(Job.View lastRun, Map<GapKind, Long> gaps, long unrepairable, int maxAttempts,
            String schedule, List<Gap> oldest) {
    }

    @Inject
    ReconcileGapRepository gapStore;
    @Inject
    JobRegistry jobs;
    @Inject
    JobLedger ledger;
    @Inject
    Reconciler reconciler;
    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "sinoscope.reconcile.max-attempts")
    int maxAttempts;

    /** Open gaps by kind and unrepairable ones as this replica last counted them (NaN before its first count). */
    private volatile Map<GapKind, Long> lastGaps = Map.of();
    private volatile long lastUnrepairable = -1;

    @PostConstruct
    void registerGauges() {
        for (GapKind kind : GapKind.values()) {
            Gauge.builder("sinoscope.reconcile.gaps", this, r -> r.lastUnrepairable < 0 ? Double.NaN
                            : r.lastGaps.getOrDefault(kind, 0L).doubleValue())
                    .tag("kind", kind.name())
                    .description("Articles ingest published that this service does not hold as published, as the "
                            + "latest reconciliation or report on this replica counted them")
                    .register(meters);
        }
        Gauge.builder("sinoscope.reconcile.unrepairable", this, r -> r.lastUnrepairable < 0 ? Double.NaN
                        : r.lastUnrepairable)
                .description("Gaps asked for sinoscope.reconcile.max-attempts times without arriving")
                .register(meters);
    }

    /** The report with the {@code oldest} oldest open gaps; blocking, call from a worker thread. */
    public Report report(int oldest) {
        Optional<Job.View> last = ledger.latest(Reconciler.KIND).await().atMost(DB_TIMEOUT)
                .map(entry -> jobs.find(entry.id()).map(Job::view).orElse(JobRegistry.view(entry)));
        Map<GapKind, Long> gaps = new EnumMap<>(GapKind.class);
        long unrepairable = Blocking.await(() -> Panache.withSession(() -> gapStore.countsByKind()
                .invoke(counts -> {
                    for (GapKind kind : GapKind.values()) {
                        gaps.put(kind, counts.getOrDefault(kind.name(), 0L));
                    }
                }).chain(counts -> gapStore.countUnrepairable(maxAttempts))));
        List<Gap> listed = oldest <= 0 ? List.of()
                : Blocking.await(() -> Panache.withSession(() -> gapStore.oldest(oldest))).stream().map(this::gap)
                        .toList();
        lastGaps = Map.copyOf(gaps);
        lastUnrepairable = unrepairable;
        return new Report(last.orElse(null), gaps, unrepairable, maxAttempts, reconciler.schedule(), listed);
    }

    /** Runs on the run's own worker thread, after its walk. */
    void afterRun(@Observes ReconciliationFinished finished) {
        Report report = report(0);
        LOG.infof("after reconciliation job %s: open gaps %s, %d unrepairable", finished.jobId(), report.gaps(),
                report.unrepairable());
    }

    private Gap gap(ReconcileGapRow row) {
        return new Gap(row.articleId, GapKind.valueOf(row.kind), row.ingestVersion, row.storedVersion, row.attempts,
                row.attempts >= maxAttempts, row.firstSeenAt, row.lastSeenAt, row.lastRequestedAt);
    }
}
