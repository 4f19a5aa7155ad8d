package io.sinoscope.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: the bytes sent are exactly the bytes given, so a test can
 * send what {@link java.net.http.HttpClient} refuses to (broken request lines, raw control characters, invalid
 * percent-encoding, false Content-Length, oversize headers).
 */
final class RawHttp {

    private RawHttp() {
    }

    /** A response; {@code headers} keyed by lower-case name. */
    record Response(int status, Map<String, String> headers, byte[] body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends {@code request} to localhost:{@code port} and reads the response. A server that answers before reading
     * the whole body (a 413 on the declared length) may close the connection under the writer: the response is read
     * all the same.
     *
     * @throws IOException if no complete response came back
     */
    static Response exchange(int port, byte[] request, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            socket.setSoTimeout(timeoutMillis);
            IOException writeFailure = null;
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
            } catch (IOException e) {
                writeFailure = e;
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            InputStream in = socket.getInputStream();
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    received.write(buffer, 0, n);
                    Response complete = parse(received.toByteArray(), false);
                    if (complete != null) {
                        return complete;
                    }
                }
            } catch (SocketTimeoutException e) {
                throw new IOException("no complete response within " + timeoutMillis + " ms (received "
                        + received.size() + " bytes)", e);
            } catch (IOException e) {
                Response partial = parse(received.toByteArray(), true);
                if (partial != null) {
                    return partial;
                }
                IOException failure = new IOException("connection failed after " + received.size() + " bytes", e);
                if (writeFailure != null) {
                    failure.addSuppressed(writeFailure);
                }
                throw failure;
            }
            Response atEof = parse(received.toByteArray(), true);
            if (atEof == null) {
                throw new IOException("connection closed after " + received.size() + " bytes without a response"
                        + (writeFailure == null ? "" : " (writing failed: " + writeFailure.getMessage() + ")"));
            }
            return atEof;
        }
    }

    /** The response in {@code data} if it is complete (or, {@code atEof}, as complete as it will get); else null. */
    static Response parse(byte[] data, boolean atEof) {
        int headEnd = indexOf(data, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (headEnd < 0) {
            return null;
        }
        String[] lines = new String(data, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        // The version is whatever the request claimed (Vert.x echoes an "HTTPS/1.1"); the status is what counts.
        if (statusLine.length < 2 || !statusLine[0].contains("/") || !statusLine[1].matches("\\d{3}")) {
            throw new IllegalStateException("not an HTTP response: " + lines[0]);
        }
        int status = Integer.parseInt(statusLine[1]);
        if (status / 100 == 1) {
            // 100 Continue and the like: the real response follows
            return parse(Arrays.copyOfRange(data, headEnd + 4, data.length), atEof);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        int bodyStart = headEnd + 4;
        byte[] rest = Arrays.copyOfRange(data, bodyStart, data.length);
        if (headers.containsKey("content-length")) {
            int length = Integer.parseInt(headers.get("content-length"));
            if (rest.length < length) {
                return atEof ? new Response(status, headers, rest) : null;
            }
            return new Response(status, headers, Arrays.copyOf(rest, length));
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            byte[] body = dechunk(rest);
            return body != null ? new Response(status, headers, body) : atEof ? new Response(status, headers, rest)
                    : null;
        }
        if (status == 204 || status == 304) {
            return new Response(status, headers, new byte[0]);
        }
        return atEof ? new Response(status, headers, rest) : null;
    }

    /** The body of a complete chunked encoding, null while the last chunk has not arrived. */
    private static byte[] dechunk(byte[] data) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(data, new byte[] {'\r', '\n'}, at);
            if (lineEnd < 0) {
                return null;
            }
            String sizeText = new String(data, at, lineEnd - at, StandardCharsets.US_ASCII);
            int semicolon = sizeText.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeText : sizeText.substring(0, semicolon)).trim(), 16);
            int chunkStart = lineEnd + 2;
            if (size == 0) {
                return body.toByteArray();
            }
            if (data.length < chunkStart + size + 2) {
                return null;
            }
            body.write(data, chunkStart, size);
            at = chunkStart + size + 2;
        }
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
