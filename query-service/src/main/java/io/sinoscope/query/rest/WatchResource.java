package io.sinoscope.query.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.sinoscope.query.config.WatchConfig;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import org.jboss.resteasy.reactive.RestStreamElementType;
import io.sinoscope.query.search.SearchConfig;
import io.sinoscope.query.service.WatchService;
import io.sinoscope.query.service.WatchService.Caller;
import io.sinoscope.query.service.WatchSpec;
import io.sinoscope.query.service.WatchViews.Created;
import io.sinoscope.query.service.WatchDigestTable;
import io.sinoscope.query.service.WatchViews.DeliveryView;
import io.sinoscope.query.service.WatchViews.Digest;
import io.sinoscope.query.service.WatchViews.WatchView;
import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.rest.TimeParam;
import io.sinoscope.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Watches: a saved search, entities or fact conditions that every newly indexed article is matched against, with a
 * notice for each match (and for the retraction of a matched article) delivered to the watch's webhook. A watch
 * belongs to the API key that created it; a key sees and changes only its own (another's is a 404), an admin key all.
 * Creating and changing need the write role; reading, any role.
 */
@Path("/api/v1/watches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "watches", description = "Saved searches, entities and facts that new articles are matched against, "
        + "with webhook notices")
public class WatchResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final String BODY = "name; q (the query language of /api/v1/search) with optional source, region, "
            + "topic, entity; and/or entityIds; and/or factConditions [{kind, imposer, target, party, minAmount, "
            + "currency}]; webhookUrl (optional); secret (optional, generated if absent); digest (none or daily), "
            + "digestTime (HH:mm, default 08:00), digestZone (IANA zone, default the service's)";

    @Inject
    WatchService watches;
    @Inject
    SearchConfig search;
    @Inject
    SecurityIdentity identity;
    @Inject
    WatchConfig config;
    @Inject
    DateFilters dates;

    /** A page of notices, newest first; pass nextBefore as before for the older ones (null: no more). */
    public record Deliveries(String watchId, List<DeliveryView> deliveries, Long nextBefore) {
    }

    /** The watches this key may see. */
    public record Watches(List<WatchView> watches) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Create a watch", operationId = "createWatch",
            description = "Every part given must hold of an article: the search (" + BODY + "). 201 with the watch "
                    + "and its signing secret, which is shown this once. A q the search syntax cannot read is a 400 "
                    + "naming the position, as on /api/v1/search.")
    public Response create(WatchSpec body) {
        Created created = compiled(() -> watches.create(checkedQuery(body), caller()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.READ, Roles.WRITE})
    @Operation(summary = "The watches of this key (an admin key: all)", operationId = "listWatches")
    public Watches list() {
        return new Watches(watches.list(caller()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.READ, Roles.WRITE})
    @Operation(summary = "One watch", operationId = "getWatch")
    public WatchView get(@PathParam("id") String id) {
        return watches.get(id, caller());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Replace what a watch waits for and where it is delivered", operationId = "updateWatch",
            description = "The same body as creation (" + BODY + "), without secret: the secret, the owner and "
                    + "whether it is paused stay.")
    public WatchView update(@PathParam("id") String id, WatchSpec body) {
        return compiled(() -> watches.update(id, checkedQuery(body), caller()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Delete a watch and its delivery log", operationId = "deleteWatch")
    public Response delete(@PathParam("id") String id) {
        watches.delete(id, caller());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/pause")
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Pause a watch: it matches nothing until resumed", operationId = "pauseWatch")
    public WatchView pause(@PathParam("id") String id) {
        return watches.pause(id, caller());
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Resume a paused watch", operationId = "resumeWatch")
    public WatchView resume(@PathParam("id") String id) {
        return watches.resume(id, caller());
    }

    @POST
    @Path("/{id}/ping")
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Send a signed test notice to the watch's webhook now", operationId = "pingWatch",
            description = "A notice of kind ping, signed and keyed like any other; the answer says how the attempt "
                    + "went (status DELIVERED, or PENDING with lastError and the next attempt). 409 without a "
                    + "webhookUrl.")
    public DeliveryView ping(@PathParam("id") String id) {
        return watches.ping(id, caller());
    }

    @GET
    @Path("/{id}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @RolesAllowed({Roles.READ, Roles.WRITE})
    @Operation(summary = "The watch's new notices as server-sent events", operationId = "streamWatchDeliveries",
            description = "From the moment of the request on, each new notice of the watch (match, retraction, ping) "
                    + "as one event whose data is the notice as in the delivery log, within "
                    + "sinoscope.watch.stream-interval of its writing. For a browser: EventSource cannot send the "
                    + "key header, so use fetch() and read the body.")
    public Multi<DeliveryView> stream(@PathParam("id") String id) {
        return watches.stream(id, caller(), config.streamInterval());
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.READ, Roles.WRITE})
    @Operation(summary = "The watch's notices and how their delivery went, newest first",
            operationId = "listWatchDeliveries",
            description = "Each with kind (match, retraction, ping), why it matched, status (PENDING, DELIVERED, "
                    + "DEAD: the watch's dead letter, RECORDED: no webhook), attempts, last error and times.")
    public Deliveries deliveries(@PathParam("id") String id,
            @Parameter(description = "most notices, 1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
            @QueryParam("limit") String limit,
            @Parameter(description = "nextBefore of the previous page: the notices older than it")
            @QueryParam("before") String before) {
        int size = Params.integer("limit", limit, DEFAULT_LIMIT);
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + size);
        }
        Long beforeId = null;
        if (Params.blankToNull(before) != null) {
            try {
                beforeId = Long.parseLong(before.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("before must be the nextBefore number of a previous page, was "
                        + before);
            }
        }
        List<DeliveryView> page = watches.deliveries(id, caller(), beforeId, size);
        return new Deliveries(id, page, page.size() < size ? null : page.get(page.size() - 1).id());
    }

    @GET
    @Path("/{id}/digest")
    @Produces({MediaType.APPLICATION_JSON, SearchResource.CSV})
    @RolesAllowed({Roles.READ, Roles.WRITE})
    @Operation(summary = "The watch's notices of one day (its digest), as JSON or CSV", operationId = "watchDigest",
            description = "The match, update (a new version of an article the watch was told of) and retraction "
                    + "notices written that day in tz, oldest first, each with the article as stored (title, outlet, "
                    + "region, publishedAt and publishedLocal; those go with a retracted article) and its delivery "
                    + "status. A watch with digest: daily is sent the same list of the day before, the next day at "
                    + "its digestTime. format=csv: a header row, RFC 4180 quoting, CRLF, UTF-8 with a byte-order "
                    + "mark.")
    public Response digest(@PathParam("id") String id,
            @Parameter(description = "the day, an ISO-8601 date such as 2026-03-04; default today in tz")
            @QueryParam("date") String date,
            @Parameter(description = "the zone the day is in: " + TimeParam.ZONE_FORMS
                    + "; default sinoscope.query.default-time-zone (Asia/Shanghai)")
            @QueryParam("tz") String tz,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        boolean csv = csv(format);
        DateFilters.Day day = dates.day(date, tz);
        Digest digest = watches.digest(id, caller(), day.date(), day.zone());
        if (!csv) {
            return Response.ok(digest, MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(WatchDigestTable.csv(digest), SearchResource.CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sinoscope-watch-digest-" + digest.date()
                        + ".csv\"").build();
    }

    /** Whether format asks for CSV: json when absent; anything else is a 400. */
    private static boolean csv(String format) {
        String value = Params.blankToNull(format);
        if (value == null || value.equalsIgnoreCase("json")) {
            return false;
        }
        if (value.equalsIgnoreCase("csv")) {
            return true;
        }
        throw ProblemException.badRequest("format must be json or csv, was " + format);
    }

    /** The body, its q checked as the search checks it (a 400 naming the position of a syntax error). */
    private WatchSpec checkedQuery(WatchSpec body) {
        if (body != null && Params.blankToNull(body.q()) != null) {
            QueryLimits.parse(body.q(), search.maxQueryChars(), search.maxQueryTerms());
        }
        return body;
    }

    private static <T> T compiled(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryLimits.tooComplex();
        }
    }

    private Caller caller() {
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(Roles.ADMIN));
    }
}
