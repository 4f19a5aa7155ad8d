package io.sinoscope.text;

import java.time.Duration;

/**
 * A time budget for one analysis, checked cooperatively by the analyzer between steps and inside its loops over
 * matches, tokens and positions. Analysis is plain CPU-bound Java: interrupting or stopping its thread would leave
 * HanLP and the shared caches in an unknown state, so the analyzer itself asks {@link #check()} and gives up by
 * throwing {@link AnalysisDeadlineExceededException}. A check costs one {@link System#nanoTime()}.
 *
 * <p>Not thread-safe: one analysis, one thread.
 */
public final class Deadline {

    /** No budget: {@link #check()} never throws. */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, System.nanoTime());

    private final long budgetNanos;
    private final long startNanos;

    private Deadline(long budgetNanos, long startNanos) {
        this.budgetNanos = budgetNanos;
        this.startNanos = startNanos;
    }

    /** A budget of {@code budget} starting now. */
    public static Deadline after(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("an analysis deadline must be positive, not " + budget);
        }
        return new Deadline(budget.toNanos(), System.nanoTime());
    }

    /** Throws when the budget is spent. */
    public void check() {
        if (budgetNanos == Long.MAX_VALUE) {
            return;
        }
        long elapsed = System.nanoTime() - startNanos;
        if (elapsed > budgetNanos) {
            throw new AnalysisDeadlineExceededException(Duration.ofNanos(elapsed), Duration.ofNanos(budgetNanos));
        }
    }

    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
