package io.sinoscope.ingest.config;

import io.sinoscope.support.job.JobLedger;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** ingest's jobs (republish) recorded in ingest.job, shared by every replica. */
public class JobLedgerProducer {

    @Produces
    @Singleton
    JobLedger jobs(Pool pool, @ConfigProperty(name = "sinoscope.jobs.lease") Duration lease) {
        return new JobLedger(pool, "ingest.job", lease, JobLedger.replicaName());
    }

    void close(@Disposes JobLedger jobs) {
        jobs.close();
    }
}
