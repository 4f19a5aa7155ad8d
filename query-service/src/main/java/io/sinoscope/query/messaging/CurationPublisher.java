package io.sinoscope.query.messaging;

import io.sinoscope.contracts.EntityCuration;
import io.sinoscope.query.service.CurationFeed;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes overrides on entities.curated, keyed by their sequence, and waits for the broker's acknowledgement. */
@ApplicationScoped
public class CurationPublisher implements CurationFeed {

    @Inject
    @Channel("entities-curated")
    MutinyEmitter<Record<String, EntityCuration>> emitter;

    @ConfigProperty(name = "sinoscope.curation.publish-timeout")
    Duration timeout;

    @Override
    public void publish(EntityCuration override) {
        emitter.send(Record.of(Long.toString(override.sequence()), override)).await().atMost(timeout);
    }
}
