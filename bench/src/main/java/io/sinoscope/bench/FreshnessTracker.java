package io.sinoscope.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bookkeeping of the freshness benchmark: when ingest accepted each article (its 202 reached the driver) and when a
 * search first listed it, per phase of the run. Thread-safe: the sender's completions and the poller report
 * concurrently.
 *
 * <p>A poll may list an article before the driver has processed its 202 (the two answers race on different
 * connections); its freshness is then taken as zero rather than negative.
 */
final class FreshnessTracker {

    /** @param acceptedNanos {@link System#nanoTime()} of the 202; @param millis from the 202 to the first listing */
    record Sample(String externalId, long acceptedNanos, double millis) {
    }

    private record Pending(int phase, long acceptedNanos) {
    }

    /** One reading of both clocks, to place {@link System#nanoTime()} readings on the epoch clock Kafka stamps. */
    private final long anchorNanos = System.nanoTime();
    private final long anchorMillis = System.currentTimeMillis();
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<String, Long> firstListed = new HashMap<>();
    private final Map<Integer, List<Sample>> samples = new HashMap<>();

    synchronized void accepted(String externalId, int phase, long nanos) {
        Long listed = firstListed.get(externalId);
        if (listed == null) {
            pending.put(externalId, new Pending(phase, nanos));
        } else {
            record(externalId, phase, nanos, listed);
        }
    }

    /** One poll's hits; returns how many of them no earlier poll had listed. */
    synchronized int listed(Collection<String> externalIds, long nanos) {
        int firstTime = 0;
        for (String id : externalIds) {
            if (firstListed.putIfAbsent(id, nanos) == null) {
                firstTime++;
                Pending accepted = pending.remove(id);
                if (accepted != null) {
                    record(id, accepted.phase(), accepted.acceptedNanos(), nanos);
                }
            }
        }
        return firstTime;
    }

    /** Articles any poll has listed so far. */
    synchronized int listedCount() {
        return firstListed.size();
    }

    /** Articles of the phase accepted and not listed yet. */
    synchronized int pending(int phase) {
        return (int) pending.values().stream().filter(p -> p.phase() == phase).count();
    }

    /** Freshness samples of the phase, in no particular order. */
    synchronized List<Sample> samples(int phase) {
        return new ArrayList<>(samples.getOrDefault(phase, List.of()));
    }

    /** A {@link System#nanoTime()} reading of this run as epoch milliseconds. */
    double epochMillis(long nanos) {
        return anchorMillis + (nanos - anchorNanos) / 1e6;
    }

    private void record(String externalId, int phase, long acceptedNanos, long listedNanos) {
        samples.computeIfAbsent(phase, p -> new ArrayList<>())
                .add(new Sample(externalId, acceptedNanos, Math.max(0, listedNanos - acceptedNanos) / 1e6));
    }
}
