package io.sinoscope.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WebhookReceiver} in its own JVM, started from the test classes, and what it recorded: the webhook end of
 * a watch that keeps running while the test kills the service that delivers to it.
 */
final class ReceiverProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One POST as the receiver recorded it: honoured, duplicate or refused; its Idempotency-Key; its JSON body. */
    record Receipt(String outcome, String idempotencyKey, JsonNode notice) {
    }

    private final Process process;
    private final int port;
    private final Path records;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ReceiverProcess(Process process, int port, Path records) {
        this.process = process;
        this.port = port;
        this.records = records;
    }

    /** Starts a receiver checking signatures with {@code secret} and answering each delivery after {@code delay}. */
    static ReceiverProcess start(String secret, Duration delay) throws IOException {
        Path logs = Path.of(System.getProperty("sinoscope.logs", "target/service-logs"));
        Files.createDirectories(logs);
        Path records = Files.createTempFile(logs, "webhook-receiver-", ".tsv");
        Path classes;
        try {
            classes = Path.of(WebhookReceiver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx64m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classes.toString(),
                WebhookReceiver.class.getName(), secret, records.toString(), Long.toString(delay.toMillis()))
                .redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve("webhook-receiver.log").toFile()))
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            if (first == null) {
                throw new IllegalStateException("the webhook receiver exited with " + process.waitFor()
                        + "; see " + logs.resolve("webhook-receiver.log"));
            }
            return new ReceiverProcess(process, Integer.parseInt(first.strip()), records);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The address to give a watch as its webhookUrl. */
    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    /** Deliveries received so far, and of them the ones not answered yet: {@code [received, in flight]}. */
    int[] state() {
        try {
            String[] parts = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/state"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body().split(" ");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every delivery received, in the order of receipt. */
    List<Receipt> receipts() throws IOException {
        List<Receipt> receipts = new ArrayList<>();
        for (String line : Files.readAllLines(records, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", 3);
            receipts.add(new Receipt(fields[0], fields[1], JSON.readTree(fields[2])));
        }
        return receipts;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
