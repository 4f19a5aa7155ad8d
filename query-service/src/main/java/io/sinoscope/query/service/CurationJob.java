package io.sinoscope.query.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityCuration;
import io.sinoscope.query.indexing.IndexUpdates;
import io.sinoscope.query.indexing.IndexedArticles;
import io.sinoscope.query.repository.ArticleGraph;
import io.sinoscope.query.repository.ArticleRepository;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.OverrideRepository.StoredOverride;
import io.sinoscope.query.repository.OverrideRepository;
import io.sinoscope.query.search.ArticleIndexer;
import io.sinoscope.support.curation.CurationRules;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.job.JobRegistry;
import io.sinoscope.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Brings recorded overrides to the stored articles: publishes any not yet on entities.curated, rewrites the mentions
 * of every stored article an override may change with all overrides in force, re-indexes the articles that changed,
 * and marks the overrides applied. A job ({@value #KIND}, one at a time across replicas) with progress in
 * {@code articles}; started after each override is recorded and every {@code sinoscope.curation.refresh-every} while
 * some are pending, so an override recorded while a run was finishing is applied by the next.
 */
@ApplicationScoped
public class CurationJob {

    public static final String KIND = "curation";
    static final List<String> COUNTERS = List.of("articles", "changed", "overrides");
    private static final Logger LOG = Logger.getLogger(CurationJob.class);

    @Inject
    OverrideRepository overrides;
    @Inject
    ArticleRepository articles;
    @Inject
    CuratedEntities curated;
    @Inject
    CurationFeed feed;
    /** Only the writing side of the search port: the job indexes corrected articles again. */
    @Inject
    ArticleIndexer index;
    @Inject
    IndexUpdates updates;
    @Inject
    JobRegistry jobs;
    @Inject
    JobLedger ledger;

    /**
     * Starts a run. Blocks while it claims the job: call it from a worker thread.
     *
     * @throws ProblemException 409 naming the run in progress (which applies this override too before it ends)
     */
    public Job start(String trigger) {
        return jobs.startRecorded(ledger, KIND, Map.of("trigger", trigger), COUNTERS, this::run);
    }

    /** Starts a run unless one runs, and says which runs: the new one, or the one in progress. */
    public Optional<Job.View> startOrJoin(String trigger) {
        try {
            return Optional.of(start(trigger).view());
        } catch (ProblemException running) {
            return ledger.latest(KIND).await().atMost(java.time.Duration.ofSeconds(30))
                    .map(entry -> jobs.find(entry.id()).map(Job::view).orElse(JobRegistry.view(entry)));
        }
    }

    @Scheduled(every = "${sinoscope.curation.refresh-every}", delayed = "${sinoscope.curation.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void applyPending() {
        try {
            if (!Blocking.await(() -> overrides.pending()).isEmpty()) {
                start("schedule");
            }
        } catch (ProblemException e) {
            LOG.debugf("curation run not started: %s", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warnf("could not look for pending entity overrides (%s); the next turn tries again", e.getMessage());
        }
    }

    private void run(Job job) {
        long total = 0;
        for (List<StoredOverride> pending = Blocking.await(() -> overrides.pending()); !pending.isEmpty();
                pending = Blocking.await(() -> overrides.pending())) {
            publish(pending);
            CurationRules rules = curated.reload();
            List<StoredOverride> unapplied = pending.stream().filter(p -> p.appliedAt() == null).toList();
            List<String> affected = affected(unapplied);
            total += affected.size();
            job.total(total);
            for (String articleId : affected) {
                if (rewrite(articleId, rules)) {
                    job.add("changed", 1);
                }
                job.add("articles", 1);
            }
            List<Long> sequences = unapplied.stream().map(p -> p.override().sequence()).toList();
            if (!sequences.isEmpty()) {
                Blocking.await(() -> overrides.markApplied(sequences));
            }
            job.add("overrides", sequences.size());
            if (pending.stream().anyMatch(p -> p.publishedAt() == null) && sequences.isEmpty()) {
                throw new IllegalStateException("entity overrides could not be published on entities.curated; "
                        + "nlp-service links new articles without them until they are (next attempt in "
                        + "sinoscope.curation.refresh-every)");
            }
        }
    }

    private void publish(List<StoredOverride> pending) {
        for (StoredOverride p : pending) {
            if (p.publishedAt() != null) {
                continue;
            }
            try {
                feed.publish(p.override());
                Blocking.await(() -> overrides.markPublished(p.override().sequence()));
            } catch (RuntimeException e) {
                // Applied here anyway; publishing is tried again by the next run.
                LOG.warnf("entity override %d not published on entities.curated yet: %s", p.override().sequence(),
                        e.getMessage());
            }
        }
    }

    /** Articles the overrides may change, by the entities, surfaces and articles they name. */
    private List<String> affected(List<StoredOverride> unapplied) {
        Set<String> entityIds = new LinkedHashSet<>();
        Set<String> surfaces = new LinkedHashSet<>();
        Set<String> articleIds = new LinkedHashSet<>();
        for (StoredOverride p : unapplied) {
            EntityCuration o = p.override();
            switch (o.kind()) {
                case EntityCuration.MERGE -> entityIds.add(o.otherEntityId());
                case EntityCuration.REJECT_MENTION -> articleIds.add(o.articleId());
                default -> surfaces.addAll(o.aliasForms());
            }
        }
        if (entityIds.isEmpty() && surfaces.isEmpty() && articleIds.isEmpty()) {
            return List.of();
        }
        return Blocking.await(() -> overrides.affectedArticles(entityIds, surfaces, articleIds));
    }

    /** Applies the rules to one stored article; true if its entities changed (and it was re-indexed). */
    boolean rewrite(String articleId, CurationRules rules) {
        ArticleGraph graph = Blocking.await(() -> Panache.withSession(() -> articles.load(articleId)));
        if (graph == null) {
            return false;
        }
        List<EnrichedEntity> stored = graph.enrichedEntities();
        List<EnrichedEntity> curatedEntities = rules.apply(articleId, graph.article().text, stored);
        if (curatedEntities.equals(stored)) {
            return false;
        }
        updates.readLock().lock();
        try {
            Instant handedToIndex = updates.begin();
            try {
                boolean present = Blocking.await(() -> articles.replaceEntities(graph.article(), curatedEntities,
                        handedToIndex));
                if (present) {
                    index.index(IndexedArticles.of(graph.article(), curatedEntities));
                }
                return present;
            } finally {
                updates.end(handedToIndex);
            }
        } finally {
            updates.readLock().unlock();
        }
    }
}
