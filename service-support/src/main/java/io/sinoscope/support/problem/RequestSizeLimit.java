package io.sinoscope.support.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a body larger than {@code quarkus.http.limits.max-body-size} with a 413 problem+json naming the limit,
 * before any of it is read. Vert.x would otherwise answer with an empty 413 the client cannot explain.
 */
@ApplicationScoped
public class RequestSizeLimit {

    private final long maxBytes;

    public RequestSizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            long declared = declaredLength(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
            if (declared > maxBytes) {
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
