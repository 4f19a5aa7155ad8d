package io.sinoscope.query.rest;

import io.sinoscope.query.pipeline.PipelineStatus;
import io.sinoscope.support.security.ApiKeys;
import io.sinoscope.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pipeline at a glance, for operators (the read role). The caller's key is passed on to ingest-service and
 * nlp-service, whose statistics need the read role there too.
 */
@Path("/api/v1/admin/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operations", description = "Index rebuilds, reconciliation, dead letters, the pipeline and jobs")
public class PipelineResource {

    @Inject
    PipelineStatus status;

    @GET
    @RolesAllowed(Roles.READ)
    @Operation(summary = "Counts per stage, consumer backlog, dead letters",
            operationId = "getPipelineStatus",
            description = "ingest-service's stats (articles by status, outbox backlog, rejections), nlp-service's "
                    + "dead-letter overview, the lag of the analysis and search consumer groups, and what this "
                    + "replica stores and indexes. A service that cannot be reached is reported as such; the answer "
                    + "is still 200.")
    public PipelineStatus.Report pipeline(@HeaderParam("X-Api-Key") String apiKey,
                                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization)
            throws InterruptedException {
        return status.report(ApiKeys.presentedKey(apiKey, authorization));
    }
}
