package io.sinoscope.query.pipeline;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * ingest-service's statistics: articles by status, outbox backlog, rejections. Base URL and timeouts:
 * {@code quarkus.rest-client.ingest-stats.*}. Used through {@link ServiceStatistics}, which bounds the call and turns a
 * failure into a report.
 */
@RegisterRestClient(configKey = "ingest-stats")
@Path(IngestStatsClient.PATH)
@Produces(MediaType.APPLICATION_JSON)
public interface IngestStatsClient {

    String PATH = "/api/v1/stats";

    /** The raw answer: a status other than 200 is reported with its detail, not taken as a failure. */
    @GET
    Uni<Response> stats(@HeaderParam("X-Api-Key") String apiKey);
}
