package io.sinoscope.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.contracts.EntityCuration;
import io.sinoscope.nlp.service.EntityOverrides;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads entities.curated from its start at every start (a group of this replica's own, nothing committed) and then
 * as overrides arrive, into {@link EntityOverrides}. A record it cannot read is logged and passed over: one bad
 * override must not stop the others from applying.
 */
@ApplicationScoped
public class CurationConsumer {

    private static final Logger LOG = Logger.getLogger(CurationConsumer.class);

    private final EntityOverrides overrides;
    private final ObjectMapper json;

    public CurationConsumer(EntityOverrides overrides, ObjectMapper json) {
        this.overrides = overrides;
        this.json = json;
    }

    @Incoming("entities-curated")
    public void consume(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            try {
                overrides.remove(Long.parseLong(record.key()));
            } catch (NumberFormatException e) {
                LOG.warnf("entities.curated tombstone with key '%s', not an override sequence: ignored", record.key());
            }
            return;
        }
        try {
            EntityCuration override = json.readValue(record.value(), EntityCuration.class);
            if (override.schemaVersion() > EntityCuration.SCHEMA_VERSION) {
                LOG.warnf("entities.curated override %d has schemaVersion %d, newer than this service's %d: ignored "
                        + "until nlp-service is upgraded", override.sequence(), override.schemaVersion(),
                        EntityCuration.SCHEMA_VERSION);
                return;
            }
            overrides.put(override);
            LOG.debugf("entity override %d (%s %s) in force", override.sequence(), override.kind(),
                    override.entityId());
        } catch (JsonProcessingException e) {
            LOG.warnf("entities.curated record at offset %d could not be read (%s): ignored", record.offset(),
                    e.getOriginalMessage());
        }
    }
}
