package io.sinoscope.localstack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a Quarkus app under test at the shared in-process Kafka broker, with all Sinoscope topics created. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedTestStack.kafkaBootstrapServers(),
                // The in-process broker logs through the app's log manager: keep its chatter out of test output.
                "quarkus.log.category.\"kafka\".level", "WARN",
                "quarkus.log.category.\"org.apache.kafka\".level", "WARN",
                "quarkus.log.category.\"state.change.logger\".level", "WARN");
    }

    @Override
    public void stop() {
        // The broker outlives any one app under test; SharedTestStack stops it at JVM exit.
    }
}
