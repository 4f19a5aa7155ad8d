package io.sinoscope.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Sends every text and HTML file of an {@link ImportSource} as it is, bytes untouched, to ingest-service's raw door,
 * a few at a time, and remembers in the {@link ImportState} which ones were accepted so that a rerun sends the rest.
 */
final class ArticleImporter {

    /** Waits before the first, second and third retry of a file that got a 5xx or no answer at all. */
    static final List<Duration> BACKOFF = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));

    private static final int FAILURES_SHOWN = 20;

    record Failure(String externalId, String reason) {
    }

    record Summary(int imported, int alreadyImported, int skipped, List<Failure> failures) {

        int exitCode() {
            return failures.isEmpty() ? 0 : 1;
        }

        void print(PrintStream out) {
            out.printf("  imported          %d%n", imported);
            out.printf("  already imported  %d (by an earlier run)%n", alreadyImported);
            out.printf("  skipped           %d (not .txt, .text, .htm or .html)%n", skipped);
            out.printf("  failed            %d%n", failures.size());
            failures.stream().limit(FAILURES_SHOWN)
                    .forEach(failure -> out.printf("    %s: %s%n", failure.externalId(), failure.reason()));
            if (failures.size() > FAILURES_SHOWN) {
                out.printf("    ... and %d more%n", failures.size() - FAILURES_SHOWN);
            }
        }
    }

    /** The first pass: how many files there are to send, so that progress can show a total and a time left. */
    private record Census(int toSend, int alreadyImported, int skipped) {
    }

    private final SinoscopeClient client;
    private final int concurrency;
    private final List<Duration> backoff;
    private final PrintStream err;
    private final boolean terminal;

    /**
     * @param backoff  the waits between attempts: one retry per element
     * @param terminal whether {@code err} is a terminal, where progress is rewritten in place
     */
    ArticleImporter(SinoscopeClient client, int concurrency, List<Duration> backoff, PrintStream err,
            boolean terminal) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
        }
        this.client = client;
        this.concurrency = concurrency;
        this.backoff = List.copyOf(backoff);
        this.err = err;
        this.terminal = terminal;
    }

    /** The content type sent for a file, or null when it is no article file. No charset: the service detects it. */
    static String contentTypeOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".htm") || name.endsWith(".html")) {
            return "text/html";
        }
        return name.endsWith(".txt") || name.endsWith(".text") ? "application/octet-stream" : null;
    }

    Summary run(ImportSource files, String source, ImportState state) throws IOException, InterruptedException {
        Census census = count(files, state);
        if (census.alreadyImported() > 0) {
            err.printf("%d files already imported by an earlier run of %s; skipping them (state: %s)%n",
                    census.alreadyImported(), files.path(), state.file());
        }
        Queue<Failure> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger imported = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(concurrency);
        // A permit per file read and not yet answered: at most `concurrency` files are in memory at once.
        Semaphore inFlight = new Semaphore(concurrency);
        try (ProgressReporter progress = new ProgressReporter(err, census.toSend(), terminal)) {
            Consumer<Failure> outcome = failure -> {
                if (failure == null) {
                    imported.incrementAndGet();
                } else {
                    failures.add(failure);
                }
                progress.fileDone(failure != null);
            };
            try {
                files.forEachFile((name, content) -> {
                    if (contentTypeOf(name) == null || state.isDone(name)) {
                        return;
                    }
                    inFlight.acquire();
                    byte[] bytes;
                    try {
                        bytes = content.readAllBytes();
                    } catch (IOException unreadable) {
                        inFlight.release();
                        outcome.accept(new Failure(name, "could not be read: " + unreadable));
                        return;
                    }
                    senders.execute(() -> {
                        try {
                            outcome.accept(sendAndRecord(bytes, source, name, state));
                        } finally {
                            inFlight.release();
                        }
                    });
                });
            } finally {
                // Whatever stopped the walk, the files already sent get their answers recorded.
                senders.shutdown();
                senders.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
            }
        }
        return new Summary(imported.get(), census.alreadyImported(), census.skipped(), new ArrayList<>(failures));
    }

    private static Census count(ImportSource files, ImportState state) throws IOException, InterruptedException {
        int[] toSend = {0};
        int[] alreadyImported = {0};
        int[] skipped = {0};
        files.forEachFile((name, content) -> {
            if (contentTypeOf(name) == null) {
                skipped[0]++;
            } else if (state.isDone(name)) {
                alreadyImported[0]++;
            } else {
                toSend[0]++;
            }
        });
        return new Census(toSend[0], alreadyImported[0], skipped[0]);
    }

    /** @return null once the file is accepted and recorded, else why it is not */
    private Failure sendAndRecord(byte[] bytes, String source, String name, ImportState state) {
        try {
            Failure failure = send(bytes, source, name);
            if (failure == null) {
                // A crash right here leaves an accepted file out of the state, so the next run sends it again.
                // That does no harm: ingest-service is idempotent on source + externalId.
                state.markDone(name);
            }
            return failure;
        } catch (IOException stateNotWritten) {
            return new Failure(name, "accepted, but the import state could not be written: " + stateNotWritten);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Failure(name, "interrupted");
        }
    }

    /** A 4xx is final (the same bytes get the same answer); a 5xx or no answer may pass after a wait. */
    private Failure send(byte[] bytes, String source, String name) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            String problem;
            try {
                SinoscopeClient.Answer answer = client.submitRaw(bytes, contentTypeOf(name), source, name);
                if (answer.status() / 100 == 2) {
                    return null;
                }
                String detail = answer.body() == null ? "" : answer.body().path("detail").asText("");
                problem = (answer.status() + " " + detail).strip();
                if (answer.status() < 500) {
                    return new Failure(name, problem);
                }
            } catch (IOException noAnswer) {
                problem = "no answer: " + why(noAnswer);
            }
            if (attempt == backoff.size()) {
                return new Failure(name, problem + " (" + (attempt + 1) + " attempts)");
            }
            Thread.sleep(backoff.get(attempt).toMillis());
        }
    }

    /** Short, as it repeats per file: a refused connection's address is the run's, not the file's. */
    private static String why(IOException noAnswer) {
        if (noAnswer instanceof ConnectException) {
            return "cannot connect";
        }
        return noAnswer.getMessage() == null ? noAnswer.getClass().getSimpleName() : noAnswer.getMessage();
    }
}
