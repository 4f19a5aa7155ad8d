package io.sinoscope.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.ingest.IngestApi;
import io.sinoscope.ingest.IngestTestDatabase;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, finding 5: the 8 MB limit checked only Content-Length, so a chunked body was read whatever its size, and
 * an NDJSON line was read whole before its length was checked. Over a plain socket, chunk by chunk, as a client that
 * never declares a length sends it.
 */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class BodyLimitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** sinoscope.http.max-body-size in application.properties. */
    private static final long LIMIT = 8L * 1024 * 1024;

    @TestHTTPResource("/")
    URI server;

    @Test
    void aChunkedBodyOverTheLimitIsA413ProblemNamingTheLimit() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/api/v1/articles", "application/json"));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            long sent = 0;
            // Up to twice the limit; the server answers (and closes) once it passed the limit.
            try {
                out.write(chunk("{\"source\":\"s\",\"text\":\"".getBytes(StandardCharsets.UTF_8)));
                while (sent < 2 * LIMIT) {
                    out.write(chunk(chunk));
                    sent += chunk.length;
                }
            } catch (IOException closedUnderTheWriter) {
                // expected once the 413 is sent
            }
            String response = readResponse(socket.getInputStream());

            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
            assertTrue(response.contains("the limit is " + LIMIT + " bytes"), response);
        }
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsBefore() throws Exception {
        String marker = UUID.randomUUID().toString();
        String article = "{\"source\":\"chunked\",\"text\":\"新加坡金融管理局宣布维持货币政策不变，并下调全年通胀预测。编号" + marker + "\"}";
        byte[] body = article.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/api/v1/articles", "application/json"));
            // In three chunks, cut inside a character: the body is put together before it is decoded.
            out.write(chunk(Arrays.copyOfRange(body, 0, 40)));
            out.write(chunk(Arrays.copyOfRange(body, 40, 81)));
            out.write(chunk(Arrays.copyOfRange(body, 81, body.length)));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readResponse(socket.getInputStream());

            assertTrue(response.startsWith("HTTP/1.1 202"), response);
        }
        assertEquals(1, IngestTestDatabase.countArticles("text LIKE ?", "%" + marker + "%"));
    }

    @Test
    void aChunkedBodyAfterExpectContinueIsAskedForAndRead() throws Exception {
        String marker = UUID.randomUUID().toString();
        byte[] body = ("{\"source\":\"chunked-continue\",\"text\":\"越南国家银行宣布下调再融资利率五十个基点，以支持经济增长。编号"
                + marker + "\"}").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            String head = new String(head("/api/v1/articles", "application/json"), StandardCharsets.US_ASCII);
            out.write(head.replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The body is read by RequestSizeLimit, so it must ask for it, as a client waits to be asked.
            String interim = readUntil(socket.getInputStream(), "\r\n\r\n");
            assertTrue(interim.startsWith("HTTP/1.1 100"), interim);
            out.write(chunk(body));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readResponse(socket.getInputStream());

            assertTrue(response.startsWith("HTTP/1.1 202"), response);
        }
        assertEquals(1, IngestTestDatabase.countArticles("text LIKE ?", "%" + marker + "%"));
    }

    @Test
    void anNdjsonLineOverTheLimitIsRefusedBeforeItEnds() throws Exception {
        String marker = UUID.randomUUID().toString();
        // Each text long enough to be more than the marker they share: two short texts that were mostly the same
        // marker read as a repost of each other by the near-duplicate rule, half the time.
        String first = "{\"source\":\"long-line\",\"text\":\"泰国央行宣布将基准利率下调二十五个基点，这是该行今年第二次降息，"
                + "市场普遍预期出口放缓将促使其进一步放宽货币政策。编号" + marker + "-1\"}\n";
        String third = "{\"source\":\"long-line\",\"text\":\"马来西亚统计局公布上季度经济增长百分之五，电子产品出口和旅游收入"
                + "双双回升，家庭消费则因补贴调整而略有放缓。编号" + marker + "-3\"}\n";
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(head("/api/v1/articles/batch", "application/x-ndjson"));
            out.write(chunk(first.getBytes(StandardCharsets.UTF_8)));
            // Line 2: one character more than sinoscope.batch.max-line-chars (4,000,000), and no newline yet.
            byte[] part = new byte[1_000_000];
            Arrays.fill(part, (byte) 'x');
            for (int i = 0; i < 4; i++) {
                out.write(chunk(part));
            }
            out.write(chunk(new byte[] {'x'}));
            out.flush();

            // The refusal comes back while the line is still open: the server did not wait for (or hold) its end.
            String early = readUntil(in, "\"line\":2");
            assertTrue(early.contains("\"line\":1"), early);

            for (int i = 0; i < 10; i++) {
                out.write(chunk(part));
            }
            out.write(chunk(("\n" + third).getBytes(StandardCharsets.UTF_8)));
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String rest = early + readResponse(in);

            String[] lines = rest.substring(rest.indexOf("{\"line\":1")).split("\r?\n");
            JsonNode one = JSON.readTree(lines[0]);
            assertEquals("RECEIVED", one.get("status").asText(), rest);
            JsonNode two = JSON.readTree(rest.substring(rest.indexOf("{\"line\":2")).split("\r?\n")[0]);
            assertEquals(413, two.get("error").get("status").asInt(), two.toString());
            assertTrue(two.get("error").get("detail").asText().contains("4000000"), two.toString());
            JsonNode three = JSON.readTree(rest.substring(rest.indexOf("{\"line\":3")).split("\r?\n")[0]);
            assertEquals("RECEIVED", three.get("status").asText(), rest);
        }
        assertEquals(2, IngestTestDatabase.countArticles("text LIKE ?", "%" + marker + "%"));
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(60_000);
        return socket;
    }

    private byte[] head(String path, String contentType) {
        return ("POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort() + "\r\n"
                + "X-Api-Key: " + IngestApi.TEST_KEY + "\r\nContent-Type: " + contentType + "\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] chunk(byte[] data) {
        byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[size.length + data.length + 2];
        System.arraycopy(size, 0, chunk, 0, size.length);
        System.arraycopy(data, 0, chunk, size.length, data.length);
        chunk[chunk.length - 2] = '\r';
        chunk[chunk.length - 1] = '\n';
        return chunk;
    }

    /** Everything the server sends until it closes the connection (the requests ask it to). */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (IOException resetAfterTheResponse) {
            // a reset after the whole response is no failure; an incomplete one fails the assertions
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private static String readUntil(InputStream in, String expected) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        while (!received.toString(StandardCharsets.UTF_8).contains(expected)) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            received.write(buffer, 0, n);
        }
        return received.toString(StandardCharsets.UTF_8);
    }
}
