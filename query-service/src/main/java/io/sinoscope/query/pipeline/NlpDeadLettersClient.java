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
 * nlp-service's dead-letter overview: what analysis could not handle. Base URL and timeouts:
 * {@code quarkus.rest-client.nlp-stats.*}. Used through {@link ServiceStatistics}, which bounds the call and turns a
 * failure into a report.
 */
@RegisterRestClient(configKey = "nlp-stats")
@Path(NlpDeadLettersClient.PATH)
@Produces(MediaType.APPLICATION_JSON)
public interface NlpDeadLettersClient {

    String PATH = "/api/v1/admin/dlq";

    /** The raw answer: a status other than 200 is reported with its detail, not taken as a failure. */
    @GET
    Uni<Response> deadLetters(@HeaderParam("X-Api-Key") String apiKey);
}
