package io.sinoscope.ingest.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.sinoscope.ingest.repository.ArticleRepository;
import io.sinoscope.ingest.repository.ArticleStatus;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.problem.ProblemException;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Re-publishes stored articles, e.g. to reprocess them after an analyser upgrade, by handing them back to the outbox:
 * PUBLISHED articles become RECEIVED (the relay sends them again, consumers re-analyse and replace), RETRACTED ones
 * become RETRACTING (tombstones are sent again). Keyset batches in their own transactions keep locks short and let
 * progress be read while the job runs. One republish runs at a time across every replica: the job is claimed in
 * ingest.job ({@link JobLedger}) before it starts, and its progress and end are recorded there, so any replica, or this
 * one after a restart, can show it.
 */
@ApplicationScoped
public class Republisher {

    private static final Logger LOG = Logger.getLogger(Republisher.class);
    private static final int BATCH = 1000;
    private static final java.time.Duration CLAIM_TIMEOUT = java.time.Duration.ofSeconds(30);

    /** Which articles a republish sends again: the published ones, or the retractions of the retracted ones. */
    public enum Scope {
        PUBLISHED(ArticleStatus.PUBLISHED, ArticleStatus.RECEIVED),
        RETRACTED(ArticleStatus.RETRACTED, ArticleStatus.RETRACTING);

        private final ArticleStatus status;
        private final ArticleStatus requeuedAs;

        Scope(ArticleStatus status, ArticleStatus requeuedAs) {
            this.status = status;
            this.requeuedAs = requeuedAs;
        }
    }

    /** One article as the broker last had it: its version, and whether that was its retraction. */
    public record PublishedVersion(String id, int version, boolean retracted) {
    }

    /** The kind of job in the ledger. */
    public static final String KIND = "republish";

    private final ArticleRepository articles;
    private final JobLedger ledger;
    private final Map<String, RepublishJob> jobs = new ConcurrentHashMap<>();

    public Republisher(ArticleRepository articles, JobLedger ledger) {
        this.articles = articles;
        this.ledger = ledger;
    }

    /**
     * Starts a republish unless one runs on any replica. Blocks while it claims the job: call it from a worker thread.
     *
     * @throws ProblemException 409 naming the running job
     */
    public RepublishJob start(Instant since, Scope scope) {
        RepublishJob job = new RepublishJob(UUID.randomUUID().toString(), since, scope);
        ledger.claim(KIND, job.id(), Map.of("status", scope.name(), "since", since.toString()))
                .await().atMost(CLAIM_TIMEOUT);
        jobs.put(job.id(), job);
        AutoCloseable lease = ledger.keepAlive(job.id(), () -> progress(job));
        // Its own Vert.x context, as Hibernate Reactive needs, outliving the request that started it.
        VertxContextSupport.subscribe(() -> Panache.withSession(() -> articles.countForRepublish(scope.status, since))
                        .invoke(total -> job.total(total))
                        .chain(() -> requeueFrom("", job))
                        .toMulti(),
                subscribe -> subscribe.with(done -> { }, failure -> {
                    LOG.errorf(failure, "republish job %s failed", job.id());
                    job.failed(failure);
                    record(job, lease);
                }, () -> {
                    job.finished();
                    record(job, lease);
                }));
        return job;
    }

    /** What {@link #requeue(List)} did: the ids handed back to the outbox, and those that were not. */
    public record Requeued(List<String> requeued, List<String> notRequeued) {
    }

    /** Most ids one {@link #requeue(List)} takes: one short transaction. */
    public static final int MAX_IDS = 1000;

    /**
     * Publishes these articles again, now: a PUBLISHED one is sent again, a RETRACTED one's retraction is sent again.
     * This is how a consumer that lost articles (found by query-service's reconciliation) gets them back. Ids that
     * are unknown, or neither PUBLISHED nor RETRACTED (still on their way, duplicates, rejected), are returned as
     * not requeued: the outbox either sends them anyway or never will.
     */
    public Uni<Requeued> requeue(List<String> ids) {
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw ProblemException.badRequest("give 1 to " + MAX_IDS + " article ids to publish again, not "
                    + ids.size());
        }
        List<String> distinct = ids.stream().distinct().toList();
        // The same moves as a whole-table republish (one per Scope), one status after the other, in one transaction.
        return Panache.withTransaction(() -> {
            Set<String> requeued = new LinkedHashSet<>();
            Uni<Void> moves = Uni.createFrom().voidItem();
            for (Scope move : Scope.values()) {
                moves = moves.chain(() -> articles.requeueIds(distinct, move.status, move.requeuedAs)
                        .invoke(requeued::addAll).replaceWithVoid());
            }
            return moves.map(done -> new Requeued(List.copyOf(requeued),
                    distinct.stream().filter(id -> !requeued.contains(id)).toList()));
        });
    }

    /** What the broker was handed before {@code relayedBefore}, a page in id order after {@code afterId}. */
    public Uni<List<PublishedVersion>> publishedVersions(String afterId, Instant relayedBefore, int limit) {
        return Panache.withSession(() -> articles.publishedVersions(afterId, relayedBefore, limit))
                .map(page -> page.stream().map(a -> new PublishedVersion(a.id(), a.version(),
                        a.status() == ArticleStatus.RETRACTED)).toList());
    }

    /** A job this replica runs or ran since it started. */
    public Optional<RepublishJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** A job as the ledger records it: run by another replica, or by this one before a restart. */
    public Optional<JobLedger.Entry> recorded(String id) {
        return ledger.find(id).await().atMost(CLAIM_TIMEOUT);
    }

    private static JobLedger.Progress progress(RepublishJob job) {
        return new JobLedger.Progress(job.total(), job.requeued());
    }

    /** Stops renewing the lease and records the end; called on the event loop, so it never waits. */
    private void record(RepublishJob job, AutoCloseable lease) {
        try {
            lease.close();
        } catch (Exception e) {
            LOG.debugf(e, "stopping the lease renewal of job %s", job.id());
        }
        ledger.finish(job.id(), progress(job), job.error()).subscribe().with(ok -> { },
                e -> LOG.warnf("could not record the end of republish job %s (%s); its lease expires instead",
                        job.id(), e.getMessage()));
    }

    private Uni<Void> requeueFrom(String afterId, RepublishJob job) {
        Scope scope = job.scope();
        return Panache.withTransaction(() -> articles.requeue(scope.status, job.since(), afterId, BATCH,
                        scope.requeuedAs))
                .flatMap(lastId -> {
                    if (lastId.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    job.requeued(lastId.get().count());
                    return requeueFrom(lastId.get().lastId(), job);
                });
    }
}
