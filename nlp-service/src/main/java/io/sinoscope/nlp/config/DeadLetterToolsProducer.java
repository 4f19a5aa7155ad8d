package io.sinoscope.nlp.config;

import io.sinoscope.support.deadletter.DeadLetterClients;
import io.sinoscope.support.deadletter.DeadLetterInspector;
import io.sinoscope.support.deadletter.DeadLetterReplayer;
import io.sinoscope.support.deadletter.DeadLetterSettings;
import io.sinoscope.support.job.JobRegistry;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Map;

/** The shared dead-letter tools (service-support), on articles.ingested.dlq as configured under sinoscope.dlq. */
public class DeadLetterToolsProducer {

    @Produces
    @Singleton
    DeadLetterClients clients(@Identifier("default-kafka-broker") Map<String, Object> broker, DeadLetterConfig config) {
        return new DeadLetterClients(broker, settings(config));
    }

    @Produces
    @Singleton
    DeadLetterInspector inspector(DeadLetterClients clients, DeadLetterConfig config) {
        return new DeadLetterInspector(clients, settings(config));
    }

    @Produces
    @Singleton
    DeadLetterReplayer replayer(DeadLetterClients clients, DeadLetterConfig config, JobRegistry jobs) {
        return new DeadLetterReplayer(clients, settings(config), jobs);
    }

    private static DeadLetterSettings settings(DeadLetterConfig config) {
        return new DeadLetterSettings(config.topic(), config.replayTopic(), config.replayGroup(), "nlp-dlq",
                config.recent(), config.stallTimeout());
    }
}
