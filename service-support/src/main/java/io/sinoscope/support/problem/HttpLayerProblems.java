package io.sinoscope.support.problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Answers a request the HTTP layer refuses before any resource runs (no Host header, characters a URL may not hold,
 * an undecodable query string) with a problem+json instead of Quarkus's own error body. Vert.x answers a request it
 * cannot even parse (a request line or headers over the limits) before routing, with a bare status; that stays so.
 */
@ApplicationScoped
public class HttpLayerProblems {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    void answer(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400 || status >= 500 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        String reason = failure == null || failure.getMessage() == null ? "" : ": " + failure.getMessage();
        Problem problem = Problem.of(status, "the request could not be read" + reason
                + " (check that the URL is percent-encoded, and that the headers are well-formed and include Host)");
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Json.encode(problem));
    }
}
