package io.sinoscope.query.pipeline;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP port that accepts connections and never answers, standing in for nlp-service hanging: its stats
 * request connects, is sent, and waits. The pipeline page's timeout must end that wait. The fault-tolerance timeout
 * is set to half a second and the REST client's own read timeout far beyond it, so the report tells which one ended
 * the wait.
 */
public class SilentService implements QuarkusTestResourceLifecycleManager {

    private ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    held.add(server.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-service");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("sinoscope.pipeline.nlp-url", "http://localhost:" + server.getLocalPort(),
                "quarkus.rest-client.nlp-stats.read-timeout", "10000",
                "quarkus.fault-tolerance.\"io.sinoscope.query.pipeline.ServiceStatistics\".timeout.value", "500");
    }

    @Override
    public void stop() {
        try {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException ignored) {
            // the test is over either way
        }
    }
}
