package io.sinoscope.ingest.rest;

import io.sinoscope.ingest.repository.ArticleRepository;
import io.sinoscope.ingest.service.ArticleIntake;
import io.sinoscope.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Tag(name = "articles", description = "Submit articles and follow their ingest status")
public class ArticleResource {

    private final ArticleIntake intake;
    private final ArticleRepository articles;

    public ArticleResource(ArticleIntake intake, ArticleRepository articles) {
        this.intake = intake;
        this.articles = articles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit an article as JSON",
            description = "Stores the article before answering: a 202 is never followed by a loss. The same source "
                    + "and externalId always map to the same id; resubmitting identical content changes nothing.")
    @APIResponse(responseCode = "202", description = "Stored; it will be analysed and indexed shortly")
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields (problem+json)")
    public Uni<Response> submit(@Valid @NotNull(message = "a JSON article object is required") ArticleSubmission submission,
            @Context UriInfo uri) {
        return intake.accept(submission).map(result -> Response.accepted(IngestReceipt.of(result))
                .location(uri.getBaseUriBuilder().path("api/v1/articles").path(result.article().id).build())
                .build());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    @Operation(summary = "Ingest status, cleaned text and what cleaning removed")
    @APIResponse(responseCode = "404", description = "No article with this id (problem+json)")
    public Uni<ArticleStatusView> get(@PathParam("id") String id) {
        return articles.findById(id).map(article -> {
            if (article == null) {
                throw ProblemException.notFound("no article with id " + id
                        + "; ids are returned by POST /api/v1/articles");
            }
            return ArticleStatusView.of(article);
        });
    }
}
