package io.sinoscope.nlp.service;

import io.sinoscope.nlp.config.AnalyzeEndpointConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * How many synchronous analyses may run at once (sinoscope.analyze.max-concurrent). A caller that finds none free is
 * refused at once rather than queued: a queue of CPU-bound requests only adds latency for every caller and takes the
 * cores the Kafka consumers need.
 */
@ApplicationScoped
public class AnalysisPermits {

    private final Semaphore permits;
    private final int total;

    @Inject
    public AnalysisPermits(AnalyzeEndpointConfig config) {
        this(config.maxConcurrent() > 0 ? config.maxConcurrent() : Runtime.getRuntime().availableProcessors());
    }

    AnalysisPermits(int total) {
        if (total < 1) {
            throw new IllegalArgumentException("at least one analysis must be allowed at once, not " + total);
        }
        this.total = total;
        this.permits = new Semaphore(total);
    }

    /** A permit, released when closed; empty when {@link #total()} analyses are running. */
    public Optional<Permit> tryAcquire() {
        return permits.tryAcquire() ? Optional.of(new Permit()) : Optional.empty();
    }

    /** Analyses allowed at once. */
    public int total() {
        return total;
    }

    /** One running analysis; closing it twice releases once. */
    public final class Permit implements AutoCloseable {
        private boolean released;

        private Permit() {
        }

        @Override
        public void close() {
            if (!released) {
                released = true;
                permits.release();
            }
        }
    }
}
