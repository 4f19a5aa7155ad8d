package io.sinoscope.nlp.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sinoscope.localstack.TopicProvisioner;
import io.sinoscope.localstack.TopicSpec;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/**
 * local-stack's provisioning against the real broker the tests share: a topic created before a config was added to
 * its spec (articles.enriched's max.message.bytes, issue 21) gets that config, so an old ./sinoscope state directory
 * takes large enriched events too. Here because nlp-service's tests have the broker; local-stack has no test suite.
 */
class TopicProvisionerTest {

    @Test
    void existingTopicGetsTheConfigsOfItsSpec() throws Exception {
        String servers = SharedTestStack.kafkaBootstrapServers();
        String name = "provisioning-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);

            TopicProvisioner.ensureTopics(servers, List.of(new TopicSpec(name, 1,
                    Map.of("max.message.bytes", Integer.toString(TopicSpec.ENRICHED_MAX_MESSAGE_BYTES)))));

            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, name);
            String value = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic)
                    .get("max.message.bytes").value();
            assertEquals(Integer.toString(TopicSpec.ENRICHED_MAX_MESSAGE_BYTES), value);
        }
    }
}
