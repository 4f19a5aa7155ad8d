package io.sinoscope.nlp.config;

import io.sinoscope.support.job.JobRegistry;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class JobRegistryProducer {

    /** Finished jobs kept for GET /api/v1/admin/jobs/{id}; replays are rare, a handful is plenty. */
    private static final int KEEP_JOBS = 20;

    /** Jobs block on Kafka: they run on the worker pool, never on an event loop. */
    @Produces
    @Singleton
    JobRegistry jobs() {
        return new JobRegistry(KEEP_JOBS, Infrastructure.getDefaultWorkerPool());
    }
}
