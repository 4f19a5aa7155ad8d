package io.sinoscope.nlp.rest;

import io.sinoscope.nlp.config.AnalyzeEndpointConfig;
import io.sinoscope.nlp.service.AnalysisPermits;
import io.sinoscope.nlp.service.ArticleEnricher;
import io.sinoscope.nlp.service.Enrichment;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import io.sinoscope.support.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/analyze")
@PermitAll // reads and stores nothing: open like a query (quarkus.security.jaxrs.deny-unannotated-endpoints)
@Tag(name = "analysis", description = "Synchronous analysis of a text, the same an ingested article gets")
public class AnalyzeResource {

    /** Seconds a refused caller is told to wait: one analysis of the largest text the endpoint takes. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final ArticleEnricher enricher;
    private final AnalysisPermits permits;
    private final AnalyzeEndpointConfig limits;

    public AnalyzeResource(ArticleEnricher enricher, AnalysisPermits permits, AnalyzeEndpointConfig limits) {
        this.enricher = enricher;
        this.permits = permits;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "analyzeText",
            summary = "Analyse a text: script, region, normalised text, linked entities, facts, keywords, "
            + "topics, summary", description = "publishedAt (optional, default now) is the reference for relative "
            + "dates such as 周二 or 上周.")
    @APIResponse(responseCode = "200", description = "The analysis",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Enrichment.class)))
    @APIResponse(responseCode = "413", description = "text longer than sinoscope.analyze.max-text-chars")
    @APIResponse(responseCode = "503", description = "sinoscope.analyze.max-concurrent analyses running; see Retry-After")
    public Enrichment analyze(@Valid @NotNull(message = "a JSON object with 'text' is required") AnalyzeRequest request) {
        int length = request.text().length();
        if (length > limits.maxTextChars()) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "text has " + length
                    + " characters, more than this synchronous endpoint analyses (sinoscope.analyze.max-text-chars = "
                    + limits.maxTextChars() + "); submit a longer article to ingest-service (POST /api/v1/articles), "
                    + "which analyses it asynchronously, and read the result from query-service");
        }
        try (AnalysisPermits.Permit permit = permits.tryAcquire().orElseThrow(() -> ProblemException.unavailable(
                permits.total() + " analyses are running, as many as this replica runs at once "
                        + "(sinoscope.analyze.max-concurrent); retry after " + RETRY_AFTER_SECONDS + " s (Retry-After)",
                RETRY_AFTER_SECONDS))) {
            return enricher.analyze(request.text(),
                    request.publishedAt() == null ? Instant.now() : request.publishedAt().toInstant());
        }
    }
}
