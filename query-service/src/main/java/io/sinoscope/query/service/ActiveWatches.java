package io.sinoscope.query.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.WatchRepository;
import io.sinoscope.query.repository.WatchRow;
import io.sinoscope.query.watch.CompiledWatch;
import io.sinoscope.query.watch.WatchRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the active watches into this replica's {@link WatchRegistry} at start (matching waits for it), and again every
 * {@code sinoscope.watch.refresh-every}: what other replicas created, changed or paused, and new aliases and merges
 * of the entities watched. A watch that no longer compiles (its query expands too far after new aliases) is left out
 * and logged; the others load.
 */
@ApplicationScoped
public class ActiveWatches {

    private static final Logger LOG = Logger.getLogger(ActiveWatches.class);

    @Inject
    WatchRepository repository;
    @Inject
    WatchRegistry registry;
    @Inject
    WatchCompiler compiler;

    void onStart(@Observes StartupEvent start) {
        refresh();
    }

    @Scheduled(every = "${sinoscope.watch.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            load();
        } catch (RuntimeException e) {
            // The database is away: the watches known so far stay; matching waits for a first load.
            LOG.warnf("could not load the watches (%s); keeping the %d known", e.getMessage(), registry.size());
        }
    }

    /** Reads and compiles every active watch. Blocking. */
    public void load() {
        long readAfter = registry.generation();
        List<WatchRow> rows = Blocking.await(() -> repository.active());
        List<CompiledWatch> compiled = new ArrayList<>();
        for (WatchRow row : rows) {
            try {
                compiled.add(compiler.compile(row));
            } catch (RuntimeException e) {
                LOG.warnf("watch %s left out of matching: it does not compile (%s)", row.id(), e.getMessage());
            }
        }
        registry.replaceAll(compiled, readAfter);
    }
}
