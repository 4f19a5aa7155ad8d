package io.sinoscope.query.messaging;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.service.ArticleIngestion;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes articles.enriched, one record at a time in partition order, on a worker thread (indexing blocks); several
 * consumers ({@code QUERY_CONCURRENCY}) take a share of the partitions each.
 *
 * <p>Offsets: the record is acknowledged when this method returns, i.e. after the article is stored in PostgreSQL
 * (committed transaction) and added to the Lucene IndexWriter; the throttled commit strategy then commits offsets up
 * to the last contiguous acknowledged record ({@code enable.auto.commit=false}, see application.properties). The
 * Lucene addition is durable only at the next index commit; a crash before it is repaired on start by
 * {@code IndexRebuilder#catchUp}, which re-indexes from PostgreSQL every article indexed since the last Lucene commit
 * (the commit records its time) and removes retracted ones. A record redelivered after a crash (offset not yet
 * committed) is a no-op: same version in the store, update-by-id in the index. So nothing is missed or doubled.
 *
 * <p>A
 * failure is retried a few times with backoff (a database restart, a lock) before the record is logged and skipped
 * ({@code failure-strategy=ignore}), so one bad record never blocks the partition.
 */
@ApplicationScoped
public class ArticleEnrichedConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleEnrichedConsumer.class);
    static final int ATTEMPTS = 4;
    static final long FIRST_BACKOFF_MS = 200;

    @Inject
    ArticleIngestion ingestion;

    /** Set when the service begins to stop: from then on the database pool may close under a running record. */
    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Incoming("articles-enriched")
    @Blocking
    public void consume(Record<String, ArticleEnriched> record) throws InterruptedException {
        ArticleEnriched event = record.value();
        if (event == ArticleEnrichedDeserializer.UNREADABLE) {
            LOG.warnf("skipping unreadable articles.enriched record with key %s", record.key());
            return;
        }
        String id = event != null && event.id() != null ? event.id() : record.key();
        if (id == null || id.isBlank()) {
            LOG.warn("skipping articles.enriched record with neither key nor id");
            return;
        }
        if (event != null && event.id() == null) {
            LOG.warnf("skipping articles.enriched record %s without an id in its value", record.key());
            return;
        }
        long backoff = FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                if (event == null) {
                    ingestion.retract(id);
                } else {
                    ingestion.apply(event);
                }
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    holdUnacknowledged(id, e);
                }
                if (attempt >= ATTEMPTS) {
                    LOG.errorf(e, "article %s: giving up after %d attempts; record skipped", id, attempt);
                    throw e;
                }
                LOG.warnf("article %s: attempt %d failed (%s); retrying in %d ms", id, attempt, e.getMessage(), backoff);
                Thread.sleep(backoff);
                backoff *= 3;
            }
        }
    }

    /**
     * A record that failed because the service is stopping (the pool closed under it) must not be acknowledged:
     * returning or throwing would acknowledge it (failure-strategy=ignore), and the consumer commits acknowledged
     * offsets as it closes, so the article would be skipped for good. Parking this worker until the JVM exits leaves
     * the offset uncommitted; Kafka delivers the record again after the restart.
     */
    static void holdUnacknowledged(String id, RuntimeException cause) {
        LOG.infof("article %s not stored before shutdown (%s): left unacknowledged, delivered again after the restart",
                id, cause.getMessage());
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException stillStopping) {
                // An interrupt must not end the wait either: see above.
            }
        }
    }
}
