package io.sinoscope.query.indexing;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.WatchRepository;
import io.sinoscope.query.watch.WatchMatch;
import io.sinoscope.query.watch.WatchRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Writes the watches' notices for an article once it is stored and indexed: a match for each active watch the
 * version matches ({@link WatchRegistry}), a retraction for each watch told of an article that is retracted. Into the
 * {@code query.watch_delivery} outbox, idempotently: the same version matched again (the event replayed after a
 * crash between indexing and this step, or read by a second replica) adds no notice. Blocking.
 */
@ApplicationScoped
public class WatchNotices {

    private static final Logger LOG = Logger.getLogger(WatchNotices.class);

    @Inject
    WatchRegistry watches;
    @Inject
    WatchRepository repository;

    /**
     * Matches the stored version against the active watches and records a notice for each match. A failure to
     * record propagates, so the event is delivered again and matched again (the consumer's retry).
     */
    public void matched(ArticleEnriched event) {
        List<WatchMatch> matches = watches.match(event);
        if (matches.isEmpty()) {
            return;
        }
        int added = Blocking.await(() -> repository.enqueueMatches(event.id(), version(event), event.title(),
                event.url(), matches.stream().map(WatchMatch::watchId).toList(),
                matches.stream().map(WatchMatch::because).toList()));
        LOG.debugf("article %s matched %d watches, %d new notices", event.id(), matches.size(), added);
    }

    /** A retraction notice to each watch that was told of the article. */
    public void retracted(String articleId, Long version) {
        int added = Blocking.await(() -> repository.enqueueRetractions(articleId,
                version == null ? "retracted" : Long.toString(version)));
        if (added > 0) {
            LOG.infof("article %s retracted: %d watches will be told", articleId, added);
        }
    }

    /** Ingest's version number; from producers that predate versions, the content hash names the version. */
    static String version(ArticleEnriched event) {
        return event.version() != null ? Long.toString(event.version()) : "hash:" + event.contentHash();
    }
}
