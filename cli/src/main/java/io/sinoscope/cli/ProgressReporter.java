package io.sinoscope.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Files done of total, rate, errors and time left. On a terminal one line rewritten in place a few times a second;
 * otherwise (a log, a CI job) a new line every 5 s, so that the output stays readable there.
 */
final class ProgressReporter implements AutoCloseable {

    private final PrintStream err;
    private final int total;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-progress");
        thread.setDaemon(true);
        return thread;
    });

    ProgressReporter(PrintStream err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
        long period = terminal ? 250 : 5000;
        ticker.scheduleAtFixedRate(this::print, period, period, TimeUnit.MILLISECONDS);
    }

    void fileDone(boolean failed) {
        done.incrementAndGet();
        if (failed) {
            errors.incrementAndGet();
        }
    }

    /** Stops the updates and leaves the final state on its own line. */
    @Override
    public void close() {
        ticker.shutdownNow();
        print();
        if (terminal) {
            err.println();
        }
    }

    private synchronized void print() {
        String line = line(done.get(), total, errors.get(), Duration.ofNanos(System.nanoTime() - startNanos));
        if (terminal) {
            err.print("\r" + line + "\033[K"); // ESC[K erases what a longer previous line left behind
        } else {
            err.println(line);
        }
        err.flush();
    }

    static String line(int done, int total, int errors, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        String eta = rate > 0 ? formatDuration(Math.round((total - done) / rate)) : "?";
        return String.format(Locale.ROOT, "%d/%d files, %.1f files/s, %d errors, ETA %s", done, total, rate, errors, eta);
    }

    private static String formatDuration(long seconds) {
        if (seconds >= 3600) {
            return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}
