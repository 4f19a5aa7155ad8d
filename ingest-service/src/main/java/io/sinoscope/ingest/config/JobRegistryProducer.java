package io.sinoscope.ingest.config;

import io.sinoscope.support.job.JobRegistry;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** ingest's jobs (republish), run and kept in memory by the registry every service's jobs share. */
public class JobRegistryProducer {

    /** Finished jobs kept in memory for GET /api/v1/admin/jobs/{id}; older ones are read from ingest.job. */
    private static final int KEEP_JOBS = 20;

    /** A republish waits on PostgreSQL batch by batch: it runs on the worker pool, never on an event loop. */
    @Produces
    @Singleton
    JobRegistry jobs() {
        return new JobRegistry(KEEP_JOBS, Infrastructure.getDefaultWorkerPool());
    }
}
