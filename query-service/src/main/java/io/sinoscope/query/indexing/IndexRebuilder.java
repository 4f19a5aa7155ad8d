package io.sinoscope.query.indexing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.query.search.IndexConfig;
import io.sinoscope.query.repository.ArticleRepository;
import io.sinoscope.query.repository.ArticleRow;
import io.sinoscope.query.search.CrashRecovery;
import io.sinoscope.query.search.SearchBackend;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.job.JobRegistry;
import io.sinoscope.support.problem.ProblemException;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Rebuilds the search index from PostgreSQL, page by page in id order: every stored article is (re)indexed and index
 * documents whose article PostgreSQL no longer holds are removed. The one rebuild path, used
 * <ul>
 * <li>at start, when the index is empty (new replica volume, deleted index, or an embedded index an earlier Lucene
 * major wrote, removed when it opened), the last commit was taken in the middle
 * of a rebuild that never finished, or the index holds documents of an older {@link SearchBackend#INDEX_FORMAT}
 * (written by a version of this service before a field was added);</li>
 * <li>by {@code POST /api/v1/admin/reindex}.</li>
 * </ul>
 * One rebuild of an index runs at a time, in the background, as a {@link Job} of type {@value #KIND} (counters
 * {@code done}, {@code removed}; parameter {@code trigger}) claimed in query.job ({@link JobLedger}): a shared
 * (OpenSearch) index has one rebuild across every replica (kind {@code reindex}); an embedded index belongs to its
 * replica, whose rebuild is exclusive on that replica only (kind {@code reindex@<replica>}). Readiness is down while a
 * start-up rebuild runs. Articles keep
 * arriving from Kafka meanwhile: both write through the same {@link SearchBackend#index} (update by id), so whichever
 * comes last wins and both come from the stored version.
 */
@ApplicationScoped
public class IndexRebuilder {

    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class);
    /** The job type; in query.job, the kind of a shared index's rebuild. */
    public static final String KIND = "reindex";
    /** Articles indexed, and index documents removed because PostgreSQL no longer holds their article. */
    static final String DONE = "done";
    static final String REMOVED = "removed";
    private static final List<String> COUNTERS = List.of(DONE, REMOVED);

    @Inject
    ArticleRepository repository;
    @Inject
    SearchBackend index;
    @Inject
    IndexUpdates updates;
    @Inject
    IndexConfig config;
    @Inject
    JobLedger ledger;
    @Inject
    JobRegistry jobs;

    private volatile boolean startupRebuild;

    void onStart(@Observes StartupEvent event) {
        boolean empty = index.size() == 0;
        boolean interrupted = index.crashRecovery().map(CrashRecovery::lastCommitWasRebuilding).orElse(false);
        boolean outdated = !empty && index.outdatedFormat();
        if (!empty && !interrupted && !outdated) {
            startupRebuild = true;
            Infrastructure.getDefaultWorkerPool().execute(this::catchUpSafely);
            return;
        }
        if (interrupted) {
            LOG.warn("The last index commit was taken during a rebuild that never finished; rebuilding again");
        } else if (outdated) {
            LOG.infof("The %s index holds documents of an older format than %d; rebuilding it from PostgreSQL",
                    index.name(), SearchBackend.INDEX_FORMAT);
        }
        startupRebuild = true;
        try {
            start("startup");
        } catch (ProblemException e) {
            // Another replica is rebuilding the shared index already: this one serves what it builds.
            startupRebuild = false;
            LOG.infof("Not rebuilding at start: %s", e.getMessage());
        } catch (RuntimeException e) {
            // The job table cannot be reached (database still starting): rebuild anyway, as before jobs were recorded;
            // the rebuild itself waits for the database like the rest of the service.
            LOG.warnf("Rebuilding at start without recording the job in query.job: %s", e.getMessage());
            jobs.startExclusive(KIND, parameters("startup"), COUNTERS, this::run);
        }
    }

    /** True while the rebuild started at start-up runs (readiness is down meanwhile). */
    public boolean rebuilding() {
        return startupRebuild;
    }

    /**
     * Starts a rebuild in the background. Blocks while it claims the job: call it from a worker thread.
     *
     * @throws ProblemException 409 naming the rebuild that runs
     */
    public synchronized Job start(String trigger) {
        return jobs.startRecorded(ledger, kind(), parameters(trigger), COUNTERS, this::run);
    }

    /** A rebuild this replica runs or ran, else as query.job records it (another replica's, or before a restart). */
    public Optional<Job.View> job(String id) {
        return jobs.find(ledger, id).filter(job -> job.type().equals(KIND));
    }

    private static Map<String, String> parameters(String trigger) {
        return Map.of("trigger", trigger);
    }

    /** A shared index is rebuilt by one replica at a time; an embedded one by its own replica. */
    private String kind() {
        return index.shared() ? KIND : KIND + "@" + JobLedger.replicaName();
    }

    /** The rebuild as a job's task: the job fails with what it throws (the registry logs it with its trace). */
    private void run(Job job) throws Throwable {
        try {
            rebuild(job);
        } catch (Throwable e) {
            LOG.errorf("Rebuilding the search index from PostgreSQL failed (%s); articles arriving from Kafka are still "
                    + "indexed. Retry with POST /api/v1/admin/reindex.", e.getMessage());
            throw e;
        } finally {
            startupRebuild = false;
        }
    }

    private void catchUpSafely() {
        try {
            catchUp();
        } catch (Throwable e) {
            LOG.error("Catching the search index up with PostgreSQL failed; POST /api/v1/admin/reindex rebuilds it", e);
        } finally {
            startupRebuild = false;
        }
    }

    /**
     * Crash recovery for a non-empty index. A Kafka record is acknowledged once its article is stored in PostgreSQL
     * and added to the IndexWriter, but the addition is only durable at the next Lucene commit. So on start,
     * articles PostgreSQL records as handed to the index at or after the last commit's time (or never) are indexed
     * again, and index documents of articles no longer stored (retracted before the crash) are removed. Indexing is
     * an update by id, so an article is never in the index twice.
     */
    long catchUp() throws Throwable {
        // A shared index (OpenSearch) loses no acknowledged delete, so there is nothing to prune at start; listing
        // every id of an archive-sized index at each replica's start would cost more than the rest of the start.
        return catchUp(index.crashRecovery().map(CrashRecovery::lastCommittedAt).orElse(null), !index.shared())
                .reindexed();
    }

    /** {@link #catchUp()} from a given commit instant (null: only articles never handed to the index). */
    long catchUp(java.time.Instant committed) throws Throwable {
        return catchUp(committed, true).reindexed();
    }

    /** What a catch-up did: articles indexed again, index documents removed. */
    private record CaughtUp(long reindexed, long removed) {
    }

    /** @param pruneUnstored also drop index documents of articles PostgreSQL no longer holds (lists every id) */
    private CaughtUp catchUp(java.time.Instant committed, boolean pruneUnstored) throws Throwable {
        java.time.Instant since = committed == null ? null : committed.minusSeconds(1);
        long count = 0;
        String after = null;
        while (true) {
            String cursor = after;
            List<ArticleRow> rows;
            updates.writeLock().lock();
            try {
                rows = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                        () -> repository.pageIndexedSince(since, cursor, config.rebuildBatchSize())));
                if (rows.isEmpty()) {
                    break;
                }
                indexRows(rows);
            } finally {
                updates.writeLock().unlock();
            }
            count += rows.size();
            after = rows.get(rows.size() - 1).id;
        }
        long removed = pruneUnstored ? removeUnstored(Set.of()) : 0;
        index.crashRecovery().ifPresent(CrashRecovery::commit);
        index.refresh();
        LOG.infof("Index caught up with PostgreSQL since the last commit (%s): %d articles re-indexed, %d removed",
                committed, count, removed);
        return new CaughtUp(count, removed);
    }

    /** Indexes every stored article and drops index documents of articles no longer stored; returns how many. */
    private long rebuild(Job job) throws Throwable {
        long total = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(repository::count));
        job.total(total);
        LOG.infof("Rebuilding the search index from %d stored articles (%s)", total,
                job.view().parameters().get("trigger"));
        java.time.Instant started = java.time.Instant.now();
        index.beginRebuild();
        Set<String> seen = new HashSet<>();
        String after = null;
        while (true) {
            String cursor = after;
            List<ArticleRow> rows;
            updates.writeLock().lock();
            try {
                rows = VertxContextSupport.subscribeAndAwait(
                        () -> Panache.withSession(() -> repository.pageAfter(cursor, config.rebuildBatchSize())));
                if (rows.isEmpty()) {
                    break;
                }
                indexRows(rows);
            } finally {
                updates.writeLock().unlock();
            }
            if (!index.shared()) {
                for (ArticleRow row : rows) {
                    seen.add(row.id);
                }
            }
            job.add(DONE, rows.size());
            after = rows.get(rows.size() - 1).id;
            LOG.debugf("Index rebuild: %d of %d articles", job.count(DONE), total);
        }
        if (index.shared()) {
            // Other replicas stored, indexed and retracted articles meanwhile without this replica's lock: once the
            // rebuilt index is the one searched, index again what was stored since the start and drop what is no
            // longer stored (one pass over the ids, done here rather than also before the switch).
            index.endRebuild();
            job.add(REMOVED, catchUp(started, true).removed());
        } else {
            job.add(REMOVED, removeUnstored(seen));
            index.endRebuild();
        }
        index.crashRecovery().ifPresent(CrashRecovery::commit);
        index.refresh();
        LOG.infof("Index rebuild finished: %d articles indexed, %d removed", job.count(DONE), job.count(REMOVED));
        return job.count(DONE);
    }

    private void indexRows(List<ArticleRow> rows) throws Throwable {
        Map<String, List<EnrichedEntity>> entities = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> repository.entitiesByArticle(rows.stream().map(r -> r.id).toList())));
        index.indexAll(rows.stream().map(row -> IndexedArticles.of(row, entities.get(row.id))).toList());
    }

    /**
     * Deletes index documents whose article is not stored (retracted while the index was not looking).
     *
     * @return how many
     */
    private long removeUnstored(Set<String> seen) throws Throwable {
        index.refresh();
        long removed = 0;
        List<String> candidates = new ArrayList<>();
        for (String id : index.ids()) {
            if (!seen.contains(id)) {
                candidates.add(id);
            }
        }
        for (int i = 0; i < candidates.size(); i += config.rebuildBatchSize()) {
            List<String> batch = candidates.subList(i, Math.min(candidates.size(), i + config.rebuildBatchSize()));
            updates.writeLock().lock();
            try {
                // Stored meanwhile (arrived from Kafka during the rebuild): keep.
                Set<String> stored = new HashSet<>(VertxContextSupport.subscribeAndAwait(
                        () -> Panache.withSession(() -> repository.existingIds(batch))));
                for (String id : batch) {
                    if (!stored.contains(id)) {
                        index.delete(id);
                        removed++;
                    }
                }
            } finally {
                updates.writeLock().unlock();
            }
        }
        return removed;
    }
}
