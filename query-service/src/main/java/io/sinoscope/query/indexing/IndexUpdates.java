package io.sinoscope.query.indexing;

import io.sinoscope.query.search.CrashRecovery;
import io.sinoscope.query.search.SearchBackend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * How the writers of this replica hand articles to the search backend, whichever it is.
 * <ul>
 * <li>The lock separates "read from PostgreSQL, then index" of a rebuild from the consumers' "store, then index", so
 * a rebuild that read an article before a consumer stored a newer version cannot index the old one after the
 * consumer indexed the new. Consumers share the read side: they run concurrently on different partitions, and one
 * article is always on the same partition, so two of them never race on the same article. A rebuild page takes the
 * write side. Other replicas writing to a shared index do not take it ({@link SearchBackend#shared()}).</li>
 * <li>The stamps: {@link #begin} before storing a version that will then be indexed, record the time it returns as
 * the version's {@code indexedAt}, {@link #end} once it is indexed (or failed). A backend with
 * {@link CrashRecovery} keeps its commits from being stamped later than an update in flight; for one without, the
 * time is just now.</li>
 * </ul>
 */
@ApplicationScoped
public class IndexUpdates {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    @Inject
    SearchBackend backend;

    /** Held by consumers and jobs that store, then index. */
    public Lock readLock() {
        return lock.readLock();
    }

    /** Held by a rebuild while it reads a page from PostgreSQL and indexes it. */
    public Lock writeLock() {
        return lock.writeLock();
    }

    public Instant begin() {
        return backend.crashRecovery().map(CrashRecovery::beginUpdate).orElseGet(Instant::now);
    }

    public void end(Instant started) {
        backend.crashRecovery().ifPresent(recovery -> recovery.endUpdate(started));
    }
}
