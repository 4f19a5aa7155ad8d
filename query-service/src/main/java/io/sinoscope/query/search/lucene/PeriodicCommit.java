package io.sinoscope.query.search.lucene;

import io.quarkus.scheduler.Scheduled;
import io.sinoscope.query.search.SearchBackend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Commits the search backend every {@code sinoscope.index.commit-interval} (it also commits at shutdown). */
@ApplicationScoped
public class PeriodicCommit {

    private static final Logger LOG = Logger.getLogger(PeriodicCommit.class);

    @Inject
    SearchBackend backend;

    @Scheduled(every = "${sinoscope.index.commit-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void commit() {
        if (!backend.isOpen()) {
            return;
        }
        try {
            backend.commit();
        } catch (RuntimeException e) {
            LOG.warn("Search index commit failed; will retry", e);
        }
    }
}
