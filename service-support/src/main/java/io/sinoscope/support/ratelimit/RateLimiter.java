package io.sinoscope.support.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One {@link TokenBucket} per client, in bounded memory.
 *
 * <p>A bucket idle long enough to have refilled is dropped when room is needed: it is exactly what a new one would
 * be, so nothing is lost. If {@code maxClients} buckets are all in use at once (a flood from many addresses), new
 * clients share one overflow bucket until room frees up: memory stays bounded and the flood throttles itself, at the
 * price of fairness among those newcomers only. Sweeps run at most once per refill period, so a flood cannot make
 * every request scan the whole map.
 */
public final class RateLimiter {

    /**
     * @param retryAfterNanos 0 when allowed; otherwise how long until the client's next request would be
     */
    public record Decision(boolean allowed, long retryAfterNanos) {

        /** For a Retry-After header: whole seconds, rounded up, at least 1. */
        public int retryAfterSeconds() {
            return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (retryAfterNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    private static final Decision ALLOWED = new Decision(true, 0);

    private final double perSecond;
    private final int burst;
    private final int maxClients;
    private final LongSupplier clock;
    private final long refillNanos;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final TokenBucket overflow;
    private volatile long lastSweep;

    /**
     * @param perSecond  requests a client may keep sending per second
     * @param burst      requests a client may send at once after a pause
     * @param maxClients buckets kept at most
     * @param clock      nanoseconds of a monotonic clock ({@code System::nanoTime})
     */
    public RateLimiter(double perSecond, int burst, int maxClients, LongSupplier clock) {
        if (maxClients < 1) {
            throw new IllegalArgumentException("maxClients must be at least 1, was " + maxClients);
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxClients = maxClients;
        this.clock = clock;
        long now = clock.getAsLong();
        this.overflow = new TokenBucket(burst, perSecond, now);
        this.refillNanos = (long) Math.ceil(burst / perSecond * 1e9);
        this.lastSweep = now - refillNanos;
    }

    /** Takes a token from the client's bucket. */
    public Decision acquire(String client) {
        long now = clock.getAsLong();
        long wait = bucketOf(client, now).take(now);
        return wait == 0 ? ALLOWED : new Decision(false, wait);
    }

    /** Buckets held now (for tests and metrics). */
    public int clients() {
        return buckets.size();
    }

    private TokenBucket bucketOf(String client, long now) {
        TokenBucket bucket = buckets.get(client);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxClients) {
            sweep(now);
            if (buckets.size() >= maxClients) {
                return overflow;
            }
        }
        return buckets.computeIfAbsent(client, c -> new TokenBucket(burst, perSecond, now));
    }

    private void sweep(long now) {
        if (now - lastSweep < refillNanos) {
            return;
        }
        lastSweep = now;
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
}
