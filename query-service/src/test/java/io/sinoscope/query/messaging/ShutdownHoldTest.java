package io.sinoscope.query.messaging;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.TestEvents;
import io.sinoscope.query.indexing.ArticleIngestion;
import io.sinoscope.query.repository.StoreOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * A record whose storing fails because the service is stopping (PostgreSQL's pool closes under it) is neither
 * returned from nor thrown out of, since either acknowledges it and its offset would be committed as the consumer
 * closes: the article would never reach the index. Outside a shutdown, failures are retried and then thrown as before.
 */
class ShutdownHoldTest {

    private static final ArticleEnriched EVENT = TestEvents.article("sh-1", "停机", "停机测试正文。", List.of(), List.of(),
            "hash-sh");
    /** The record as the channel hands it over now: the value's bytes, parsed by the consumer. */
    private static final byte[] VALUE = TestEvents.json(EVENT).getBytes(StandardCharsets.UTF_8);

    /** The failure a closed pool produces, injected where the store would run. */
    private static ArticleEnrichedConsumer consumerWhoseStoreFails() {
        ArticleEnrichedConsumer consumer = new ArticleEnrichedConsumer();
        consumer.json = new ObjectMapper().findAndRegisterModules();
        consumer.ingestion = new ArticleIngestion() {
            @Override
            public StoreOutcome apply(ArticleEnriched event) {
                throw new IllegalStateException("Pool closed");
            }
        };
        return consumer;
    }

    @Test
    void aRecordFailingDuringShutdownIsHeldNotAcknowledged() {
        ArticleEnrichedConsumer consumer = consumerWhoseStoreFails();
        consumer.onStop(new ShutdownEvent());
        CompletableFuture<Void> processing = CompletableFuture.runAsync(
                () -> consumer.consume(EVENT.id(), VALUE, null, "articles.enriched-0@0"));
        // Retries alone would take 200 + 600 + 1800 ms; it must still be held well after that.
        assertThrows(TimeoutException.class, () -> processing.get(4, TimeUnit.SECONDS));
    }

    @Test
    void aFailureWhileRunningIsRetriedThenThrown() {
        ArticleEnrichedConsumer consumer = consumerWhoseStoreFails();
        long started = System.nanoTime();
        assertThrows(IllegalStateException.class, () -> consumer.consume(EVENT.id(), VALUE, null, "articles.enriched-0@0"));
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(2_600), "backed off between attempts");
    }
}
