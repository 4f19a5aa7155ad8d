package io.sinoscope.query.rest;

import io.sinoscope.query.service.EntityService;
import io.sinoscope.query.service.EntityViews.EntityProfile;
import io.sinoscope.query.service.EntityViews.EntitySearchResponse;
import io.sinoscope.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entities", description = "People, organisations and places, under every name they are written with")
public class EntityResource {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_QUERY = 100;

    @Inject
    EntityService entities;

    @GET
    @Operation(summary = "Entities whose canonical name or any alias matches q, in any script",
            operationId = "searchEntities",
            description = "Exact names (川普, 特朗普, Trump) first, then names containing q; each with its mention count.")
    public Uni<EntitySearchResponse> search(
            @Parameter(description = "a name or part of one, any script, required") @QueryParam("q") String q,
            @Parameter(description = "most entities to return, 1 to 100, default 20") @QueryParam("limit") String limit) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest("Query parameter q is required: pass a name or part of one, "
                    + "e.g. /api/v1/entities?q=川普");
        }
        if (q.strip().length() > MAX_QUERY) {
            throw ProblemException.badRequest("q is longer than " + MAX_QUERY + " characters");
        }
        int limitValue = Params.integer("limit", limit, DEFAULT_LIMIT);
        if (limitValue < 1 || limitValue > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + limitValue);
        }
        String query = q.strip();
        return entities.search(query, limitValue).map(found -> new EntitySearchResponse(query, found));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEntity",
            summary = "Entity profile: names per variant seen, mentions, timeline, co-occurring entities, "
            + "recent articles")
    public Uni<EntityProfile> get(@PathParam("id") String id) {
        return entities.profile(id).map(profile -> {
            if (profile == null) {
                throw ProblemException.notFound("No entity with id " + id
                        + " (not in the gazetteer and never mentioned by a stored article)");
            }
            return profile;
        });
    }
}
