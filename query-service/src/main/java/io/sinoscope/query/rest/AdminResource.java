package io.sinoscope.query.rest;

import io.sinoscope.query.service.IndexRebuilder;
import io.sinoscope.query.service.ReindexJob;
import io.sinoscope.support.job.JobLedger;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Index administration: a rebuild needs the admin role, following one the read role. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    IndexRebuilder rebuilder;

    /**
     * A rebuild and its progress.
     *
     * @param total articles to index, -1 until counted
     * @param done  articles indexed so far
     */
    public record JobView(String jobId, String type, String trigger, String state, long done, long total,
                          long removed, String createdAt, String startedAt, String finishedAt, String error) {

        static JobView of(ReindexJob job) {
            return new JobView(job.id(), "reindex", job.trigger(), job.state().name(), job.done(), job.total(),
                    job.removed(), iso(job.createdAt()), iso(job.startedAt()), iso(job.finishedAt()), job.error());
        }

        /** A rebuild recorded by another replica, or by this one before a restart (removed is not recorded: -1). */
        static JobView of(JobLedger.Entry job) {
            return new JobView(job.id(), "reindex", job.parameters().get("trigger"), job.state(), job.done(),
                    job.total(), -1, iso(job.startedAt()), iso(job.startedAt()), iso(job.finishedAt()), job.error());
        }
    }

    @POST
    @Path("/reindex")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild the search index from PostgreSQL in the background",
            description = "202 with the job; 409 naming the rebuild that runs if one does (on any replica for a "
                    + "shared OpenSearch index, on this replica for its embedded index). Searches keep working "
                    + "meanwhile.")
    public Response reindex() {
        ReindexJob job = rebuilder.start("api");
        return Response.accepted(JobView.of(job))
                .location(URI.create("/api/v1/admin/reindex/" + job.id())).build();
    }

    @GET
    @Path("/reindex/{jobId}")
    @RolesAllowed(Roles.READ)
    @Operation(summary = "Progress of a rebuild: state (QUEUED, RUNNING, SUCCEEDED, FAILED), done of total")
    public JobView reindexJob(@PathParam("jobId") String jobId) {
        return job(jobId);
    }

    @GET
    @Path("/jobs/{jobId}")
    @RolesAllowed(Roles.READ)
    @Operation(summary = "Progress of an administrative job (same as /reindex/{jobId})")
    public JobView job(@PathParam("jobId") String jobId) {
        return rebuilder.job(jobId).map(JobView::of)
                .or(() -> rebuilder.recorded(jobId).map(JobView::of))
                .orElseThrow(() -> ProblemException.notFound("No job with id " + jobId
                        + "; ids are returned by POST /api/v1/admin/reindex"));
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
