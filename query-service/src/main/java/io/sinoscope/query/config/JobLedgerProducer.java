package io.sinoscope.query.config;

import io.sinoscope.support.job.JobLedger;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** query-service's jobs (rebuilds, replays, reconciliations, curation runs) recorded in query.job, for every replica. */
public class JobLedgerProducer {

    @Produces
    @Singleton
    JobLedger jobs(Pool pool, @ConfigProperty(name = "sinoscope.jobs.lease") Duration lease) {
        return new JobLedger(pool, "query.job", lease, JobLedger.replicaName());
    }

    void close(@Disposes JobLedger jobs) {
        jobs.close();
    }
}
