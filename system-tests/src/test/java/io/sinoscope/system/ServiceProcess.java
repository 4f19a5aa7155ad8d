package io.sinoscope.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One packaged Quarkus service running as its own JVM process, as it runs in production. After a {@link #kill} it
 * can be {@link #restart}ed as the same instance: same port, same properties (so the same index directory, database
 * and consumer group), same log file.
 */
final class ServiceProcess implements AutoCloseable {

    /**
     * JVM options for every service process the tests start ({@code -Dsinoscope.service-java-options}, space-separated).
     * A system test runs the three services for a minute or two on two shared cores, most of it starting up: the client
     * compiler alone and the serial collector start them sooner than C2 and a parallel collector, which compete with
     * the services for those cores (docs/benchmarks.md, "System-test service start"). Production keeps the JVM's
     * defaults.
     */
    private static final List<String> JAVA_OPTIONS = Arrays.stream(System.getProperty(
            "sinoscope.service-java-options", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC").split("\\s+"))
            .filter(option -> !option.isEmpty()).toList();

    private final String name;
    private final int port;
    private final Map<String, String> properties;
    private final Path log;
    private volatile Process process;

    private ServiceProcess(String name, int port, Map<String, String> properties, Path log) {
        this.name = name;
        this.port = port;
        this.properties = properties;
        this.log = log;
    }

    /** Starts {@code <root>/<name>/target/quarkus-app/quarkus-run.jar} on a free port with the given properties. */
    static ServiceProcess start(String name, Map<String, String> properties) throws IOException {
        return start(name, name, properties);
    }

    /**
     * As {@link #start(String, Map)}, logging to {@code <instance>.log}: for a second instance of the same service,
     * whose lines would otherwise interleave with the first's.
     */
    static ServiceProcess start(String name, String instance, Map<String, String> properties) throws IOException {
        Path logs = Path.of(System.getProperty("sinoscope.logs", "target/service-logs"));
        Files.createDirectories(logs);
        ServiceProcess service = new ServiceProcess(name, freePort(), new TreeMap<>(properties),
                logs.resolve(instance + ".log"));
        service.launch();
        return service;
    }

    private void launch() throws IOException {
        Path root = Path.of(System.getProperty("sinoscope.root", ".."));
        Path jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx512m");
        command.addAll(JAVA_OPTIONS);
        command.add("-Dquarkus.http.port=" + port);
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /**
     * Starts this instance again after it died or was {@link #kill}ed: the same jar, port and properties. Returns
     * once the process is launched; {@link #awaitReady} tells when it serves.
     */
    void restart() throws IOException {
        restart(Map.of());
    }

    /**
     * As {@link #restart()}, with these properties changed for this start and every later one: a redeploy with new
     * configuration.
     */
    void restart(Map<String, String> changed) throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " (pid " + process.pid() + ") is still running");
        }
        properties.putAll(changed);
        launch();
    }

    /** The properties it was started with (restarts use the same), for starting another instance like it. */
    Map<String, String> properties() {
        return new TreeMap<>(properties);
    }

    long pid() {
        return process.pid();
    }

    String baseUri() {
        return "http://localhost:" + port;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    /**
     * SIGKILL, as the OOM killer or a node failure would: no shutdown hook runs, so nothing is flushed, committed or
     * closed. Returns once the process is gone (its file locks and sockets released).
     */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL for 10 s");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
