package io.sinoscope.query.indexing;

import io.quarkus.runtime.StartupEvent;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.config.StoriesConfig;
import io.sinoscope.query.repository.ArticleGraph;
import io.sinoscope.query.repository.ArticleRepository;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.StoryRepository;
import io.sinoscope.query.repository.StoryRepository.Membership;
import io.sinoscope.query.repository.StoryRepository.StoredMember;
import io.sinoscope.query.story.StoryAssignment;
import io.sinoscope.query.story.StoryClusterer;
import io.sinoscope.query.story.StoryEvidence;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Puts each stored article in a story: the clusterer proposes, PostgreSQL decides. Replicas share the stored stories;
 * an article's membership is claimed once ({@link StoryRepository#claim}), and a replica whose proposal lost takes the
 * winner's story into its own clusterer, so replicas agree. An article already in a story (a new version, an event
 * delivered again) keeps it. The clusterer is warmed from the stored members within its window before its first
 * assignment, so that a restart does not split stories. Blocking and serialised (the clusterer is fed in order by one
 * thread at a time): call from a worker thread. A rebuild of the search index never comes here.
 */
@ApplicationScoped
public class StoryAssignments {

    private static final Logger LOG = Logger.getLogger(StoryAssignments.class);

    @Inject
    StoriesConfig config;
    @Inject
    StoryRepository stories;
    @Inject
    ArticleRepository articles;

    /** Null until warmed. Guarded by this. */
    private StoryClusterer clusterer;

    void onStart(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                warm();
            } catch (RuntimeException e) {
                // The database is not reachable yet: the first assignment warms the clusterer instead.
                LOG.warnf("Story clusterer not warmed at start (%s); the first assignment will", e.getMessage());
            }
        });
    }

    /**
     * The story the stored article belongs to, assigning it if it has none; null when stories are disabled.
     *
     * @param event the article as stored (analysts' entity overrides applied)
     */
    public String assign(ArticleEnriched event) {
        if (!config.enabled()) {
            return null;
        }
        // Read before taking the lock that serialises the consumers: one article's events come through one partition,
        // so no other thread of this replica assigns it meanwhile, and another replica's claim is settled by claim().
        String stored = Blocking.await(() -> stories.storyOf(event.id()));
        StoryEvidence evidence = StoryEvidence.of(event);
        return assign(event, evidence, stored);
    }

    private synchronized String assign(ArticleEnriched event, StoryEvidence evidence, String stored) {
        warm();
        if (stored != null) {
            clusterer.record(evidence, stored);
            return stored;
        }
        Optional<String> held = clusterer.storyOf(event.id());
        if (held.isPresent()) {
            // Retracted and submitted again: it goes back to the story it was in, as a new version would.
            return claim(event, evidence, held.get(), 0);
        }
        StoryAssignment assignment = clusterer.assign(evidence,
                proposal -> claim(event, evidence, proposal.storyId(), proposal.joined() ? proposal.score() : 0));
        LOG.debugf("article %s %s story %s (%.3f: %s)", event.id(),
                assignment.joined() ? "joined" : "started", assignment.storyId(), assignment.score(),
                assignment.reasons());
        return assignment.storyId();
    }

    private String claim(ArticleEnriched event, StoryEvidence evidence, String storyId, double score) {
        return Blocking.await(() -> stories.claim(new Membership(event.id(), storyId, event.region(),
                evidence.publishedAt(), event.title(), score)));
    }

    /** Replays the stored members within the window, in publication order, into a new clusterer; once. */
    synchronized void warm() {
        if (clusterer != null) {
            return;
        }
        long started = System.nanoTime();
        StoryClusterer fresh = new StoryClusterer(config.clustering());
        Instant newest = Blocking.await(() -> stories.newestMember());
        int replayed = 0;
        if (newest != null) {
            List<StoredMember> members = Blocking.await(() -> stories.membersSince(newest.minus(config.window())));
            for (int from = 0; from < members.size(); from += config.warmBatchSize()) {
                List<StoredMember> batch = members.subList(from, Math.min(members.size(),
                        from + config.warmBatchSize()));
                List<String> ids = batch.stream().map(StoredMember::articleId).toList();
                Map<String, ArticleGraph> graphs = new HashMap<>();
                Blocking.await(() -> articles.loadAll(ids)).forEach(g -> graphs.put(g.article().id, g));
                for (StoredMember member : batch) {
                    ArticleGraph graph = graphs.get(member.articleId());
                    if (graph != null) {
                        fresh.record(StoryEvidence.of(graph.asEvent()), member.storyId());
                        replayed++;
                    }
                }
            }
        }
        clusterer = fresh;
        LOG.infof("Story clusterer warmed with %d stored members (%d live stories) in %d ms", replayed,
                fresh.liveStories(), (System.nanoTime() - started) / 1_000_000);
    }
}
