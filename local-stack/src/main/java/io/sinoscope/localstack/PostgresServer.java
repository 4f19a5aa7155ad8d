package io.sinoscope.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL from the zonky binaries jar. The postmaster is not a child of the JVM, so a JVM killed with
 * {@code kill -9} leaves it running; {@link #start} stops such a leftover (found by its pid file) before starting.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "sinoscope";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts on a fixed port keeping its data in {@code dataDirectory} across restarts. */
    public static PostgresServer startPersistent(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            stopLeftover(dataDirectory);
            return started(EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Starts on a free port with a throw-away data directory, for tests. */
    public static PostgresServer startEphemeral() {
        try {
            return started(EmbeddedPostgres.builder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    private static PostgresServer started(EmbeddedPostgres.Builder builder) throws IOException {
        EmbeddedPostgres postgres = builder.setPGStartupWait(Duration.ofSeconds(60)).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            var exists = c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                c.createStatement().execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("cannot create database " + DATABASE, e);
        }
        return new PostgresServer(postgres);
    }

    private static void stopLeftover(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> leftover = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (leftover.isPresent() && leftover.get().isAlive()) {
            // SIGTERM is PostgreSQL's "smart" shutdown: it finishes cleanly, so the data directory stays consistent.
            leftover.get().destroy();
            try {
                leftover.get().onExit().get();
            } catch (Exception e) {
                throw new IOException("leftover PostgreSQL (pid " + leftover.get().pid() + ") did not stop", e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** The URL form of the Vert.x reactive PostgreSQL client. */
    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
