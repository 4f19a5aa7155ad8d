package io.sinoscope.query.rest;

import io.sinoscope.query.service.ArticleService;
import io.sinoscope.query.service.ArticleView;
import io.sinoscope.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Enriched articles: text, entities, facts")
public class ArticleResource {

    @Inject
    ArticleService articles;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getArticle",
            summary = "The enriched article: original and normalised text, entities with mentions, facts, and "
            + "what cleaning removed (null when unknown)")
    public Uni<ArticleView> get(@PathParam("id") String id) {
        return articles.article(id).map(article -> {
            if (article == null) {
                throw ProblemException.notFound("No article with id " + id
                        + " (never received, retracted, or not yet analysed)");
            }
            return article;
        });
    }
}
