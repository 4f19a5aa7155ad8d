package io.sinoscope.query.config;

import io.sinoscope.support.deadletter.DeadLetterClients;
import io.sinoscope.support.deadletter.DeadLetterInspector;
import io.sinoscope.support.deadletter.DeadLetterReplayer;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.job.JobRegistry;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;

/** The shared dead-letter tools (service-support), on articles.enriched.dlq as configured under sinoscope.dlq. */
public class DeadLetterToolsProducer {

    /**
     * Finished jobs (rebuilds, replays, reconciliations, curation runs) kept in memory for GET
     * /api/v1/admin/jobs/{id}; older ones are read from query.job, with the counters recorded at their end.
     */
    private static final int KEEP_JOBS = 20;

    /** Jobs block (on Kafka, PostgreSQL, the index): they run on the worker pool, never on an event loop. */
    @Produces
    @Singleton
    JobRegistry jobs() {
        return new JobRegistry(KEEP_JOBS, Infrastructure.getDefaultWorkerPool());
    }

    @Produces
    @Singleton
    DeadLetterClients clients(@Identifier("default-kafka-broker") Map<String, Object> broker, DeadLetterConfig config) {
        return new DeadLetterClients(broker, config.settings());
    }

    @Produces
    @Singleton
    DeadLetterInspector inspector(DeadLetterClients clients, DeadLetterConfig config) {
        return new DeadLetterInspector(clients, config.settings());
    }

    @Produces
    @Singleton
    DeadLetterReplayer replayer(DeadLetterClients clients, DeadLetterConfig config, JobRegistry jobs,
            JobLedger ledger) {
        // Recorded in query.job: one replay at a time across every replica.
        return new DeadLetterReplayer(clients, config.settings(), jobs, ledger);
    }
}
