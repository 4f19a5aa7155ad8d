package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.sinoscope.localstack.KafkaBroker;
import io.sinoscope.localstack.PostgresServer;
import io.sinoscope.localstack.TopicProvisioner;
import io.sinoscope.localstack.TopicSpec;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Accepted means stored: with the broker stopped, ingest-service keeps answering 202, and everything it accepted is
 * published once the broker is back, without anyone resending.
 */
class BrokerOutageIT {

    private static final String API_KEY = "outage-test-key";

    private KafkaBroker broker;
    private ServiceProcess ingest;

    @AfterEach
    void stop() throws Exception {
        if (ingest != null) {
            ingest.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void articlesAcceptedWhileTheBrokerIsDownArePublishedWhenItReturns() throws Exception {
        Path kafkaData = Files.createTempDirectory("outage-kafka");
        int port = freePort();
        int controllerPort = freePort();
        broker = KafkaBroker.start(kafkaData, port, controllerPort, 6);
        TopicProvisioner.ensureTopics(broker.bootstrapServers(), TopicSpec.sinoscopeTopics(6));
        String[] postgres = SharedTestStack.postgresUrls();
        ingest = ServiceProcess.start("ingest-service", Map.of(
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "quarkus.datasource.jdbc.url", postgres[0],
                "quarkus.datasource.reactive.url", postgres[1],
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "",
                "sinoscope.security.api-keys", API_KEY));
        ingest.awaitReady(Duration.ofSeconds(120));

        broker.close();
        broker = null;
        String source = "outage-" + UUID.randomUUID();
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accepted.add(api().contentType(ContentType.JSON)
                    .body(Map.of("source", source, "externalId", "o" + i,
                            "text", "第" + i + "篇：中东局势升温，国际油价连续第三个交易日上涨，布伦特原油逼近每桶九十美元。"))
                    .post("/api/v1/articles").then().statusCode(202).extract().path("id"));
        }
        Thread.sleep(3000);
        api().get("/api/v1/articles/" + accepted.get(0)).then().body("status", equalTo("RECEIVED"));

        broker = KafkaBroker.start(kafkaData, port, controllerPort, 6);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (String id : accepted) {
                api().get("/api/v1/articles/" + id).then().body("status", equalTo("PUBLISHED"));
            }
        });
        assertEquals(accepted.size(), distinctKeysOnTopic(broker.bootstrapServers(), accepted));
    }

    private RequestSpecification api() {
        return given().baseUri(ingest.baseUri()).header("X-Api-Key", API_KEY);
    }

    private static long distinctKeysOnTopic(String servers, List<String> ids) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor("articles.ingested").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var seen = new java.util.HashSet<String>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (seen.size() < ids.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (ids.contains(r.key())) {
                        seen.add(r.key());
                    }
                });
            }
            return seen.size();
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
