package io.sinoscope.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.localstack.PostgresServer;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, findings 5 and 7, against the packaged ingest-service as its own process: concurrent identical
 * submissions are one article, and a chunked body over the limit is a 413 problem+json, not read to its end.
 */
class IngestRobustnessIT {

    private static final String KEY = "system-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ServiceProcess ingest;

    @BeforeAll
    static void startIngest() throws Exception {
        String[] postgres = SharedTestStack.postgresUrls();
        ingest = ServiceProcess.start("ingest-service", Map.of(
                "kafka.bootstrap.servers", SharedTestStack.kafkaBootstrapServers(),
                "sinoscope.security.api-keys", KEY,
                "quarkus.datasource.jdbc.url", postgres[0],
                "quarkus.datasource.reactive.url", postgres[1],
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", ""));
        ingest.awaitReady(RunningSystem.START_TIMEOUT);
    }

    @AfterAll
    static void stopIngest() throws InterruptedException {
        if (ingest != null) {
            ingest.close();
        }
    }

    @Test
    void tenConcurrentIdenticalSubmissionsGetOneId() throws Exception {
        String article = "{\"source\":\"system-concurrent\",\"text\":\"菲律宾央行宣布维持基准利率不变，并表示将密切关注通胀走势。编号"
                + UUID.randomUUID() + "\"}";
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService threads = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(ingest.baseUri() + "/api/v1/articles"))
                        .header("X-Api-Key", KEY).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(article)).build();
                sent.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return http.send(request, HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, threads));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (CompletableFuture<HttpResponse<String>> answer : sent) {
                HttpResponse<String> response = answer.get();
                assertEquals(202, response.statusCode(), response.body());
                ids.add(JSON.readTree(response.body()).get("id").asText());
            }
            assertEquals(1, ids.size(), "one article, one id: " + ids);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemNamingTheLimit() throws Exception {
        long limit = 8L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", ingest.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/articles/raw?source=system-chunked HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Api-Key: " + KEY + "\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                // Up to 64 MB: far past the limit; the server answers and closes once it passed it.
                for (long sent = 0; sent < 8 * limit; sent += chunk.length) {
                    out.write(head);
                    out.write(chunk);
                    out.write(new byte[] {'\r', '\n'});
                }
            } catch (IOException closedUnderTheWriter) {
                // expected: the connection is closed once the 413 is out
            }
            RawHttp.Response response = read(socket.getInputStream());

            assertEquals(413, response.status(), response.bodyText());
            assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
            assertTrue(response.bodyText().contains("the limit is " + limit + " bytes"), response.bodyText());
        }
    }

    private static RawHttp.Response read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
                RawHttp.Response complete = RawHttp.parse(received.toByteArray(), false);
                if (complete != null) {
                    return complete;
                }
            }
        } catch (IOException reset) {
            // what arrived before it is parsed below
        }
        RawHttp.Response atEof = RawHttp.parse(received.toByteArray(), true);
        if (atEof == null) {
            throw new IOException("no response: " + received.toString(StandardCharsets.UTF_8));
        }
        return atEof;
    }
}
