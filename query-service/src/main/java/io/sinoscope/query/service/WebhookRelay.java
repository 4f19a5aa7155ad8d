package io.sinoscope.query.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.sinoscope.query.config.WatchConfig;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.DeliveryRow;
import io.sinoscope.query.repository.WatchRepository;
import io.sinoscope.query.repository.WatchRepository.DueDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jboss.logging.Logger;

/**
 * Delivers the watches' notices from the {@code query.watch_delivery} outbox to their webhooks, as ingest's outbox
 * relay publishes articles: every {@code sinoscope.watch.delivery.poll-interval} it claims the notices due (a lease,
 * so replicas never send one at the same time and one a dead sender held is sent again), POSTs them concurrently,
 * signed ({@link WebhookSignature}) with an {@code Idempotency-Key} per watch, article, version and kind, and settles
 * each: a 2xx is DELIVERED; anything else is retried with back-off and jitter ({@link RetrySchedule}) until the
 * horizon, then DEAD. At least once: a crash after the receiver's 2xx and before the settling sends it again, with the
 * same idempotency key. The SSRF guard runs again before every send, and the connection goes to the address it
 * checked ({@link WebhookSender}); redirects are not followed.
 */
@ApplicationScoped
public class WebhookRelay {

    private static final Logger LOG = Logger.getLogger(WebhookRelay.class);
    private static final int MAX_ERROR = 500;

    @Inject
    WatchRepository repository;
    @Inject
    WebhookSender sender;
    @Inject
    ObjectMapper json;

    private final WatchConfig.Delivery config;
    private final RetrySchedule retries;
    private final Counter dead;

    /**
     * The JSON body a receiver gets.
     *
     * @param kind   match, retraction, ping or digest
     * @param digest a digest's day of notices ({@link WatchViews.Digest}); absent for the other kinds
     */
    public record Notice(String watchId, String articleId, String version, String kind, String title, String url,
                         List<String> matchedBecause, Instant createdAt, long deliveryId,
                         @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode digest) {
    }

    @Inject
    public WebhookRelay(WatchConfig config, MeterRegistry meters) {
        this.dead = Counter.builder("sinoscope.watch.deliveries.dead")
                .description("Watch notices this replica gave up on after the retry horizon (status DEAD)")
                .register(meters);
        this.config = config.delivery();
        this.retries = new RetrySchedule(this.config.firstRetry(), this.config.maxRetryDelay(),
                this.config.horizon());
    }

    @Scheduled(every = "${sinoscope.watch.delivery.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            int claimed;
            do {
                List<DueDelivery> due = Blocking.await(() -> repository.claimDue(config.batchSize(),
                        config.lease().toSeconds()));
                claimed = due.size();
                CompletableFuture.allOf(due.stream().map(this::send).toArray(CompletableFuture[]::new)).join();
            } while (claimed == config.batchSize());
        } catch (RuntimeException e) {
            LOG.warnf("webhook relay round failed, the next one retries: %s", e.getMessage());
        }
    }

    /** Sends one claimed notice now and settles it (a ping's immediate attempt). */
    public void deliverNow(DueDelivery due) {
        send(due).join();
    }

    private CompletableFuture<Void> send(DueDelivery due) {
        DeliveryRow d = due.delivery();
        if (due.webhookUrl() == null) {
            // The webhook was removed since the notice was written: it stays in the log only.
            return CompletableFuture.runAsync(() -> settle(d, "RECORDED", null));
        }
        String body = body(d);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "Sinoscope-Webhook/1");
        headers.put("Idempotency-Key", WatchViews.idempotencyKey(d));
        headers.put(WebhookSignature.HEADER, WebhookSignature.header(due.secret(), Instant.now().getEpochSecond(),
                body));
        CompletableFuture<WebhookSender.Answer> answer;
        try {
            answer = sender.post(URI.create(due.webhookUrl()), headers, body);
        } catch (RuntimeException e) {
            return CompletableFuture.runAsync(() -> failed(d, "unusable webhook URL: " + e.getMessage()));
        }
        return answer.handleAsync((response, error) -> {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            if (cause instanceof WebhookSender.Refused refused) {
                failed(d, "refused: " + refused.getMessage());
            } else if (cause != null) {
                failed(d, "no answer: " + message(cause));
            } else if (response.status() / 100 == 2) {
                settle(d, "DELIVERED", null);
            } else {
                failed(d, "HTTP " + response.status() + ": " + abbreviated(response.body()));
            }
            return null;
        });
    }

    private void failed(DeliveryRow d, String error) {
        String lastError = abbreviated(error);
        Optional<Instant> next = retries.next(d.attempts(), d.createdAt(), Instant.now());
        try {
            if (next.isPresent()) {
                Blocking.await(() -> repository.retryAt(d.id(), next.get(), lastError));
            } else {
                LOG.warnf("watch %s: notice %d dead after %d attempts (%s)", d.watchId(), d.id(), d.attempts(),
                        lastError);
                Blocking.await(() -> repository.settle(d.id(), "DEAD", lastError));
                dead.increment();
            }
        } catch (RuntimeException e) {
            // Unsettled, the notice is due again when its lease ends.
            LOG.warnf("watch %s: notice %d not settled (%s); sent again after its lease", d.watchId(), d.id(),
                    e.getMessage());
        }
    }

    private void settle(DeliveryRow d, String status, String error) {
        try {
            Blocking.await(() -> repository.settle(d.id(), status, error));
        } catch (RuntimeException e) {
            LOG.warnf("watch %s: notice %d not settled (%s); sent again after its lease", d.watchId(), d.id(),
                    e.getMessage());
        }
    }

    private String body(DeliveryRow d) {
        try {
            return json.writeValueAsString(new Notice(d.watchId(), d.articleId(), d.articleVersion(), d.kind(),
                    d.title(), d.url(), d.matchedBecause(), d.createdAt(), d.id(),
                    d.digestJson() == null ? null : json.readTree(d.digestJson())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(Throwable cause) {
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "…";
    }
}
