package io.sinoscope.query.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: exponential back-off with full jitter (a uniformly random wait up to
 * {@code first × 2^(attempts−1)}, capped at {@code max}), so receivers coming back from an outage are not hit by
 * every sender at once; none once the next attempt would fall past the horizon after the notice was due.
 */
final class RetrySchedule {

    private final Duration first;
    private final Duration max;
    private final Duration horizon;

    RetrySchedule(Duration first, Duration max, Duration horizon) {
        this.first = first;
        this.max = max;
        this.horizon = horizon;
    }

    /** The next attempt after {@code attempts} failed ones, or empty: the notice is dead. */
    Optional<Instant> next(int attempts, Instant due, Instant now) {
        long cap = bound(attempts);
        long wait = cap <= 0 ? 0 : ThreadLocalRandom.current().nextLong(cap + 1);
        Instant next = now.plusMillis(wait);
        return next.isAfter(due.plus(horizon)) ? Optional.empty() : Optional.of(next);
    }

    /** The upper bound of the wait after {@code attempts} failed attempts, in milliseconds. */
    long bound(int attempts) {
        long bound = first.toMillis();
        for (int i = 1; i < attempts && bound < max.toMillis(); i++) {
            bound *= 2;
        }
        return Math.min(bound, max.toMillis());
    }
}
