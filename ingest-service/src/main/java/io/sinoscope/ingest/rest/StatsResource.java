package io.sinoscope.ingest.rest;

import io.sinoscope.ingest.service.StoredArticles;
import io.smallrye.mutiny.Uni;
import io.sinoscope.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stats")
@Tag(name = "operations", description = "What ingest holds and how far behind publication is")
public class StatsResource {

    private final StoredArticles articles;
    private final RejectionCounter rejections;

    public StatsResource(StoredArticles articles, RejectionCounter rejections) {
        this.articles = articles;
        this.rejections = rejections;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READ)
    @Operation(operationId = "getIngestStats",
            summary = "Counts by status, outbox backlog, and rejected submissions by reason")
    public Uni<IngestStats> stats() {
        return articles.counts().map(counts -> new IngestStats(counts.byStatus(), counts.outboxBacklog(),
                counts.oldestPendingSeconds(), rejections.byStatus()));
    }
}
