package io.sinoscope.system;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A watch's webhook receiver, run as its own process ({@link ReceiverProcess} starts it) so that it outlives the
 * query-service a test kills: JDK only, as a customer's receiver would be written from the README.
 *
 * <p>{@code java io.sinoscope.system.WebhookReceiver <secret> <record file> <answer delay ms>} listens on a free
 * loopback port and prints it as its first line. Each POST is checked as the README asks (the signature over
 * {@code "<t>.<body>"} with the secret, a timestamp within five minutes; otherwise 401) and recorded, before it is
 * answered, as one line {@code <outcome>\t<Idempotency-Key>\t<body>} of the record file: {@code honoured} the first
 * time a key arrives (the receiver processes it), {@code duplicate} after that (acknowledged, not processed again),
 * {@code refused} for a bad signature. It answers 200 only after the delay, so a sender killed meanwhile has had the
 * notice received and never heard the answer. {@code GET /state} answers {@code <received> <in flight>}.
 */
public final class WebhookReceiver {

    private static final long TOLERANCE_SECONDS = 300;

    private final String secret;
    private final BufferedWriter records;
    private final long delayMillis;
    private final Set<String> processed = new HashSet<>();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();

    private WebhookReceiver(String secret, BufferedWriter records, long delayMillis) {
        this.secret = secret;
        this.records = records;
        this.delayMillis = delayMillis;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: WebhookReceiver <secret> <record file> <answer delay ms>");
            System.exit(2);
        }
        BufferedWriter records = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        WebhookReceiver receiver = new WebhookReceiver(args[0], records, Long.parseLong(args[2]));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        // A thread per request: every delivery the relay sends at once waits out the delay at the same time.
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", receiver::hook);
        server.createContext("/state", receiver::state);
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
    }

    private void hook(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "");
                return;
            }
            inFlight.incrementAndGet();
            try {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String text = new String(body, StandardCharsets.UTF_8);
                String key = String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                boolean signed = verified(exchange.getRequestHeaders().getFirst("X-Sinoscope-Signature"), text);
                String outcome;
                synchronized (this) {
                    outcome = !signed ? "refused" : processed.add(key) ? "honoured" : "duplicate";
                    records.write(outcome + "\t" + key + "\t" + text.replace('\n', ' ') + "\n");
                    records.flush();
                }
                received.incrementAndGet();
                Thread.sleep(delayMillis);
                answer(exchange, signed ? 200 : 401, signed ? "ok" : "bad or stale signature");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        } finally {
            exchange.close();
        }
    }

    private void state(HttpExchange exchange) throws IOException {
        try {
            answer(exchange, 200, received.get() + " " + inFlight.get());
        } finally {
            exchange.close();
        }
    }

    /** The README's check: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, recent, constant time. */
    private boolean verified(String header, String body) {
        if (header == null) {
            return false;
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(parts.getOrDefault("t", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(System.currentTimeMillis() / 1000 - timestamp) > TOLERANCE_SECONDS || !parts.containsKey("v1")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII),
                    parts.get("v1").getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
