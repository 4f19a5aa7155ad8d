package io.sinoscope.query.service;

import io.sinoscope.query.indexing.IndexRebuilder;
import io.sinoscope.query.indexing.Reconciler;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What an operator asks of the search side: rebuild the index from PostgreSQL, reconcile it with what ingest-service
 * published, and read where both stand. The admin resource's one door into {@code indexing}.
 */
@ApplicationScoped
public class IndexAdministration {

    @Inject
    IndexRebuilder rebuilder;
    @Inject
    Reconciler reconciler;
    @Inject
    ReconciliationReport reconciliation;

    /** Starts a rebuild; 409 naming the rebuild that runs if one does. */
    public Job rebuild(String trigger) {
        return rebuilder.start(trigger);
    }

    /** A rebuild this replica knows of; 404 telling where ids come from otherwise. */
    public Job.View rebuildJob(String jobId) {
        return rebuilder.job(jobId).orElseThrow(() -> ProblemException.notFound("No rebuild with id " + jobId
                + "; ids are returned by POST /api/v1/admin/reindex"));
    }

    /**
     * Starts a reconciliation run unless one runs on any replica (409 then); blocking while it claims the job.
     *
     * @param callerKey the admin's key, used with ingest when no service key is configured
     */
    public Job reconcile(String trigger, boolean dryRun, String callerKey) {
        return reconciler.start(trigger, dryRun, callerKey);
    }

    /** Where reconciliation stands, with the {@code oldest} oldest open gaps. */
    public ReconciliationReport.Report reconciliation(int oldest) {
        return reconciliation.report(oldest);
    }
}
