package io.sinoscope.nlp.rest;

import io.sinoscope.nlp.service.ArticleEnricher;
import io.sinoscope.nlp.service.Enrichment;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/analyze")
@PermitAll // reads and stores nothing: open like a query (quarkus.security.jaxrs.deny-unannotated-endpoints)
@Tag(name = "analysis", description = "Synchronous analysis of a text, the same an ingested article gets")
public class AnalyzeResource {

    private final ArticleEnricher enricher;

    public AnalyzeResource(ArticleEnricher enricher) {
        this.enricher = enricher;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse a text: script, region, normalised text, linked entities, facts, keywords, "
            + "topics, summary", description = "publishedAt (optional, default now) is the reference for relative "
            + "dates such as 周二 or 上周.")
    public Enrichment analyze(@Valid @NotNull(message = "a JSON object with 'text' is required") AnalyzeRequest request) {
        return enricher.analyze(request.text(),
                request.publishedAt() == null ? Instant.now() : request.publishedAt().toInstant());
    }
}
