package io.sinoscope.ingest.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.sinoscope.ingest.repository.ArticleRepository;
import io.sinoscope.ingest.repository.ArticleStatus;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.job.JobRegistry;
import io.sinoscope.support.problem.ProblemException;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Re-publishes stored articles, e.g. to reprocess them after an analyser upgrade, by handing them back to the outbox:
 * PUBLISHED articles become RECEIVED (the relay sends them again, consumers re-analyse and replace), RETRACTED ones
 * become RETRACTING (tombstones are sent again). Keyset batches in their own transactions keep locks short and let
 * progress be read while the job runs. A republish is a {@link Job} of type {@value #KIND} (parameters {@code status}
 * and {@code since}, counter {@code requeued}); one runs at a time across every replica: the job is claimed in
 * ingest.job ({@link JobLedger}) before it starts, and its progress and end are recorded there, so any replica, or this
 * one after a restart, can show it.
 */
@ApplicationScoped
public class Republisher {

    private static final int BATCH = 1000;

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

    /** The job type, and its kind in the ledger. */
    public static final String KIND = "republish";
    /** Articles handed back to the outbox. */
    static final String REQUEUED = "requeued";

    private final ArticleRepository articles;
    private final JobLedger ledger;
    private final JobRegistry jobs;

    public Republisher(ArticleRepository articles, JobLedger ledger, JobRegistry jobs) {
        this.articles = articles;
        this.ledger = ledger;
        this.jobs = jobs;
    }

    /**
     * Starts a republish unless one runs on any replica. Blocks while it claims the job: call it from a worker thread.
     *
     * @throws ProblemException 409 naming the running job
     */
    public Job start(Instant since, Scope scope) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("status", scope.name());
        parameters.put("since", since.toString());
        return jobs.startRecorded(ledger, KIND, parameters, List.of(REQUEUED), job -> republish(job, since, scope));
    }

    /** A job this replica runs or ran since it started, else as the ledger records it (another replica's). */
    public Optional<Job.View> job(String id) {
        return jobs.find(ledger, id);
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

    /**
     * The job's task, on a worker thread: each batch in its own transaction, on its own Vert.x context as Hibernate
     * Reactive needs.
     */
    private void republish(Job job, Instant since, Scope scope) throws Throwable {
        job.total(VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> articles.countForRepublish(scope.status, since))));
        String after = "";
        while (true) {
            String from = after;
            Optional<ArticleRepository.RequeuedBatch> batch = VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withTransaction(() -> articles.requeue(scope.status, since, from, BATCH,
                            scope.requeuedAs)));
            if (batch.isEmpty()) {
                return;
            }
            job.add(REQUEUED, batch.get().count());
            after = batch.get().lastId();
        }
    }
}
