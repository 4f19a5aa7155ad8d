package io.sinoscope.query.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The other services' statistics for the pipeline page, each call bounded by a timeout (the annotation's value is
 * overridden by {@code quarkus.fault-tolerance."io.sinoscope.query.pipeline.ServiceStatistics".timeout.value}); a
 * service that refuses, fails or does not answer in time falls back to a report saying it is unreachable and why, so
 * one service down never fails the page. The caller's API key is passed on: the page shows what that key may see
 * there.
 */
@ApplicationScoped
@Timeout(2000)
public class ServiceStatistics {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @RestClient
    IngestStatsClient ingest;
    @Inject
    @RestClient
    NlpDeadLettersClient nlp;

    @ConfigProperty(name = "quarkus.rest-client.ingest-stats.url")
    URI ingestUrl;
    @ConfigProperty(name = "quarkus.rest-client.nlp-stats.url")
    URI nlpUrl;

    @Fallback(fallbackMethod = "ingestUnreachable")
    public Uni<ServiceReport> ingest(String apiKey) {
        return report(ingestStatsUrl(), ingest.stats(apiKey));
    }

    @Fallback(fallbackMethod = "deadLettersUnreachable")
    public Uni<ServiceReport> deadLetters(String apiKey) {
        return report(deadLettersUrl(), nlp.deadLetters(apiKey));
    }

    Uni<ServiceReport> ingestUnreachable(String apiKey, Throwable failure) {
        return Uni.createFrom().item(unreachable(ingestStatsUrl(), failure));
    }

    Uni<ServiceReport> deadLettersUnreachable(String apiKey, Throwable failure) {
        return Uni.createFrom().item(unreachable(deadLettersUrl(), failure));
    }

    private String ingestStatsUrl() {
        return ingestUrl.resolve(IngestStatsClient.PATH).toString();
    }

    private String deadLettersUrl() {
        return nlpUrl.resolve(NlpDeadLettersClient.PATH).toString();
    }

    /** An answer, whatever its status, is a report; only not getting one is a failure (and falls back). */
    private static Uni<ServiceReport> report(String url, Uni<Response> call) {
        return call.map(response -> answered(url, response))
                .onFailure(WebApplicationException.class)
                .recoverWithItem(e -> answered(url, ((WebApplicationException) e).getResponse()));
    }

    private static ServiceReport answered(String url, Response response) {
        JsonNode body;
        try {
            body = JSON.readTree(response.readEntity(String.class));
        } catch (Exception e) {
            return new ServiceReport(url, true, "answered " + response.getStatus() + " with a body that is not JSON",
                    null);
        }
        if (response.getStatus() != 200) {
            JsonNode detail = body == null ? null : body.get("detail");
            return new ServiceReport(url, true, "answered " + response.getStatus()
                    + (detail == null ? "" : ": " + detail.asText()), null);
        }
        return new ServiceReport(url, true, null, body);
    }

    private static ServiceReport unreachable(String url, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof ProcessingException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return new ServiceReport(url, false, "not reachable: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"), null);
    }
}
