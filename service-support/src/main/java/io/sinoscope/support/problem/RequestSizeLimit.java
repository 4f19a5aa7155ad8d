package io.sinoscope.support.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers a body larger than the limit with a 413 problem+json naming the limit. Vert.x would otherwise answer with
 * an empty 413 the client cannot explain, and not at all for a chunked body: neither Quarkus's
 * {@code quarkus.http.limits.max-body-size} (which checks only Content-Length) nor quarkus-rest (which buffers, then
 * streams, whatever arrives) counts the bytes of a body without Content-Length.
 *
 * <p>A declared Content-Length over the limit is refused before any of the body is read. A chunked body is read here,
 * counting its bytes, and handed on whole to the resource (the entity stream is replaced before matching) only when
 * it ended within the limit; the moment it passes the limit the 413 is sent and the connection closed, so at most the
 * limit (plus one chunk) is ever held.
 *
 * <p>The limit is {@code sinoscope.http.max-body-size}, or {@code quarkus.http.limits.max-body-size} when unset.
 * Paths in {@code sinoscope.http.streaming-paths} (bodies read as a stream, such as NDJSON batches) are held only
 * to the Quarkus limit, which a service with such paths raises accordingly, and their readers bound what they hold.
 */
@ApplicationScoped
public class RequestSizeLimit {

    /**
     * How long a refused chunked upload is still read (and dropped) before the connection closes: closing with the
     * client's bytes unread would make the kernel reset the connection, and the client could lose the 413 with it.
     */
    private static final long LINGER_MILLIS = 2_000;
    /** Where a chunked body read here waits for {@link #handOver}. */
    private static final String READ_BODY = RequestSizeLimit.class.getName() + ".body";

    private final long maxBytes;
    private final List<String> streamingPaths;
    private final Vertx vertx;

    public RequestSizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize transportLimit,
            @ConfigProperty(name = "sinoscope.http.max-body-size") Optional<MemorySize> requestLimit,
            @ConfigProperty(name = "sinoscope.http.streaming-paths") Optional<List<String>> streamingPaths,
            Vertx vertx) {
        this.maxBytes = requestLimit.orElse(transportLimit).asLongValue();
        this.streamingPaths = streamingPaths.orElse(List.of());
        this.vertx = vertx;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    void check(RoutingContext ctx) {
        if (streamingPaths.contains(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        long declared = declaredLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared > maxBytes) {
            refuse(ctx, "the request body has " + declared + " bytes");
        } else if (declared < 0 && request.getHeader("Transfer-Encoding") != null && !request.isEnded()) {
            readCounting(ctx);
        } else {
            ctx.next();
        }
    }

    /** Reads a body of unknown length, refusing it as soon as it passes the limit. */
    private void readCounting(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > maxBytes) {
                refused[0] = true;
                refuse(ctx, "the request body (sent in chunks, without Content-Length) passed " + maxBytes + " bytes");
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.endHandler(ended -> {
            if (!refused[0]) {
                ctx.put(READ_BODY, body);
                // As Vert.x's BodyHandler leaves it, so that a route with one uses this body instead of waiting for
                // a request that has already ended.
                ctx.setBody(body);
                if (ctx instanceof RoutingContextInternal internal) {
                    internal.visitHandler(RoutingContextInternal.BODY_HANDLER);
                }
                ctx.next();
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            // The client waits for this before it sends the body (curl: a second, then it sends anyway).
            ctx.response().writeContinue();
        }
        request.resume();
    }

    /**
     * Gives the resource the chunked body read above: the request has ended, so quarkus-rest would otherwise read an
     * empty one. Runs before every other filter, so each sees the request as the client sent it.
     */
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 1000)
    public void handOver(ContainerRequestContext request, RoutingContext routing) {
        Buffer body = routing.get(READ_BODY);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
    }

    private void refuse(RoutingContext ctx, String what) {
        Problem problem = Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, what + "; the limit is " + maxBytes
                + " bytes: split batches into smaller requests or send the article text without markup");
        if (ctx.response().headWritten()) {
            ctx.request().connection().close();
            return;
        }
        boolean bodyPending = !ctx.request().isEnded();
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(Json.encode(problem)).onComplete(sent -> {
                    if (bodyPending) {
                        vertx.setTimer(LINGER_MILLIS, t -> ctx.request().connection().close());
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
