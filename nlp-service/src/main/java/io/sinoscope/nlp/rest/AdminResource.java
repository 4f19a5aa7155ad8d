package io.sinoscope.nlp.rest;

import io.sinoscope.support.deadletter.DeadLetterInspector;
import io.sinoscope.support.deadletter.DeadLetterReplayer;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.job.JobRegistry;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.rest.TimeParam;
import io.sinoscope.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dead-letter queue for operators. Reading it needs the read role (dead-lettered errors name articles),
 * replaying it the admin role.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations", description = "Dead-lettered events and the jobs that replay them")
public class AdminResource {

    private final DeadLetterInspector inspector;
    private final DeadLetterReplayer replayer;
    private final JobRegistry jobs;

    public AdminResource(DeadLetterInspector inspector, DeadLetterReplayer replayer, JobRegistry jobs) {
        this.inspector = inspector;
        this.replayer = replayer;
        this.jobs = jobs;
    }

    @GET
    @Path("dlq")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getDeadLetters",
            summary = "What the dead-letter queue holds: size, events a replay would send, the latest errors")
    public DeadLetterInspector.Overview deadLetters(
            @Parameter(description = "latest events to list, 0 to " + DeadLetterInspector.MAX_RECENT
                    + "; default sinoscope.dlq.recent")
            @QueryParam("recent") Integer recent) {
        return inspector.overview(recent);
    }

    @POST
    @Path("dlq/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send dead-lettered events back to analysis, e.g. after a fix",
            operationId = "replayDeadLetters",
            description = "Starts at the replay position, so no event is sent twice by two replays; an event that "
                    + "fails again goes back to the DLQ for a later replay. since: only events dead-lettered from "
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

    @GET
    @Path("jobs/{id}")
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getJob",
            summary = "Progress of a job: state (QUEUED, RUNNING, SUCCEEDED, FAILED), total and counters")
    public Job.View job(@PathParam("id") String id) {
        return jobs.find(id).map(Job::view).orElseThrow(() -> ProblemException.notFound("no job with id " + id
                + " on this replica; jobs are kept in memory, the last few, until the service restarts"));
    }
}
