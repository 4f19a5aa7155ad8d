package io.sinoscope.text;

import java.time.Duration;

/** An analysis ran past its {@link Deadline} and was abandoned; nothing of it is returned. */
public final class AnalysisDeadlineExceededException extends RuntimeException {

    private final Duration elapsed;
    private final Duration budget;

    AnalysisDeadlineExceededException(Duration elapsed, Duration budget) {
        super("analysis stopped after " + elapsed.toMillis() + " ms, past its deadline of " + budget.toMillis() + " ms");
        this.elapsed = elapsed;
        this.budget = budget;
    }

    /** How long the analysis had run when it gave up. */
    public Duration elapsed() {
        return elapsed;
    }

    public Duration budget() {
        return budget;
    }
}
