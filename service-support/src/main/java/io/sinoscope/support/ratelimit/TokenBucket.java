package io.sinoscope.support.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens, refills at {@code perSecond}, and a request takes one. The
 * capacity is the burst a client may send at once; the refill rate the pace it may keep up. Time comes from the
 * caller (nanoseconds of a monotonic clock), so the arithmetic is testable without sleeping.
 *
 * <p>Thread-safe: one client's concurrent requests share its bucket.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final double capacity;
    /** Per second, not per nanosecond: whole numbers of nanoseconds times whole rates stay exact in a double. */
    private final double perSecond;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, double perSecond, long now) {
        if (capacity < 1 || !(perSecond > 0)) {
            throw new IllegalArgumentException("a bucket needs a capacity of at least 1 and a positive rate, not "
                    + capacity + " and " + perSecond);
        }
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** @return 0 if a token was taken; otherwise the nanoseconds until one will be there (nothing is taken) */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) * NANOS_PER_SECOND / perSecond));
    }

    /** A full bucket is indistinguishable from a new one: forgetting it loses nothing. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * perSecond / NANOS_PER_SECOND);
            updatedAt = now;
        }
    }
}
