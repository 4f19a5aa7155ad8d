package io.sinoscope.localstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs Kafka and PostgreSQL for local use until the process is told to stop (SIGTERM or Ctrl-C).
 *
 * <pre>
 * java -jar local-stack/target/local-stack-runnable.jar [--data-dir .sinoscope] [--kafka-port 19092]
 *     [--kafka-controller-port 19093] [--postgres-port 15432] [--partitions 6]
 * </pre>
 *
 * Prints a line starting with {@value #READY} once both accept connections and the topics exist.
 */
public final class LocalStackMain {

    static final String READY = "local-stack ready";

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path dataDir = Path.of(options.getOrDefault("data-dir", ".sinoscope")).toAbsolutePath();
        int kafkaPort = Integer.parseInt(options.getOrDefault("kafka-port", "19092"));
        int controllerPort = Integer.parseInt(options.getOrDefault("kafka-controller-port", "19093"));
        int postgresPort = Integer.parseInt(options.getOrDefault("postgres-port", "15432"));
        int partitions = Integer.parseInt(options.getOrDefault("partitions", "6"));

        long started = System.nanoTime();
        PostgresServer postgres = PostgresServer.startPersistent(dataDir.resolve("postgres"), postgresPort);
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(dataDir.resolve("kafka"), kafkaPort, controllerPort, partitions);
            TopicProvisioner.ensureTopics(kafka.bootstrapServers(), TopicSpec.sinoscopeTopics(partitions));
        } catch (Exception e) {
            postgres.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Kafka first: its shutdown can take seconds and PostgreSQL does not depend on it.
            kafka.close();
            postgres.close();
            stopped.countDown();
        }, "local-stack-shutdown"));
        System.out.printf("%s in %d ms: kafka=%s postgres=%s (user %s)%n", READY,
                (System.nanoTime() - started) / 1_000_000, kafka.bootstrapServers(), postgres.jdbcUrl(),
                PostgresServer.USER);
        System.out.flush();
        stopped.await();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value pairs, got: " + arg
                        + " (options: --data-dir, --kafka-port, --kafka-controller-port, --postgres-port, --partitions)");
            }
            options.put(arg.substring(2), args[++i]);
        }
        return options;
    }
}
