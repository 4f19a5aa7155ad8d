package io.sinoscope.query.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.sinoscope.contracts.EntityCuration;
import io.sinoscope.query.service.CurationService;
import io.sinoscope.support.job.Job;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Analyst curation of entities: merge two, split an alias off, add an alias, reject a mention. Each is recorded as a
 * versioned override with who (the key's client id), when and why, announced to nlp-service (entities.curated) and
 * applied to stored articles by a job. Changes need the write role; the audit trail is open like the entity pages.
 */
@Path("/api/v1/curation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "curation", description = "Corrections to entity linking, with their audit trail")
public class CurationResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    @Inject
    CurationService curation;
    @Inject
    SecurityIdentity caller;

    /** Body of a merge: the entity merged into the one of the path. */
    public record MergeRequest(String entityId, String reason) {
    }

    public record AliasRequest(String alias, String reason) {
    }

    /** Without targetEntityId, the alias becomes a new entity named name (default: the alias) of type type. */
    public record SplitRequest(String alias, String targetEntityId, String name, String type, String reason) {
    }

    /** The mention by its article and its offsets in the article's original text. */
    public record RejectRequest(String articleId, Integer start, Integer end, String reason) {
    }

    /**
     * An override with its audit information.
     *
     * @param sequence    its number; later overrides win over earlier ones
     * @param actor       client id of the API key that recorded it (a digest, never the key)
     * @param publishedAt when nlp-service was told (entities.curated), null while pending
     * @param appliedAt   when the stored articles were rewritten for it, null while pending
     */
    public record OverrideView(long sequence, String kind, String entityId, String entityName, String otherEntityId,
                               String otherName, String otherType, String alias, List<String> aliasForms,
                               String articleId, Integer start, Integer end, String reason, String actor,
                               Instant createdAt, Instant publishedAt, Instant appliedAt) {

        static OverrideView of(EntityCuration o, Instant publishedAt, Instant appliedAt) {
            return new OverrideView(o.sequence(), o.kind(), o.entityId(), o.entityName(), o.otherEntityId(),
                    o.otherName(), o.otherType(), o.alias(), o.aliasForms(), o.articleId(), o.start(), o.end(),
                    o.reason(), o.actor(), o.createdAt(), publishedAt, appliedAt);
        }

        static OverrideView of(CurationService.AuditEntry stored) {
            return of(stored.override(), stored.publishedAt(), stored.appliedAt());
        }
    }

    /** A recorded override and the job applying it to stored articles (follow at GET /api/v1/admin/jobs/{id}). */
    public record Recorded(OverrideView override, Job.View job) {
    }

    public record Trail(String entityId, List<OverrideView> overrides) {
    }

    @POST
    @Path("/entities/{id}/merge")
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Merge another entity into this one",
            operationId = "mergeEntity",
            description = "Mentions of entityId become mentions of {id}; entityId then resolves to {id} in look-ups, "
                    + "profiles and searches. 201 with the override and the job rewriting stored articles.")
    public Response merge(@PathParam("id") String id, MergeRequest body) {
        MergeRequest request = required(body, MergeRequest.class);
        return created(curation.merge(id, request.entityId(), request.reason(), actor()));
    }

    @POST
    @Path("/entities/{id}/aliases")
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Add an alias: the name, in every script, then links to this entity",
            operationId = "addEntityAlias",
            description = "Unlinked names written so, and the alias wherever it appears in an article's text, link "
                    + "to {id} in new and stored articles. 409 if the alias already names another entity (split it "
                    + "off that one instead).")
    public Response addAlias(@PathParam("id") String id, AliasRequest body) {
        AliasRequest request = required(body, AliasRequest.class);
        return created(curation.addAlias(id, request.alias(), request.reason(), actor()));
    }

    @POST
    @Path("/entities/{id}/split-alias")
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Split an alias off: mentions written so move to another or a new entity",
            operationId = "splitEntityAlias",
            description = "With targetEntityId they move to that entity, else to a new one (id curated:…) named "
                    + "name (default: the alias) of type type (default: this entity's).")
    public Response splitAlias(@PathParam("id") String id, SplitRequest body) {
        SplitRequest request = required(body, SplitRequest.class);
        return created(curation.splitAlias(id, request.alias(), request.targetEntityId(), request.name(),
                request.type(), request.reason(), actor()));
    }

    @POST
    @Path("/entities/{id}/reject-mention")
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Reject a mention: that name in that article is not this entity",
            operationId = "rejectEntityMention",
            description = "Every mention written the same way and linked to {id} in that article is dropped from "
                    + "the entity, its facets and the article's entity list (one article uses a word one way); "
                    + "other articles are untouched.")
    public Response rejectMention(@PathParam("id") String id, RejectRequest body) {
        RejectRequest request = required(body, RejectRequest.class);
        return created(curation.rejectMention(id, request.articleId(), request.start(), request.end(),
                request.reason(), actor()));
    }

    @GET
    @Path("/entities/{id}/overrides")
    @Operation(operationId = "listEntityOverrides",
            summary = "Audit trail of the overrides naming this entity, newest first")
    public Trail entityTrail(@PathParam("id") String id,
            @Parameter(description = "most overrides, 1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
            @QueryParam("limit") String limit) {
        return new Trail(id, curation.trail(id, limit(limit)).stream().map(OverrideView::of).toList());
    }

    @GET
    @Path("/overrides")
    @Operation(operationId = "listOverrides",
            summary = "Audit trail of every override, newest first: kind, entities, reason, key, time, "
            + "published and applied")
    public Trail trail(@QueryParam("limit") String limit) {
        return new Trail(null, curation.trail(null, limit(limit)).stream().map(OverrideView::of).toList());
    }

    private static int limit(String limit) {
        int value = Params.integer("limit", limit, DEFAULT_LIMIT);
        if (value < 1 || value > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + value);
        }
        return value;
    }

    private String actor() {
        return caller.getPrincipal().getName();
    }

    private static <T> T required(T body, Class<T> type) {
        if (body == null) {
            throw ProblemException.badRequest("A JSON body is required: " + type.getSimpleName().replace("Request", "")
                    .toLowerCase() + " fields and a reason");
        }
        return body;
    }

    private static Response created(CurationService.Recorded recorded) {
        EntityCuration o = recorded.override();
        return Response.status(Response.Status.CREATED)
                .entity(new Recorded(OverrideView.of(o, recorded.publishedAt(), null), recorded.job())).build();
    }
}
