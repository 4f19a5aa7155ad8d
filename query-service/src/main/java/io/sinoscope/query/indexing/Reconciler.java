package io.sinoscope.query.indexing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.sinoscope.query.indexing.IngestArticlesClient.PublishedArticle;
import io.sinoscope.query.indexing.IngestArticlesClient.PublishedPage;
import io.sinoscope.query.repository.ArticleRepository;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.ReconcileGapRepository;
import io.sinoscope.query.repository.ReconcileGapRow;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.job.JobRegistry;
import io.sinoscope.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Finds and fills the gaps between what ingest-service published and what this service holds: walks ingest's list of
 * published articles and their versions page by page, compares each page with the store ({@link GapKind}), records
 * the gaps in {@code query.reconcile_gap}, and asks ingest to publish the missing, stale and not-retracted ones again.
 * An article asked for {@code sinoscope.reconcile.max-attempts} times at one version without arriving (analysis
 * dead-letters it, the store refuses it) is reported as unrepairable instead of asked for again.
 *
 * <p>One run at a time across every replica ({@link JobRegistry#startRecorded}, kind {@value #KIND}); runs start from
 * the admin API or every {@code sinoscope.reconcile.every}. Articles ingest relayed in the last
 * {@code sinoscope.reconcile.grace} are left out: they may be on their way still.
 */
@ApplicationScoped
public class Reconciler {

    /** The kind of job in query.job. */
    public static final String KIND = "reconcile";
    static final String CHECKED = "checked";
    static final String MISSING = "missing";
    static final String STALE = "stale";
    static final String NOT_RETRACTED = "notRetracted";
    static final String REQUESTED = "requested";
    static final String NOT_REQUEUED = "notRequeued";
    static final String UNREPAIRABLE = "unrepairable";
    private static final List<String> COUNTERS = List.of(CHECKED, MISSING, STALE, NOT_RETRACTED, REQUESTED,
            NOT_REQUEUED, UNREPAIRABLE);
    private static final Map<GapKind, String> COUNTER_OF = Map.of(GapKind.MISSING, MISSING, GapKind.STALE, STALE,
            GapKind.NOT_RETRACTED, NOT_RETRACTED);
    private static final Logger LOG = Logger.getLogger(Reconciler.class);

    @Inject
    @RestClient
    IngestArticlesClient ingest;
    @Inject
    ArticleRepository articles;
    @Inject
    ReconcileGapRepository gapStore;
    @Inject
    JobRegistry jobs;
    @Inject
    JobLedger ledger;

    @ConfigProperty(name = "sinoscope.reconcile.api-key")
    Optional<String> serviceKey;
    @ConfigProperty(name = "sinoscope.reconcile.grace")
    Duration grace;
    @ConfigProperty(name = "sinoscope.reconcile.max-attempts")
    int maxAttempts;
    @ConfigProperty(name = "sinoscope.reconcile.page-size")
    int pageSize;
    @ConfigProperty(name = "sinoscope.reconcile.every")
    String every;

    @Inject
    Event<ReconciliationFinished> finished;
    private volatile boolean keyMissingReported;

    /**
     * Starts a run unless one runs on any replica. Blocks while it claims the job: call it from a worker thread.
     *
     * @param dryRun    find and record the gaps, ask ingest for nothing
     * @param callerKey the API key of the admin who asked, used with ingest when no service key is configured
     * @throws ProblemException 409 naming the run in progress
     */
    public Job start(String trigger, boolean dryRun, String callerKey) {
        String key = configuredKey().orElse(callerKey);
        Instant relayedBefore = Instant.now().minus(grace);
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("trigger", trigger);
        parameters.put("dryRun", String.valueOf(dryRun));
        parameters.put("relayedBefore", relayedBefore.toString());
        return jobs.startRecorded(ledger, KIND, parameters, COUNTERS, job -> walk(job, relayedBefore, dryRun, key));
    }

    /** The first run starts soon after start-up: a replica restored from a backup finds its gaps at once. */
    @Scheduled(every = "${sinoscope.reconcile.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodically() {
        if (configuredKey().isEmpty()) {
            // Said once, not every turn: the pipeline page and GET /reconcile show "off (no ...)" meanwhile.
            if (!keyMissingReported) {
                keyMissingReported = true;
                LOG.warnf("periodic reconciliation is off: sinoscope.reconcile.api-key is not set, and ingest-service "
                        + "lists and republishes articles only for a key it knows (read and admin roles)");
            }
            return;
        }
        try {
            start("schedule", false, null);
        } catch (ProblemException e) {
            // Another replica's run (or this one's previous) is still going: it covers this turn.
            LOG.debugf("periodic reconciliation not started: %s", e.getMessage());
        }
    }

    /** Whether runs start on their own, and how often ("off" when they do not). */
    public String schedule() {
        return configuredKey().isPresent() ? every : "off (no sinoscope.reconcile.api-key)";
    }

    private Optional<String> configuredKey() {
        return serviceKey.filter(k -> !k.isBlank());
    }

    private void walk(Job job, Instant relayedBefore, boolean dryRun, String key) {
        Instant walkStartedAt = Instant.now();
        String after = "";
        while (true) {
            String from = after;
            PublishedPage page = askIngest("list published articles after '" + from + "'",
                    () -> ingest.published(from, pageSize, relayedBefore.toString(), key));
            if (page.articles() != null && !page.articles().isEmpty()) {
                reconcile(job, page.articles(), dryRun, key);
            }
            if (page.next() == null || page.articles() == null || page.articles().isEmpty()) {
                break;
            }
            after = page.next();
        }
        // Only a complete walk knows that a gap it did not meet is gone (healed, or no longer listed by ingest).
        Blocking.await(() -> Panache.withTransaction(() -> gapStore.closeUnseenSince(walkStartedAt, relayedBefore)));
        LOG.infof("reconciliation job %s done: %s", job.id(), job.view().counts());
        finished.fire(new ReconciliationFinished(job.id()));
    }

    private void reconcile(Job job, List<PublishedArticle> page, boolean dryRun, String key) {
        List<String> ids = page.stream().map(PublishedArticle::id).toList();
        Map<String, Long> stored = Blocking.await(() -> Panache.withSession(() -> articles.storedVersions(ids)));
        Map<String, PublishedArticle> published = new LinkedHashMap<>();
        Map<String, GapKind> found = new LinkedHashMap<>();
        List<String> held = new ArrayList<>();
        for (PublishedArticle article : page) {
            Optional<GapKind> gap = GapKind.of(article, stored);
            if (gap.isPresent()) {
                found.put(article.id(), gap.get());
                published.put(article.id(), article);
                job.add(COUNTER_OF.get(gap.get()), 1);
            } else {
                held.add(article.id());
            }
        }
        job.add(CHECKED, page.size());
        Instant now = Instant.now();
        List<String> toRequest = Blocking.await(() -> Panache.withTransaction(() -> gapStore.closeAll(held)
                .chain(() -> gapStore.byIds(List.copyOf(found.keySet())))
                .chain(recorded -> {
                    List<String> request = new ArrayList<>();
                    List<ReconcileGapRow> added = new ArrayList<>();
                    found.forEach((id, kind) -> {
                        PublishedArticle article = published.get(id);
                        ReconcileGapRow row = recorded.get(id);
                        if (row == null) {
                            row = new ReconcileGapRow();
                            row.articleId = id;
                            added.add(row);
                        }
                        if (row.firstSeenAt == null || row.ingestVersion != article.version()) {
                            // A new version at ingest is a new delivery: its attempts start again.
                            row.ingestVersion = article.version();
                            row.attempts = 0;
                            row.firstSeenAt = now;
                            row.lastRequestedAt = null;
                        }
                        row.kind = kind.name();
                        row.storedVersion = stored.get(id);
                        row.lastSeenAt = now;
                        if (row.attempts >= maxAttempts) {
                            job.add(UNREPAIRABLE, 1);
                        } else {
                            request.add(id);
                        }
                    });
                    // Panache refuses an empty list; rows already recorded are managed and flushed at commit.
                    return (added.isEmpty() ? Uni.createFrom().voidItem() : ReconcileGapRow.persist(added))
                            .replaceWith(request);
                })));
        if (dryRun || toRequest.isEmpty()) {
            return;
        }
        IngestArticlesClient.Requeued requeued = askIngest("publish " + toRequest.size() + " articles again",
                () -> ingest.republish(new IngestArticlesClient.Ids(toRequest), key));
        List<String> sent = requeued.requeued() == null ? List.of() : requeued.requeued();
        job.add(REQUESTED, sent.size());
        job.add(NOT_REQUEUED, requeued.notRequeued() == null ? 0 : requeued.notRequeued().size());
        Instant requestedAt = Instant.now();
        Blocking.await(() -> Panache.withTransaction(() -> gapStore.byIds(sent)
                .invoke(rows -> rows.values().forEach(row -> {
                    row.attempts++;
                    row.lastRequestedAt = requestedAt;
                }))));
        LOG.infof("reconciliation job %s asked ingest-service to publish %d articles again: %s%s", job.id(),
                sent.size(), sent.subList(0, Math.min(10, sent.size())), sent.size() > 10 ? " ..." : "");
    }

    /** A call to ingest-service; its failure fails the run with what ingest said, or that it did not answer. */
    private static <T> T askIngest(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException e) {
            String body;
            try {
                body = e.getResponse().readEntity(String.class);
            } catch (RuntimeException unreadable) {
                body = "";
            }
            throw new IllegalStateException("ingest-service refused to " + what + ": HTTP "
                    + e.getResponse().getStatus() + (body.isBlank() ? "" : " " + body), e);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalStateException("ingest-service did not answer when asked to " + what + ": "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " (" + cause.getMessage()
                    + ")") + "; check sinoscope.pipeline.ingest-url", e);
        }
    }
}
