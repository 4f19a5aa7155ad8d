package io.sinoscope.query.service;

import io.sinoscope.query.config.WatchConfig;
import io.sinoscope.query.service.WebhookTargets.Resolution;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * POSTs one webhook delivery to the address the SSRF guard checked. The host is resolved once per send
 * ({@link WebhookTargets#resolve}); if every address it gave may be called, the connection goes to the first of them
 * (Vert.x's {@link RequestOptions#setServer}: no second lookup, so a DNS-rebinding name cannot answer the check with a
 * public address and the connection with 127.0.0.1 or 169.254.169.254), while the request keeps the URL's host for
 * the {@code Host} header and, over https, for TLS server name indication and certificate (host name) verification.
 * Redirects are never followed; the whole exchange, connecting included, is bounded by
 * {@code sinoscope.watch.delivery.timeout}.
 */
@ApplicationScoped
public class WebhookSender {

    private final WebhookTargets targets;
    private final HttpClient http;
    private final Duration timeout;

    /** The receiver's answer: any status, with its body. */
    public record Answer(int status, String body) {
    }

    /** The target may not be called now (the guard's reason); nothing was sent. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    @Inject
    public WebhookSender(WebhookTargets targets, Vertx vertx, WatchConfig config) {
        this(targets, vertx, options(config.delivery().timeout(), config.delivery().batchSize()),
                config.delivery().timeout());
    }

    WebhookSender(WebhookTargets targets, Vertx vertx, HttpClientOptions options, Duration timeout) {
        this.targets = targets;
        this.http = vertx.createHttpClient(options);
        this.timeout = timeout;
    }

    /**
     * The client's options: a connection per concurrent send of a round (the JDK client the relay used before opened
     * as many), keep-alive to the same checked address, host names verified against the certificate.
     */
    static HttpClientOptions options(Duration timeout, int concurrentSends) {
        return new HttpClientOptions().setMaxPoolSize(Math.max(1, concurrentSends))
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .setKeepAlive(true).setVerifyHost(true);
    }

    /**
     * Resolves the URL's host, checks it and POSTs the body with these headers to the checked address. Completes with
     * the receiver's answer, or exceptionally: {@link Refused} (nothing was sent), a {@link TimeoutException} past the
     * timeout, or the connection's error.
     */
    public CompletableFuture<Answer> post(URI url, Map<String, String> headers, String body) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return CompletableFuture.failedFuture(new Refused("scheme " + scheme + " is not http or https"));
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            return CompletableFuture.failedFuture(new Refused("the URL has no host"));
        }
        Resolution resolution = targets.resolve(url.getHost());
        if (resolution.refused()) {
            return CompletableFuture.failedFuture(new Refused(resolution.refusal()));
        }
        boolean tls = scheme.equals("https");
        int port = url.getPort() != -1 ? url.getPort() : tls ? 443 : 80;
        long millis = timeout.toMillis();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(literal(resolution.address()), port)))
                .setHost(url.getHost()).setPort(port).setSsl(tls).setURI(pathAndQuery(url))
                .setFollowRedirects(false).setConnectTimeout(millis).setIdleTimeout(millis);
        headers.forEach(request::putHeader);

        CompletableFuture<Answer> answer = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        http.request(request)
                .compose(r -> {
                    sent.set(r);
                    return r.send(body);
                })
                .compose(response -> response.body().map(buffer -> new Answer(response.statusCode(),
                        buffer.toString(StandardCharsets.UTF_8))))
                .onComplete(done -> {
                    if (done.succeeded()) {
                        answer.complete(done.result());
                    } else {
                        answer.completeExceptionally(done.cause());
                    }
                });
        CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS).execute(() -> {
            if (answer.completeExceptionally(new TimeoutException("no answer within " + timeout))) {
                HttpClientRequest open = sent.get();
                if (open != null) {
                    open.reset();
                }
            }
        });
        return answer;
    }

    /**
     * The checked address without the host name the lookup attached to it: the connection is given bytes only, so no
     * client can take the name and resolve it again.
     */
    static InetAddress literal(InetAddress address) {
        try {
            return InetAddress.getByAddress(address.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("an address of " + address.getAddress().length + " bytes", e);
        }
    }

    /** The request target: the URL's raw path ("/" if none) and query, without the fragment. */
    static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
