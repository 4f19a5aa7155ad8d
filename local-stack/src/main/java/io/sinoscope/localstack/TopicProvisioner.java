package io.sinoscope.localstack;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;

/** Creates the topics that do not exist yet; existing ones get the spec's configs (their partitions stay). */
public final class TopicProvisioner {

    private TopicProvisioner() {
    }

    public static void ensureTopics(String bootstrapServers, List<TopicSpec> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            var missing = topics.stream().filter(t -> !existing.contains(t.name()))
                    .map(t -> t.toNewTopic((short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            // A stack started before a config was added (articles.enriched's max.message.bytes, issue 21) gets it
            // now; without it that state directory would keep refusing large enriched events.
            Map<ConfigResource, Collection<AlterConfigOp>> configs = new HashMap<>();
            for (TopicSpec topic : topics) {
                if (existing.contains(topic.name()) && !topic.configs().isEmpty()) {
                    configs.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.configs().entrySet()
                            .stream().map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()),
                                    AlterConfigOp.OpType.SET)).toList());
                }
            }
            if (!configs.isEmpty()) {
                admin.incrementalAlterConfigs(configs).all().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
