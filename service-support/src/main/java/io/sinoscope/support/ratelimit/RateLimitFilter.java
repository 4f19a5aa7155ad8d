package io.sinoscope.support.ratelimit;

import io.sinoscope.support.problem.ProblemException;
import io.sinoscope.support.security.ApiKeys;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits writes (POST, PUT, PATCH, DELETE under /api/) per client with a token bucket, and answers an excess with
 * 429 problem+json and {@code Retry-After}. A client is its API key, known by the client id {@link ApiKeys} derives
 * (never the key), or its address when it sent no valid key (open endpoints such as POST /api/v1/analyze). Requests
 * are counted, not articles: an NDJSON batch is one request.
 *
 * <ul>
 * <li>{@code sinoscope.security.rate-limit.enabled} (true)
 * <li>{@code sinoscope.security.rate-limit.requests-per-second} (500): the pace a client may keep up
 * <li>{@code sinoscope.security.rate-limit.burst} (1000): what it may send at once after a pause
 * <li>{@code sinoscope.security.rate-limit.max-clients} (10000): buckets kept; see {@link RateLimiter}
 * </ul>
 *
 * <p>Only a configured key gets a bucket of its own: invented keys count against their sender's address, so they cannot
 * mint fresh buckets. Behind a proxy, the client address is the proxy's
 * unless {@code quarkus.http.proxy.proxy-address-forwarding} is set.
 */
@Singleton
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final boolean enabled;
    private final double perSecond;
    private final int burst;
    private final RateLimiter limiter;
    private final ApiKeys keys;

    public RateLimitFilter(ApiKeys keys, @ConfigProperty(name = "sinoscope.security.rate-limit.enabled", defaultValue = "true")
            boolean enabled,
            @ConfigProperty(name = "sinoscope.security.rate-limit.requests-per-second", defaultValue = "500")
            double perSecond,
            @ConfigProperty(name = "sinoscope.security.rate-limit.burst", defaultValue = "1000") int burst,
            @ConfigProperty(name = "sinoscope.security.rate-limit.max-clients", defaultValue = "10000")
            int maxClients) {
        this.keys = keys;
        this.enabled = enabled;
        this.perSecond = perSecond;
        this.burst = burst;
        this.limiter = new RateLimiter(perSecond, burst, maxClients, System::nanoTime);
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.USER + 10)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!enabled || !WRITES.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String presented = ApiKeys.presentedKey(request.getHeaderString("X-Api-Key"),
                request.getHeaderString(HttpHeaders.AUTHORIZATION));
        String key = presented == null ? null : keys.clientIdOf(presented).orElse(null);
        String client = key != null ? "key:" + key : "address:" + address(http);
        RateLimiter.Decision decision = limiter.acquire(client);
        if (decision.allowed()) {
            return null;
        }
        int retryAfter = decision.retryAfterSeconds();
        LOG.debugf("429 for %s: over %s writes/s (burst %d)", client, perSecond, burst);
        String who = key != null ? "this API key" : "this client address (no API key sent)";
        return ProblemException.tooManyRequests(who + " sent writes faster than " + format(perSecond)
                + " per second (bursts up to " + burst + "); retry after " + retryAfter + " s (Retry-After). Requests "
                + "are counted, not articles: send many articles in one NDJSON batch instead of one request each.",
                retryAfter).toResponse();
    }

    private static String address(HttpServerRequest http) {
        SocketAddress remote = http == null ? null : http.remoteAddress();
        return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
    }

    private static String format(double perSecond) {
        return perSecond == Math.rint(perSecond) ? String.valueOf((long) perSecond) : String.valueOf(perSecond);
    }
}
