package io.sinoscope.ingest.rest;

import io.sinoscope.ingest.intake.ArticleSubmission;
import io.sinoscope.ingest.intake.ArticleIntake;
import io.sinoscope.ingest.intake.BatchIntake;
import io.sinoscope.ingest.intake.IntakeResult;
import io.sinoscope.ingest.intake.RawArticleReader;
import io.sinoscope.ingest.service.StoredArticle;
import io.sinoscope.ingest.service.StoredArticles;
import io.sinoscope.support.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import io.sinoscope.support.security.Roles;
import io.sinoscope.support.security.SourceGrant;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Tag(name = "articles", description = "Submit articles and follow their ingest status")
public class ArticleResource {

    static final String NDJSON = "application/x-ndjson";

    private final ArticleIntake intake;
    private final StoredArticles articles;
    private final RawArticleReader rawReader;
    private final BatchIntake batchIntake;
    private final SecurityIdentity caller;

    public ArticleResource(ArticleIntake intake, StoredArticles articles, RawArticleReader rawReader,
            BatchIntake batchIntake, SecurityIdentity caller) {
        this.caller = caller;
        this.intake = intake;
        this.articles = articles;
        this.rawReader = rawReader;
        this.batchIntake = batchIntake;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Submit an article as JSON",
            operationId = "submitArticle",
            description = "Stores the article before answering: a 202 is never followed by a loss. The same source "
                    + "and externalId always map to the same id; resubmitting identical content changes nothing.")
    @APIResponse(responseCode = "202", description = "Stored; it will be analysed and indexed shortly")
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields (problem+json)")
    @APIResponse(responseCode = "403", description = "The key does not own this source (problem+json)")
    public Uni<Response> submit(@Valid @NotNull(message = "a JSON article object is required") ArticleSubmission submission,
            @Context UriInfo uri) {
        SourceGrant.of(caller).require(submission.source().strip(), "submit articles for");
        return intake.accept(submission).map(result -> accepted(result, uri));
    }

    private static Response accepted(IntakeResult result, UriInfo uri) {
        return Response.accepted(IngestReceipt.of(result))
                .location(uri.getBaseUriBuilder().path("api/v1/articles").path(result.id()).build())
                .build();
    }

    @POST
    @Path("raw")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Submit the bytes of a .txt or .html file in any encoding",
            operationId = "submitRawArticle",
            description = "The charset comes from Content-Type when given, else from a byte-order mark or the page's "
                    + "meta charset, else it is detected (Big5 is decoded as Big5-HKSCS, GB2312/GBK as GB18030). "
                    + "Bytes that do not decode are refused with 422, never stored as mojibake. A text/html "
                    + "Content-Type, or a body that starts like a page, is treated as HTML.")
    @APIResponse(responseCode = "202", description = "Stored; see GET /api/v1/articles/{id} for the detected charset")
    @APIResponse(responseCode = "422", description = "Undecodable bytes or unknown charset (problem+json)")
    public Uni<Response> submitRaw(
            @QueryParam("source") @NotBlank(message = "source is required: name the outlet or feed") String source,
            @QueryParam("externalId") String externalId,
            @QueryParam("url") String url,
            @QueryParam("title") String title,
            @QueryParam("publishedAt") String publishedAt,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body,
            @Context UriInfo uri) {
        SourceGrant.of(caller).require(source.strip(), "submit articles for");
        RawArticleReader.RawArticle raw = rawReader.read(body == null ? new byte[0] : body, contentType,
                new RawArticleReader.Metadata(source, externalId, url, title, publishedAt));
        return intake.accept(raw.submission(), raw.encoding()).map(result -> accepted(result, uri));
    }

    @POST
    @Path("batch")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Submit many articles as NDJSON, one JSON article object a line",
            operationId = "submitArticleBatch",
            description = "Streamed both ways: each input line gets one result line as soon as it is stored, "
                    + "{\"line\",\"id\",\"status\",\"duplicateOf\"} or {\"line\",\"status\":\"ERROR\","
                    + "\"error\":{\"status\",\"detail\"}}. A bad line does not fail the others; a line for a "
                    + "source the key does not own gets a 403 result line.")
    public StreamingOutput submitBatch(InputStream ndjson) {
        SourceGrant grant = SourceGrant.of(caller);
        return results -> batchIntake.process(ndjson, results, grant);
    }

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.WRITE)
    @Operation(summary = "Retract an article",
            operationId = "retractArticle",
            description = "Publishes a retraction that removes the article from search. Idempotent. A write key "
                    + "retracts only articles of the sources it owns; an admin key any.")
    @APIResponse(responseCode = "202", description = "Retraction queued")
    @APIResponse(responseCode = "403", description = "The key does not own the article's source (problem+json)")
    @APIResponse(responseCode = "404", description = "No article with this id (problem+json)")
    public Uni<Response> retract(@PathParam("id") String id) {
        return intake.retract(id, SourceGrant.of(caller)).map(result -> Response.accepted(IngestReceipt.of(result)).build());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getArticleStatus",
            summary = "Ingest status, cleaned text and what cleaning removed")
    @APIResponse(responseCode = "200", description = "The article as ingest holds it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StoredArticle.class)))
    @APIResponse(responseCode = "404", description = "No article with this id (problem+json)")
    public Uni<StoredArticle> get(@PathParam("id") String id) {
        return articles.find(id).map(found -> found.orElseThrow(
                () -> ProblemException.notFound("no article with id " + id
                        + "; ids are returned by POST /api/v1/articles")));
    }
}
