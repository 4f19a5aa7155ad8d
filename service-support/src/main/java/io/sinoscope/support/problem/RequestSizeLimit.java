package io.sinoscope.support.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body larger than the limit with a 413 problem+json naming the limit, before any of it is read. Vert.x
 * would otherwise answer with an empty 413 the client cannot explain.
 *
 * <p>The limit is {@code sinoscope.http.max-body-size}, or {@code quarkus.http.limits.max-body-size} when unset.
 * Paths in {@code sinoscope.http.streaming-paths} (bodies read as a stream, such as NDJSON batches) are held only
 * to the Quarkus limit, which a service with such paths raises accordingly.
 */
@ApplicationScoped
public class RequestSizeLimit {

    private final long maxBytes;
    private final List<String> streamingPaths;

    public RequestSizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize transportLimit,
            @ConfigProperty(name = "sinoscope.http.max-body-size") Optional<MemorySize> requestLimit,
            @ConfigProperty(name = "sinoscope.http.streaming-paths") Optional<List<String>> streamingPaths) {
        this.maxBytes = requestLimit.orElse(transportLimit).asLongValue();
        this.streamingPaths = streamingPaths.orElse(List.of());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            long declared = declaredLength(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
            if (declared > maxBytes && !streamingPaths.contains(ctx.normalizedPath())) {
                Problem problem = Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "the request body has "
                        + declared + " bytes; the limit is " + maxBytes
                        + " bytes: split batches into smaller requests or send the article text without markup");
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(Json.encode(problem));
            } else {
                ctx.next();
            }
        });
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
