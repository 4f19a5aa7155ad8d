package io.sinoscope.ingest.rest;

import io.sinoscope.ingest.service.Republisher;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.rest.TimeParam;
import io.sinoscope.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin")
@Tag(name = "operations", description = "What ingest holds and how far behind publication is")
public class AdminResource {

    private static final int DEFAULT_PAGE = 1000;
    private static final int MAX_PAGE = 5000;

    private final Republisher republisher;

    public AdminResource(Republisher republisher) {
        this.republisher = republisher;
    }

    @POST
    @Path("republish")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish stored articles again, e.g. to reprocess them after an analyser upgrade",
            operationId = "startRepublish",
            description = "since: articles received from this date or date-time on (default: all). status: PUBLISHED "
                    + "(default) sends the articles again; RETRACTED sends their retractions again. Answers 202 with a "
                    + "job (parameters.status, parameters.since, counts.requeued of total); follow it at GET "
                    + "/api/v1/admin/jobs/{id}. 409 while a republish runs on any replica.")
    @APIResponse(responseCode = "202", description = "Started: the job, followed at the Location given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Job.View.class)))
    @APIResponse(responseCode = "409", description = "A republish runs already on some replica (detail names it): wait for it, then retry")
    public Response republish(@QueryParam("since") String since, @QueryParam("status") String status,
            @Context UriInfo uri) {
        Job job = republisher.start(parseSince(since), parseScope(status));
        return Response.accepted(job.view())
                .location(uri.getBaseUriBuilder().path("api/v1/admin/jobs").path(job.id()).build()).build();
    }

    /** One article as the broker last had it: its version, and whether that was its retraction. */
    public record PublishedArticle(String id, int version, boolean retracted) {
    }

    /** A page of {@link PublishedArticle}s in id order; {@code next} is the {@code after} of the next page. */
    public record PublishedPage(List<PublishedArticle> articles, String next) {
    }

    /** Ids to publish again. */
    public record RepublishIds(List<String> ids) {
    }

    @GET
    @Path("published")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READ)
    @Operation(summary = "Every article the broker was handed, with its version: what consumers should hold",
            operationId = "listPublishedArticles",
            description = "In id order, a page at a time: pass the answer's next as after until next is null. Only "
                    + "articles whose latest version (or retraction) was published before relayedBefore (a date-time "
                    + "or a date-time with offset; default now), so articles still on their way are left out. query-service's "
                    + "reconciliation compares this with what it stores.")
    public Uni<PublishedPage> published(@QueryParam("after") String after, @QueryParam("limit") Integer limit,
            @QueryParam("relayedBefore") String relayedBefore) {
        int size = limit == null ? DEFAULT_PAGE : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw ProblemException.badRequest("limit must be 1 to " + MAX_PAGE + ", not " + size);
        }
        Instant before = TimeParam.parse("relayedBefore", relayedBefore);
        return republisher.publishedVersions(after == null ? "" : after, before == null ? Instant.now() : before,
                size).map(page -> {
            List<PublishedArticle> articles = page.stream()
                    .map(a -> new PublishedArticle(a.id(), a.version(), a.retracted())).toList();
            return new PublishedPage(articles, page.size() < size ? null : page.get(page.size() - 1).id());
        });
    }

    @POST
    @Path("republish/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Publish these articles again now (1 to " + Republisher.MAX_IDS + " ids)",
            operationId = "republishArticles",
            description = "A PUBLISHED article is sent again; a RETRACTED one has its retraction sent again. Answers "
                    + "which ids were requeued and which were not (unknown, or not yet published).")
    public Uni<Republisher.Requeued> republishArticles(RepublishIds body) {
        if (body == null || body.ids() == null) {
            throw ProblemException.badRequest("send {\"ids\": [\"article id\", ...]}");
        }
        return republisher.requeue(body.ids());
    }

    @GET
    @Path("jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getJob",
            summary = "Progress of a republish job, run by any replica, before or after a restart: state (RUNNING, "
            + "SUCCEEDED, FAILED), parameters, total and counts.requeued, in the job shape every service shares")
    public Job.View job(@PathParam("id") String id) {
        return republisher.job(id).orElseThrow(() -> ProblemException.notFound("no job with id " + id
                        + "; ids are returned by POST /api/v1/admin/republish"));
    }

    private static Instant parseSince(String since) {
        Instant from = TimeParam.parse("since", since);
        return from == null ? Instant.EPOCH : from;
    }

    private static Republisher.Scope parseScope(String status) {
        if (status == null || status.isBlank()) {
            return Republisher.Scope.PUBLISHED;
        }
        try {
            return Republisher.Scope.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status must be PUBLISHED (send articles again) or RETRACTED (send "
                    + "their retractions again), not " + status.strip());
        }
    }
}
