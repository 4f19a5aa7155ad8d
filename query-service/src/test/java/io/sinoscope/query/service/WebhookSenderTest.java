package io.sinoscope.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.PfxOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pinned webhook connection against real receivers on this machine, with only the name lookup scripted
 * ({@link RebindingHostLookup}): two receivers listen on one port at 127.0.0.1 and 127.0.0.2, so where a request lands
 * shows which address was connected to. The names are under .test (RFC 6761), which no real name server answers: a
 * client that looked the name up again itself could not connect at all.
 */
class WebhookSenderTest {

    /** Generous for a busy machine; only the never-answering receiver is meant to reach its own, short, timeout. */
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json",
            "Idempotency-Key", "w:a:1:match");

    /** One request as a receiver saw it. */
    record Seen(String receiver, String host, String target, String body, String serverName) {
    }

    private static final List<Seen> SEEN = new CopyOnWriteArrayList<>();
    private static final ExecutorService RECEIVER_THREADS = Executors.newCachedThreadPool();
    private static Vertx vertx;
    private static HttpServer first;
    private static HttpServer second;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        vertx = Vertx.vertx();
        // The second receiver takes the first's port on the other loopback address (retried if that one is taken).
        for (int attempt = 0; second == null; attempt++) {
            first = receiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0), "127.0.0.1");
            port = first.getAddress().getPort();
            try {
                second = receiver(HttpServer.create(new InetSocketAddress("127.0.0.2", port), 0), "127.0.0.2");
            } catch (IOException taken) {
                first.stop(0);
                if (attempt == 5) {
                    throw taken;
                }
            }
        }
    }

    private static <S extends HttpServer> S receiver(S server, String name) {
        // Handlers on their own threads: the server's dispatcher keeps accepting while one answers.
        server.setExecutor(RECEIVER_THREADS);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String serverName = exchange instanceof HttpsExchange tls
                    && tls.getSSLSession() instanceof ExtendedSSLSession session
                    ? session.getRequestedServerNames().stream().map(n -> ((SNIHostName) n).getAsciiName())
                    .findFirst().orElse("") : null;
            SEEN.add(new Seen(name, exchange.getRequestHeaders().getFirst("Host"),
                    exchange.getRequestURI().toString(), body, serverName));
            if (exchange.getRequestURI().getPath().equals("/moved")) {
                exchange.getResponseHeaders().add("Location", "/elsewhere");
                exchange.sendResponseHeaders(302, -1);
            } else {
                byte[] answer = ("got it at " + name).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        first.stop(0);
        second.stop(0);
        vertx.close();
        RECEIVER_THREADS.shutdownNow();
    }

    private static WebhookSender sender(boolean allowPrivate, HostLookup names) {
        return sender(allowPrivate, names, WebhookSender.options(TIMEOUT, 4), TIMEOUT);
    }

    private static WebhookSender sender(boolean allowPrivate, HostLookup names, HttpClientOptions options,
                                        Duration timeout) {
        return new WebhookSender(new WebhookTargets(allowPrivate, names), vertx, options, timeout);
    }

    private static List<Seen> seen(String target) {
        return SEEN.stream().filter(s -> s.target().equals(target)).toList();
    }

    private static Throwable failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, future::get);
        return e.getCause();
    }

    @Test
    void eachSendConnectsToTheAddressItsOwnLookupCheckedAndKeepsTheUrlsHost() throws Exception {
        String host = "hook.rebind.test";
        RebindingHostLookup names = new RebindingHostLookup().then(host, "127.0.0.2").then(host, "127.0.0.1");
        WebhookSender sender = sender(true, names);
        URI url = URI.create("http://" + host + ":" + port + "/pinned?watch=w");

        WebhookSender.Answer answer = sender.post(url, HEADERS, "{\"n\":1}").get();
        assertEquals(200, answer.status());
        assertEquals("got it at 127.0.0.2", answer.body());
        assertEquals(List.of(new Seen("127.0.0.2", host + ":" + port, "/pinned?watch=w", "{\"n\":1}", null)),
                seen("/pinned?watch=w"));
        assertEquals(1, names.lookups(host), "one lookup per send: the check's");

        // The name now answers the other address: the next send goes there, the first receiver sees nothing more.
        assertEquals("got it at 127.0.0.1", sender.post(url, HEADERS, "{\"n\":2}").get().body());
        assertEquals(List.of("127.0.0.2", "127.0.0.1"), seen("/pinned?watch=w").stream().map(Seen::receiver).toList());
        assertEquals(2, names.lookups(host));
    }

    @Test
    void aRebindingAnswerAtSendTimeIsRefusedAndNothingIsSent() throws Exception {
        String host = "rebind.test";
        // Public (TEST-NET-3) when the watch is created; loopback, then the cloud metadata address, when sent.
        RebindingHostLookup names = new RebindingHostLookup().then(host, "203.0.113.7").then(host, "127.0.0.1")
                .then(host, "169.254.169.254");
        WebhookTargets targets = new WebhookTargets(false, names);
        String url = "http://" + host + ":" + port + "/rebound";
        assertEquals(URI.create(url), targets.checked(url));
        WebhookSender sender = new WebhookSender(targets, vertx, WebhookSender.options(TIMEOUT, 4), TIMEOUT);

        Throwable loopback = failure(sender.post(URI.create(url), HEADERS, "{}"));
        assertInstanceOf(WebhookSender.Refused.class, loopback);
        assertTrue(loopback.getMessage().contains("resolves to 127.0.0.1, a loopback address"), loopback.getMessage());
        Throwable metadata = failure(sender.post(URI.create(url), HEADERS, "{}"));
        assertTrue(metadata.getMessage().contains("resolves to 169.254.169.254, a link-local address"),
                metadata.getMessage());
        assertEquals(List.of(), seen("/rebound"), "nothing reached the receivers");
        assertEquals(3, names.lookups(host));
    }

    @Test
    void oneRestrictedAddressAmongSeveralRefusesTheHost() throws Exception {
        String host = "mixed.rebind.test";
        RebindingHostLookup names = new RebindingHostLookup().then(host, "203.0.113.7", "127.0.0.1");
        Throwable refused = failure(sender(false, names).post(URI.create("http://" + host + ":" + port + "/mixed"),
                HEADERS, "{}"));
        assertInstanceOf(WebhookSender.Refused.class, refused);
        assertTrue(refused.getMessage().contains("127.0.0.1, a loopback"), refused.getMessage());
        assertEquals(List.of(), seen("/mixed"));
    }

    @Test
    void aRedirectIsAnsweredAsItCameNotFollowed() throws Exception {
        String host = "moved.rebind.test";
        WebhookSender.Answer answer = sender(true, new RebindingHostLookup().then(host, "127.0.0.1"))
                .post(URI.create("http://" + host + ":" + port + "/moved"), HEADERS, "{}").get();
        assertEquals(302, answer.status());
        assertEquals(1, seen("/moved").size());
        assertEquals(List.of(), seen("/elsewhere"));
    }

    @Test
    void aReceiverThatNeverAnswersIsATimeout() throws Exception {
        CompletableFuture<Socket> accepted;
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            accepted = CompletableFuture.supplyAsync(() -> {
                try {
                    return silent.accept();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            String host = "silent.rebind.test";
            // Long enough for a cold client to connect on a busy machine, so the receiver accepts and stays silent.
            Duration timeout = Duration.ofSeconds(2);
            Throwable failure = failure(sender(true, new RebindingHostLookup().then(host, "127.0.0.1"),
                    WebhookSender.options(timeout, 1), timeout)
                    .post(URI.create("http://" + host + ":" + silent.getLocalPort() + "/"), HEADERS, "{}"));
            assertInstanceOf(TimeoutException.class, failure);
        }
        // Closing the listener ends a pending accept (the client may have given up before it connected); a socket
        // that was accepted is closed. Nothing here waits on the client.
        accepted.handle((socket, error) -> {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // the test is over; the socket was only held open to stay silent
                }
            }
            return null;
        });
    }

    /**
     * Over https the pinned connection still presents the URL's host: the receiver's certificate names only
     * tls.rebind.test (no IP address), the request arrives with that server name, and a URL naming another host on the
     * same address fails the certificate check.
     */
    @Test
    void overHttpsTheUrlsHostIsTheServerNameAndIsVerified(@TempDir Path dir) throws Exception {
        String host = "tls.rebind.test";
        Path keys = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + host, "-ext", "san=dns:" + host, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keys.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output;
        try (InputStream out = keytool.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(0, keytool.waitFor(), output);

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keys)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        receiver(server, "tls");
        try {
            int tlsPort = server.getAddress().getPort();
            HttpClientOptions options = WebhookSender.options(TIMEOUT, 4)
                    .setTrustOptions(new PfxOptions().setPath(keys.toString()).setPassword("changeit"));
            RebindingHostLookup names = new RebindingHostLookup().then(host, "127.0.0.1")
                    .then("other.rebind.test", "127.0.0.1");
            WebhookSender sender = sender(true, names, options, TIMEOUT);

            WebhookSender.Answer answer = sender.post(URI.create("https://" + host + ":" + tlsPort + "/tls"), HEADERS,
                    "{}").get();
            assertEquals(200, answer.status());
            assertEquals(List.of(new Seen("tls", host + ":" + tlsPort, "/tls", "{}", host)), seen("/tls"));

            Throwable mismatch = failure(sender.post(URI.create("https://other.rebind.test:" + tlsPort + "/tls-other"),
                    HEADERS, "{}"));
            assertInstanceOf(SSLHandshakeException.class, mismatch);
            StringBuilder chain = new StringBuilder();
            for (Throwable cause = mismatch; cause != null; cause = cause.getCause()) {
                chain.append(cause).append(" / ");
            }
            assertTrue(chain.toString().contains("other.rebind.test"), chain.toString());
            assertEquals(List.of(), seen("/tls-other"));
        } finally {
            server.stop(0);
        }
    }
}
