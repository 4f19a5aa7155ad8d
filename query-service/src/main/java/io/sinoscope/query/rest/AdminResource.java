package io.sinoscope.query.rest;

import io.sinoscope.query.service.IndexAdministration;
import io.sinoscope.query.service.ReconciliationReport;
import io.sinoscope.support.deadletter.DeadLetterInspector;
import io.sinoscope.support.deadletter.DeadLetterReplayer;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.job.JobRegistry;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.rest.TimeParam;
import io.sinoscope.support.security.ApiKeys;
import io.sinoscope.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Index and dead-letter administration: a rebuild or a replay needs the admin role, reading a job or the dead letters
 * the read role (dead-lettered errors name articles).
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations", description = "Index rebuilds, reconciliation, dead letters, the pipeline and jobs")
public class AdminResource {

    private static final int MAX_LISTED_GAPS = 1000;

    @Inject
    IndexAdministration index;
    @Inject
    DeadLetterInspector deadLetters;
    @Inject
    DeadLetterReplayer replayer;
    @Inject
    JobRegistry jobs;
    @Inject
    JobLedger ledger;

    @POST
    @Path("/reindex")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild the search index from PostgreSQL in the background",
            operationId = "startReindex",
            description = "202 with the job; 409 naming the rebuild that runs if one does (on any replica for a "
                    + "shared OpenSearch index, on this replica for its embedded index). Searches keep working "
                    + "meanwhile. The job has counts.done (articles indexed of total) and counts.removed.")
    @APIResponse(responseCode = "202", description = "Started: the job, followed at the Location given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Job.View.class)))
    @APIResponse(responseCode = "409", description = "A rebuild runs already (detail names it): wait for it, then retry")
    public Response reindex() {
        Job job = index.rebuild("api");
        return Response.accepted(job.view())
                .location(URI.create("/api/v1/admin/reindex/" + job.id())).build();
    }

    @GET
    @Path("/reindex/{jobId}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getReindexJob",
            summary = "Progress of a rebuild: state (QUEUED, RUNNING, SUCCEEDED, FAILED), counts.done of total")
    public Job.View reindexJob(@PathParam("jobId") String jobId) {
        return index.rebuildJob(jobId);
    }

    @GET
    @Path("/jobs/{jobId}")
    @Operation(operationId = "getJob",
            summary = "Progress of an administrative job, in one shape for every type: state (QUEUED, RUNNING, "
            + "SUCCEEDED, FAILED), parameters, total and counts: a rebuild (counts.done, removed), a DLQ replay "
            + "(counts.replayed, skipped), a reconciliation (counts.checked, missing, stale, notRetracted, requested, "
            + "notRequeued, unrepairable) or a curation run (counts.articles, changed, overrides). A job another "
            + "replica ran, or this one before a restart, shows the counts recorded at its last lease renewal.")
    @RolesAllowed(Roles.READ)
    public Job.View job(@PathParam("jobId") String jobId) {
        return jobs.find(ledger, jobId).orElseThrow(() -> ProblemException.notFound("No job with id " + jobId
                + "; ids are returned by POST /api/v1/admin/reindex, /dlq/replay and /reconcile"));
    }

    @POST
    @Path("/reconcile")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Compare what ingest-service published with what this service holds, and fill the gaps",
            operationId = "startReconciliation",
            description = "Walks ingest's list of published articles (leaving out those relayed within "
                    + "sinoscope.reconcile.grace), finds articles missing here, stored in an older version, or still "
                    + "here though retracted, records them (GET /api/v1/admin/reconcile) and asks ingest to publish "
                    + "them again; an article asked for sinoscope.reconcile.max-attempts times without arriving is "
                    + "reported as unrepairable instead. dryRun=true finds and records the gaps and asks for nothing. "
                    + "Uses sinoscope.reconcile.api-key with ingest, else the caller's key (which ingest must know: "
                    + "read role to list, admin to republish). 202 with the job, followed at GET "
                    + "/api/v1/admin/jobs/{id}; 409 while a run is in progress on any replica.")
    @APIResponse(responseCode = "202", description = "Started: the job, followed at the Location given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Job.View.class)))
    @APIResponse(responseCode = "409", description = "A reconciliation runs already on some replica (detail names it): wait for it, then retry")
    public Response reconcile(@QueryParam("dryRun") boolean dryRun, @HeaderParam("X-Api-Key") String apiKey,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Context UriInfo uri) {
        Job job = index.reconcile("api", dryRun, ApiKeys.presentedKey(apiKey, authorization));
        return Response.accepted(job.view())
                .location(uri.getBaseUriBuilder().path("api/v1/admin/jobs").path(job.id()).build()).build();
    }

    @GET
    @Path("/reconcile")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getReconciliation",
            summary = "Where reconciliation stands: its latest run, open gaps by kind, unrepairable ones, the "
            + "oldest gaps")
    public ReconciliationReport.Report reconciliation(
            @Parameter(description = "oldest open gaps to list, 0 to " + MAX_LISTED_GAPS + "; default 20")
            @QueryParam("oldest") Integer oldest) {
        int listed = oldest == null ? 20 : oldest;
        if (listed < 0 || listed > MAX_LISTED_GAPS) {
            throw ProblemException.badRequest("oldest must be between 0 and " + MAX_LISTED_GAPS + ", not " + listed);
        }
        return index.reconciliation(listed);
    }

    @GET
    @Path("/dlq")
    @RolesAllowed(Roles.READ)
    @Operation(summary = "What articles.enriched.dlq holds: size, records a replay would send, the latest errors",
            operationId = "getDeadLetters",
            description = "Records this service could not store because of their content (unreadable, no id, "
                    + "rejected by the database as data). A record that failed because the database was down is "
                    + "never here: it waits, and readiness reports it.")
    public DeadLetterInspector.Overview deadLetters(
            @Parameter(description = "latest records to list, 0 to " + DeadLetterInspector.MAX_RECENT
                    + "; default sinoscope.dlq.recent")
            @QueryParam("recent") Integer recent) {
        return deadLetters.overview(recent);
    }

    @POST
    @Path("/dlq/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send dead-lettered records back to articles.enriched, e.g. after a fix",
            operationId = "replayDeadLetters",
            description = "Starts at the replay position, so no record is sent twice by two replays; a record that "
                    + "fails again goes back to the DLQ for a later replay. since: only records dead-lettered from "
                    + "this date or date-time on (older pending ones are passed over for good). limit: at most this "
                    + "many. Answers 202 with a job; follow it at GET /api/v1/admin/jobs/{id}. 409 while a replay "
                    + "runs.")
    @APIResponse(responseCode = "202", description = "Started: the job, followed at the Location given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Job.View.class)))
    @APIResponse(responseCode = "409", description = "A replay runs already (detail names it): wait for it, then retry")
    public Response replay(@QueryParam("since") String since, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        Job job = replayer.start(TimeParam.parse("since", since), limit);
        return Response.accepted(job.view())
                .location(uri.getBaseUriBuilder().path("api/v1/admin/jobs").path(job.id()).build()).build();
    }
}
