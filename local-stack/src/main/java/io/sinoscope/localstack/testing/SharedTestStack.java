package io.sinoscope.localstack.testing;

import io.sinoscope.localstack.PostgresServer;
import io.sinoscope.localstack.TopicProvisioner;
import io.sinoscope.localstack.TopicSpec;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * One in-process Kafka broker and one PostgreSQL per test JVM, however many Quarkus apps the tests boot.
 *
 * <p>Quarkus reloads test resources in a new class loader for each {@code @TestProfile}, so a static field alone
 * would start a second stack. The running stack's addresses are published in system properties, which all class
 * loaders share, and the stack is stopped by a JVM shutdown hook rather than by any one test resource.
 */
public final class SharedTestStack {

    static final String KAFKA_PROPERTY = "sinoscope.test.kafka.bootstrap-servers";
    static final String JDBC_PROPERTY = "sinoscope.test.postgres.jdbc-url";
    static final String REACTIVE_PROPERTY = "sinoscope.test.postgres.reactive-url";

    private SharedTestStack() {
    }

    public static synchronized String kafkaBootstrapServers() {
        String servers = System.getProperty(KAFKA_PROPERTY);
        if (servers != null) {
            return servers;
        }
        // A broker that meets a fatal error (as shutting down at JVM exit can provoke) calls Exit.halt or Exit.exit,
        // which would end the test JVM with a non-zero status after every test passed. Kafka's own tests replace
        // both procedures; so do we, keeping the message.
        Exit.setExitProcedure((status, message) -> System.err.println("in-process Kafka asked to exit(" + status
                + "): " + message));
        Exit.setHaltProcedure((status, message) -> System.err.println("in-process Kafka asked to halt(" + status
                + "): " + message));
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    // One broker: internal topics with one replica, and few partitions so they are created at once.
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeWithin(cluster, 20), "test-kafka-shutdown"));
            servers = cluster.bootstrapServers();
            TopicProvisioner.ensureTopics(servers, TopicSpec.sinoscopeTopics(6));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the in-process Kafka broker", e);
        }
        System.setProperty(KAFKA_PROPERTY, servers);
        return servers;
    }

    /**
     * A broker's orderly shutdown can take long on a loaded machine, and the JVM is exiting anyway: give it a bounded
     * time so the test JVM ends well within the build's fork timeout; its temp directory is the only thing at stake.
     */
    private static void closeWithin(AutoCloseable resource, int seconds) {
        Thread closer = new Thread(() -> {
            try {
                resource.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "test-kafka-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return {jdbc url, reactive url} */
    public static synchronized String[] postgresUrls() {
        if (System.getProperty(JDBC_PROPERTY) == null) {
            PostgresServer postgres = PostgresServer.startEphemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "test-postgres-shutdown"));
            System.setProperty(JDBC_PROPERTY, postgres.jdbcUrl());
            System.setProperty(REACTIVE_PROPERTY, postgres.reactiveUrl());
        }
        return new String[] {System.getProperty(JDBC_PROPERTY), System.getProperty(REACTIVE_PROPERTY)};
    }
}
