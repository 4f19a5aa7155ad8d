package io.sinoscope.query.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.WatchRepository;
import io.sinoscope.query.repository.WatchRepository.DigestWatch;
import io.sinoscope.query.repository.WatchRow;
import io.sinoscope.query.service.WatchViews.Digest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Writes the daily digests that are due into the watches' outbox, from where {@link WebhookRelay} delivers them like
 * any notice: signed, retried, with the Idempotency-Key {@code <watch>:<day>:daily:digest}. Every
 * {@code sinoscope.watch.digest.check-every}, each watch with {@code digest: daily} (not paused) gets the digest of the
 * day {@link DigestSchedule} says is due, unless it has it already; the outbox admits one digest per watch and day, so
 * replicas and restarts never write a second. The body lists the day's notices as they were when it was written, and
 * every retry sends the same. A day missed entirely (no replica ran from its sending time to the next day's) is not
 * sent later: only the latest due day is.
 */
@ApplicationScoped
public class DailyDigests {

    private static final Logger LOG = Logger.getLogger(DailyDigests.class);

    @Inject
    WatchRepository repository;
    @Inject
    WatchDigests digests;
    @Inject
    ObjectMapper json;

    @Scheduled(every = "${sinoscope.watch.digest.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        try {
            enqueueDue(Instant.now());
        } catch (RuntimeException e) {
            LOG.warnf("daily digests not checked, the next round retries: %s", e.getMessage());
        }
    }

    /** Writes every digest due at {@code now} that is not written yet; returns how many it wrote. */
    public int enqueueDue(Instant now) {
        int written = 0;
        for (DigestWatch due : Blocking.await(() -> repository.dailyDigestWatches())) {
            WatchRow watch = due.watch();
            ZoneId zone = digests.zone(watch);
            Optional<LocalDate> day = DigestSchedule.dueDay(now, zone, watch.digestTime(), watch.createdAt());
            if (day.isEmpty() || (due.lastDigestDay() != null
                    && due.lastDigestDay().compareTo(day.get().toString()) >= 0)) {
                continue;
            }
            try {
                if (enqueue(watch, day.get(), zone)) {
                    written++;
                }
            } catch (RuntimeException e) {
                LOG.warnf("watch %s: digest of %s not written, the next round retries: %s", watch.id(), day.get(),
                        e.getMessage());
            }
        }
        return written;
    }

    private boolean enqueue(WatchRow watch, LocalDate day, ZoneId zone) {
        Digest digest = digests.of(watch, day, zone);
        String title = "Daily digest of " + digest.date() + " (" + digest.timeZone() + "): " + digest.count()
                + (digest.truncated() ? "+" : "") + " notices";
        String because = "digest: the notices of " + digest.date() + " in " + digest.timeZone();
        String body;
        try {
            body = json.writeValueAsString(digest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return Blocking.await(() -> repository.enqueueDigest(watch.id(), digest.date(), title, because, body));
    }
}
