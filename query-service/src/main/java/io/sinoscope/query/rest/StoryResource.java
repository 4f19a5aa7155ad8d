package io.sinoscope.query.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.sinoscope.query.service.StoryService;
import io.sinoscope.query.service.StoryService.StoryQuery;
import io.sinoscope.query.service.StoryViews.StoryDetail;
import io.sinoscope.query.service.StoryViews.StoryList;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.security.Roles;
import io.smallrye.mutiny.Uni;
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
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stories: the reports of one event across outlets and regions (docs/stories.md). Reading is open like the other
 * query endpoints; merging and splitting stories needs the write role and is recorded with the key's client id.
 */
@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stories", description = "One event's reports across outlets and regions, and their curation")
public class StoryResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_OFFSET = 10_000;
    private static final Set<String> REGIONS = Set.of("CN", "TW", "HK", "OTHER");

    @Inject
    StoryService stories;
    @Inject
    DateFilters dates;
    @Inject
    SecurityIdentity caller;

    /** Body of a merge: the story that absorbs this one and keeps its id. */
    public record MergeRequest(String into, String reason) {
    }

    /** Body of a split: the reports that move to a new story. */
    public record SplitRequest(List<String> articleIds, String reason) {
    }

    @GET
    @Operation(summary = "Stories: one event's reports across outlets and regions",
            operationId = "listStories",
            description = "Newest report first; each with its article count per region and its first and last "
                    + "report. A story matches when a report's title contains q, a report names the entity, a "
                    + "report is from the region, and its reports' span meets [from, to].")
    public Uni<StoryList> list(
            @Parameter(description = "text a report's title contains, in any script") @QueryParam("q") String q,
            @Parameter(description = "canonical id, canonical name or any alias in any script (川普, 輝達)")
            @QueryParam("entity") String entity,
            @Parameter(description = "CN, TW, HK or OTHER: the story has a report from there")
            @QueryParam("region") String region,
            @Parameter(description = DateFilters.FROM + "; the story's last report is at or after it")
            @QueryParam("from") String from,
            @Parameter(description = DateFilters.TO + "; its first report is at or before it")
            @QueryParam("to") String to,
            @Parameter(description = DateFilters.TZ) @QueryParam("tz") String tz,
            @Parameter(description = "0-based page number, default 0") @QueryParam("page") String page,
            @Parameter(description = "stories per page, 1 to 100, default 20") @QueryParam("size") String size) {
        Params.Page paging = Params.page(page, size, DEFAULT_SIZE, MAX_SIZE, MAX_OFFSET,
                "narrow the filters instead of paging that deep");
        DateFilters.Range range = dates.range(from, to, tz);
        String text = Params.blankToNull(q);
        if (text != null && text.length() > 100) {
            throw ProblemException.badRequest("q is longer than 100 characters");
        }
        String entityValue = Params.blankToNull(entity);
        if (entityValue != null && entityValue.length() > 200) {
            throw ProblemException.badRequest("entity is longer than 200 characters");
        }
        return stories.list(new StoryQuery(text, entityValue, region(region), range.from(), range.to()),
                paging.page(), paging.size());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStory",
            summary = "One story: its reports (outlet, region, script, time, title), each region's first report, "
            + "the entities reports of two or more regions name, the trade measures they state, and its history "
            + "of merges, splits and retractions")
    public Uni<StoryDetail> get(@PathParam("id") String id) {
        return stories.story(id);
    }

    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Merge this story into another",
            operationId = "mergeStory",
            description = "Every report of {id} moves into the story into, which keeps its id; {id} then answers "
                    + "404 naming it. Recorded on both stories with the key's client id. 200 with the surviving "
                    + "story.")
    public Uni<StoryDetail> merge(@PathParam("id") String id, MergeRequest body) {
        if (body == null) {
            throw ProblemException.badRequest("A JSON body is required: {\"into\": \"<story id>\"} and optionally "
                    + "a reason");
        }
        return stories.merge(id, body.into(), actor(), body.reason());
    }

    @POST
    @Path("/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Split reports off this story into a new one",
            operationId = "splitStory",
            description = "The reports articleIds (some, not all, of {id}'s) move to a new story; {id} keeps its id "
                    + "and the rest. Recorded on both stories with the key's client id. 201 with the new story.")
    public Uni<Response> split(@PathParam("id") String id, SplitRequest body) {
        if (body == null) {
            throw ProblemException.badRequest("A JSON body is required: {\"articleIds\": [...]} and optionally a "
                    + "reason");
        }
        return stories.split(id, body.articleIds(), actor(), body.reason()).map(created -> Response
                .created(URI.create("/api/v1/stories/" + created.id())).entity(created).build());
    }

    private static String region(String region) {
        String value = Params.blankToNull(region);
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!REGIONS.contains(upper)) {
            throw ProblemException.badRequest("region must be CN, TW, HK or OTHER, was " + region);
        }
        return upper;
    }

    private String actor() {
        return caller.getPrincipal().getName();
    }
}
