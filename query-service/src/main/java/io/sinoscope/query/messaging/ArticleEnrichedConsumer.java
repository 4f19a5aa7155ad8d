package io.sinoscope.query.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.ArticleIngested;
import io.sinoscope.contracts.Topics;
import io.sinoscope.query.indexing.ArticleIngestion;
import io.sinoscope.support.messaging.TransientFailure;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
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
 * <p>A record is never skipped. A failure that will pass ({@link TransientFailure}: the database down or starting,
 * the pool exhausted, a lock, the schema away) is retried with capped exponential back-off for as long as it lasts,
 * without acknowledging: the partition waits, nothing after the record is committed, and readiness reports the
 * stall ({@link StalledRecords}). A record that cannot be stored because of what it is (unreadable, no id, a value
 * the database rejects as data) is thrown out after {@link #ATTEMPTS} tries; the channel's failure strategy
 * (dead-letter-queue) writes it byte for byte to articles.enriched.dlq with the error in its headers and only then
 * acknowledges it, so the partition goes on and the record can be replayed once fixed.
 */
@Startup
@ApplicationScoped
public class ArticleEnrichedConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleEnrichedConsumer.class);
    /** Tries for a failure that is not known to pass: a few, in case it was one nobody classified yet. */
    static final int ATTEMPTS = 4;
    static final int BACKOFF_FACTOR = 3;

    @Inject
    ArticleIngestion ingestion;
    /* The initial values only serve a consumer built by hand (ShutdownHoldTest); the container injects its own. */
    @Inject
    StalledRecords stalled = new StalledRecords();

    @ConfigProperty(name = "sinoscope.consumer.retry.first-delay", defaultValue = "200ms")
    Duration firstDelay = Duration.ofMillis(200);
    @ConfigProperty(name = "sinoscope.consumer.retry.max-delay", defaultValue = "5s")
    Duration maxDelay = Duration.ofSeconds(5);

    @Inject
    ObjectMapper json;
    @Inject
    MeterRegistry meters;
    private volatile ArticleEnrichedDeserializer events;
    /**
     * {@code sinoscope_query_articles_dead_lettered_total}: what the nack below sends to articles.enriched.dlq. The bean
     * is created at start ({@link Startup}) so that the counter is there, at 0, before the first record.
     */
    private Counter deadLettered;

    @PostConstruct
    void registerMeters() {
        deadLettered = Counter.builder("sinoscope.query.articles.dead.lettered")
                .description("articles.enriched records this replica could not store and sent to articles.enriched.dlq")
                .register(meters);
    }

    /** Set when the service begins to stop: from then on the database pool may close under a running record. */
    private volatile boolean stopping;

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @Incoming("articles-enriched")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        String key = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getKey() == null ? null : m.getKey().toString()).orElse(null);
        String origin = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "-" + m.getPartition() + "@" + m.getOffset()).orElse(Topics.ARTICLES_ENRICHED);
        Long version = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getHeaders().lastHeader(ArticleIngested.VERSION_HEADER)).map(ArticleEnrichedConsumer::version)
                .orElse(null);
        try {
            consume(key, message.getPayload(), version, origin);
        } catch (RuntimeException e) {
            deadLettered.increment();
            return message.nack(e);
        }
        return message.ack();
    }

    /**
     * Stores or retracts one record's article; returns once it is done, throws only for a record to dead-letter.
     *
     * @param version the record's {@code sinoscope-version} header: what a retraction's tombstone is retracted at
     * @param origin  where the record was read (topic-partition@offset), for the stall report
     */
    void consume(String key, byte[] value, Long version, String origin) {
        ArticleEnriched event = value == null ? null : events().deserialize(Topics.ARTICLES_ENRICHED, value);
        if (event == ArticleEnrichedDeserializer.UNREADABLE) {
            throw new InvalidEventException("articles.enriched record with key " + key
                    + " is not a valid event: its value is not ArticleEnriched JSON");
        }
        if (event == null && (key == null || key.isBlank())) {
            throw new InvalidEventException("articles.enriched tombstone without a key: no article to retract");
        }
        if (event != null && (event.id() == null || event.id().isBlank())) {
            throw new InvalidEventException("articles.enriched record with key " + key + " has no id in its value");
        }
        String id = event == null ? key : event.id();
        long delay = firstDelay.toMillis();
        int failures = 0;
        for (int attempt = 1; ; attempt++) {
            try {
                if (event == null) {
                    ingestion.retract(id, version);
                } else {
                    ingestion.apply(event);
                }
                if (attempt > 1) {
                    LOG.infof("article %s stored after %d attempts", id, attempt);
                }
                stalled.cleared(origin);
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    holdUnacknowledged(id, e);
                }
                if (TransientFailure.isTransient(e)) {
                    stalled.failed(id, origin, attempt, e);
                    LOG.warnf("article %s (%s): attempt %d failed on an unavailable database (%s); the partition "
                            + "waits, retrying in %d ms", id, origin, attempt, StalledRecords.describe(e), delay);
                } else if (++failures >= ATTEMPTS) {
                    stalled.cleared(origin);
                    LOG.errorf(e, "article %s (%s): could not be stored after %d attempts; dead-lettered", id, origin,
                            failures);
                    throw e;
                } else {
                    LOG.warnf("article %s: attempt %d failed (%s); retrying in %d ms", id, attempt, e.getMessage(),
                            delay);
                }
            }
            pause(id, delay);
            delay = Math.min(delay * BACKOFF_FACTOR, maxDelay.toMillis());
        }
    }

    /** A header that is not a decimal number is no version (as from producers that predate it). */
    private static Long version(Header header) {
        try {
            return header.value() == null ? null
                    : Long.valueOf(new String(header.value(), StandardCharsets.UTF_8).trim());
        } catch (NumberFormatException e) {
            LOG.warnf("ignoring a %s header that is not a number", ArticleIngested.VERSION_HEADER);
            return null;
        }
    }

    private ArticleEnrichedDeserializer events() {
        if (events == null) {
            events = new ArticleEnrichedDeserializer(json);
        }
        return events;
    }

    /** Only a stopping service interrupts a worker: then the record stays unacknowledged, as below. */
    private static void pause(String id, long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            holdUnacknowledged(id, new IllegalStateException("interrupted while waiting to retry", e));
        }
    }

    /**
     * A record that failed because the service is stopping (the pool closed under it) must not be acknowledged:
     * returning would acknowledge it, throwing would dead-letter it, and the consumer commits acknowledged offsets
     * as it closes, so the article would be skipped for good. Parking this worker until the JVM exits leaves the
     * offset uncommitted; Kafka delivers the record again after the restart.
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
