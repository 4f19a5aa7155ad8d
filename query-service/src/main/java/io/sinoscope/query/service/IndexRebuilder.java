package io.sinoscope.query.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.sinoscope.query.config.IndexConfig;
import io.sinoscope.query.repository.ArticleRepository;
import io.sinoscope.query.repository.ArticleRow;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * At start, when the index is empty but PostgreSQL holds articles (new replica volume, deleted or damaged index),
 * rebuilds the index from PostgreSQL in the background, page by page in id order. Readiness is down meanwhile.
 */
@ApplicationScoped
public class IndexRebuilder {

    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class);

    @Inject
    ArticleRepository repository;
    @Inject
    ArticleIndex index;
    @Inject
    IndexConfig config;

    private volatile boolean rebuilding;

    void onStart(@Observes StartupEvent event) {
        if (index.size() > 0) {
            return;
        }
        rebuilding = true;
        Infrastructure.getDefaultWorkerPool().execute(this::rebuildSafely);
    }

    public boolean rebuilding() {
        return rebuilding;
    }

    private void rebuildSafely() {
        try {
            rebuild();
        } catch (Throwable e) {
            LOG.error("Rebuilding the Lucene index from PostgreSQL failed; articles arriving from Kafka are still "
                    + "indexed. Delete the index directory and restart to retry.", e);
        } finally {
            rebuilding = false;
        }
    }

    /** Indexes every stored article; returns how many. */
    public long rebuild() throws Throwable {
        long total = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(repository::count));
        if (total == 0) {
            return 0;
        }
        LOG.infof("Lucene index is empty; rebuilding it from %d stored articles", total);
        long done = 0;
        String after = null;
        while (true) {
            String cursor = after;
            List<ArticleRow> rows = VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> repository.pageAfter(cursor, config.rebuildBatchSize())));
            if (rows.isEmpty()) {
                break;
            }
            Map<String, List<String>> entityIds = VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> repository.entityIdsByArticle(rows.stream().map(r -> r.id).toList())));
            for (ArticleRow row : rows) {
                index.index(IndexedArticle.of(row, entityIds.get(row.id)));
            }
            done += rows.size();
            after = rows.get(rows.size() - 1).id;
            LOG.infof("Index rebuild: %d of %d articles", done, total);
        }
        index.commit();
        index.refresh();
        LOG.infof("Index rebuild finished: %d articles", done);
        return done;
    }
}
