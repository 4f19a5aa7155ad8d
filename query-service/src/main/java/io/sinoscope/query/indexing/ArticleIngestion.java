package io.sinoscope.query.indexing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.repository.ArticleRepository;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.StoreOutcome;
import io.sinoscope.query.search.ArticleIndexer;
import io.sinoscope.query.search.IndexedArticle;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Applies articles.enriched events: stores the version in PostgreSQL (the source of truth), then indexes it.
 * Idempotent: the same version again changes nothing (it is only re-indexed if the index lacks it, e.g. after a
 * crash between the two steps); an older version (by ingest's version number, see {@code ArticleRepository#isOlder})
 * is ignored; a retraction deletes from both and is remembered with its version, so that a version up to it arriving
 * later (a DLQ replay) is ignored too. A stored article is then put in a story ({@link StoryAssignments}); a
 * retraction takes it out of its story with the article (in the same transaction). Watches are told of a stored version
 * and of a retraction ({@link WatchNotices}) after the article is indexed. Blocking: call from a worker thread.
 *
 * <p>{@code sinoscope_query_index_lag_seconds} times each new version from nlp-service's publication (the event's
 * {@code enrichedAt}) to its addition to the index; search sees it at the next refresh, at most
 * {@code sinoscope.index.refresh-interval} later. The two clocks are different pods': a skew shows in it. Created at
 * start ({@link Startup}), so that the timer is on {@code /q/metrics} before the first article.
 */
@Startup
@ApplicationScoped
public class ArticleIngestion {

    private static final Logger LOG = Logger.getLogger(ArticleIngestion.class);

    @Inject
    ArticleRepository repository;
    /** Only the writing side of the search port: the consumer indexes and deletes, it never searches or rebuilds. */
    @Inject
    ArticleIndexer index;
    @Inject
    IndexUpdates updates;
    @Inject
    ArticleCuration curated;
    @Inject
    StoryAssignments stories;
    @Inject
    WatchNotices watches;
    @Inject
    MeterRegistry meters;
    private Timer indexLag;

    @PostConstruct
    void registerMeters() {
        indexLag = Timer.builder("sinoscope.query.index.lag")
                .description("From nlp-service's publication of an article version (enrichedAt) to its addition "
                        + "to this replica's search index")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(meters);
    }

    public StoreOutcome apply(ArticleEnriched event) {
        ArticleEnriched stored;
        StoreOutcome outcome;
        updates.readLock().lock();
        try {
            // Analysts' overrides, again: nlp-service applies them too, but may not have heard of the latest yet.
            stored = curated.apply(event);
            outcome = applyLocked(stored);
        } finally {
            updates.readLock().unlock();
        }
        if (outcome == StoreOutcome.STORED || outcome == StoreOutcome.UNCHANGED) {
            // UNCHANGED too: the same event again may be the replay of one whose notices were not recorded yet.
            watches.matched(stored);
            assignStory(stored);
        }
        return outcome;
    }

    /**
     * After the article is stored and indexed (it is searchable whatever happens here): its story, which a new version
     * or the same event again keeps. A failure leaves the article stored without a story and is logged; the same event
     * delivered again (a replay) assigns it.
     */
    private void assignStory(ArticleEnriched event) {
        try {
            stories.assign(event);
        } catch (RuntimeException e) {
            LOG.warnf(e, "article %s: stored and indexed, but not assigned to a story", event.id());
        }
    }

    /**
     * The version is recorded as handed to the index when it is stored, in the same transaction (one transaction per
     * article, not a second one to mark it after indexing); until it is added to the index, no index commit is
     * stamped later than that time, so a crash before the add is repaired on start like any other (see
     * {@link IndexUpdates#begin}).
     */
    private StoreOutcome applyLocked(ArticleEnriched event) {
        Instant handedToIndex = updates.begin();
        try {
            return storeAndIndex(event, handedToIndex);
        } finally {
            updates.end(handedToIndex);
        }
    }

    private StoreOutcome storeAndIndex(ArticleEnriched event, Instant handedToIndex) {
        StoreOutcome outcome = Blocking.await(() -> repository.store(event, handedToIndex));
        switch (outcome) {
            case STORED -> {
                index.index(IndexedArticle.of(event));
                if (event.enrichedAt() != null) {
                    Duration lag = Duration.between(event.enrichedAt(), Instant.now());
                    indexLag.record(lag.isNegative() ? Duration.ZERO : lag);
                }
                LOG.debugf("article %s stored and indexed", event.id());
            }
            case UNCHANGED -> {
                if (!index.hasVersion(event.id(), event.contentHash())) {
                    index.index(IndexedArticle.of(event));
                }
                LOG.debugf("article %s: same version again, nothing changed", event.id());
            }
            case STALE -> LOG.infof("article %s: older version than the stored one, ignored", event.id());
            case RETRACTED -> LOG.infof("article %s: version %d is not newer than its retraction, ignored", event.id(),
                    event.version());
        }
        return outcome;
    }

    /**
     * Retracts the article at ingest's {@code version} (null: from a producer that predates versions). The retraction
     * is recorded with its version, so that no version up to it comes back later; one older than the stored version
     * (the article was submitted again since) changes nothing.
     *
     * @return whether an article was deleted
     */
    public boolean retract(String id, Long version) {
        Boolean existed;
        updates.readLock().lock();
        try {
            existed = Blocking.await(() -> repository.retract(id, version));
            if (existed != null) {
                index.delete(id);
            }
        } finally {
            updates.readLock().unlock();
        }
        if (existed == null) {
            LOG.infof("article %s: retraction of version %d is older than the stored version, ignored", id, version);
            return false;
        }
        watches.retracted(id, version);
        LOG.infof("article %s retracted at version %s (%s)", id, version, existed ? "deleted" : "was not stored");
        return existed;
    }
}
