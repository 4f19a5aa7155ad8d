package io.sinoscope.support.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Bucket arithmetic on a hand-driven clock: no sleeping, no flakiness. */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MILLI = 1_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);

    @Test
    void aBurstIsAllowedThenTheRateApplies() {
        TokenBucket bucket = new TokenBucket(3, 2.0, now.get());

        assertEquals(0, bucket.take(now.get()));
        assertEquals(0, bucket.take(now.get()));
        assertEquals(0, bucket.take(now.get()));
        assertEquals(SECOND / 2, bucket.take(now.get()), "2 per second: the next token in half a second");

        now.addAndGet(SECOND / 4);
        assertEquals(SECOND / 4, bucket.take(now.get()), "a refused request takes nothing: the wait only shrinks");
        now.addAndGet(SECOND / 4);
        assertEquals(0, bucket.take(now.get()));
    }

    @Test
    void aBucketNeverHoldsMoreThanItsBurst() {
        TokenBucket bucket = new TokenBucket(2, 10.0, now.get());
        now.addAndGet(3600 * SECOND);

        assertEquals(0, bucket.take(now.get()));
        assertEquals(0, bucket.take(now.get()));
        assertTrue(bucket.take(now.get()) > 0, "an hour of idleness does not buy more than the burst");
    }

    @Test
    void fractionalRatesAndTheirRetryAfterRoundUp() {
        RateLimiter limiter = new RateLimiter(0.4, 1, 10, now::get);

        assertTrue(limiter.acquire("a").allowed());
        RateLimiter.Decision refused = limiter.acquire("a");

        assertFalse(refused.allowed());
        assertTrue(Math.abs(refused.retryAfterNanos() - 5 * SECOND / 2) <= 1, "0.4 per second: one every 2.5 s, was "
                + refused.retryAfterNanos());
        assertEquals(3, refused.retryAfterSeconds(), "2.5 s is announced as 3, never as 2");
        now.addAndGet(5 * SECOND / 2 - MILLI);
        assertEquals(1, limiter.acquire("a").retryAfterSeconds(), "never 0: a client retrying at once would fail");
        now.addAndGet(2 * MILLI);
        assertTrue(limiter.acquire("a").allowed());
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        RateLimiter limiter = new RateLimiter(1, 1, 10, now::get);

        assertTrue(limiter.acquire("key:a").allowed());
        assertFalse(limiter.acquire("key:a").allowed());
        assertTrue(limiter.acquire("key:b").allowed());
        assertTrue(limiter.acquire("address:10.0.0.1").allowed());
    }

    @Test
    void idleFullBucketsAreForgottenWhenRoomIsNeeded() {
        RateLimiter limiter = new RateLimiter(1, 2, 2, now::get);
        limiter.acquire("a");
        limiter.acquire("b");
        assertEquals(2, limiter.clients());

        now.addAndGet(2 * SECOND); // both refilled: identical to new buckets
        limiter.acquire("c");

        assertEquals(1, limiter.clients(), "a and b swept, c added");
    }

    @Test
    void beyondMaxClientsNewcomersShareOneOverflowBucket() {
        RateLimiter limiter = new RateLimiter(1, 2, 2, now::get);
        limiter.acquire("a");
        limiter.acquire("b");

        assertTrue(limiter.acquire("c").allowed());
        assertTrue(limiter.acquire("d").allowed());
        assertFalse(limiter.acquire("e").allowed(), "c, d and e share the overflow bucket's burst of 2");
        assertEquals(2, limiter.clients(), "memory stays bounded");
        assertTrue(limiter.acquire("a").allowed(), "clients already known keep their own bucket");
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, 10, 10, now::get));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(10, 0, 10, now::get));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(10, 10, 0, now::get));
    }
}
