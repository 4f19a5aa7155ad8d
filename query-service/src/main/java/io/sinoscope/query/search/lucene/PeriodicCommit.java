package io.sinoscope.query.search.lucene;

import io.quarkus.scheduler.Scheduled;
import io.sinoscope.query.search.CrashRecovery;
import io.sinoscope.query.search.SearchBackend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Commits a backend with {@link CrashRecovery} (the embedded index) every {@code sinoscope.index.commit-interval} (it
 * also commits at shutdown); one without has nothing to commit.
 */
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
            backend.crashRecovery().ifPresent(CrashRecovery::commit);
        } catch (RuntimeException e) {
            LOG.warn("Search index commit failed; will retry", e);
        }
    }
}
