package io.sinoscope.query.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;
import io.sinoscope.contracts.ArticleEnriched;
import org.jboss.logging.Logger;

/**
 * JSON → {@link ArticleEnriched}. A null value stays null (a tombstone: the article was retracted). A value that is
 * not a readable event becomes {@link #UNREADABLE} instead of failing the channel or looking like a tombstone; the
 * consumer dead-letters it.
 */
public class ArticleEnrichedDeserializer extends ObjectMapperDeserializer<ArticleEnriched> {

    private static final Logger LOG = Logger.getLogger(ArticleEnrichedDeserializer.class);

    /** Marker for a record whose value could not be read; compared by identity. */
    public static final ArticleEnriched UNREADABLE = new ArticleEnriched(-1, null, null, null, null, null, null, null,
            null, null, null, null, null, 0, null, null, null, null, null, null, null, null, null);

    public ArticleEnrichedDeserializer() {
        super(ArticleEnriched.class);
    }

    /** With the service's own mapper (the consumer parses records itself, see ArticleEnrichedConsumer). */
    public ArticleEnrichedDeserializer(ObjectMapper json) {
        super(ArticleEnriched.class, json);
    }

    @Override
    public ArticleEnriched deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            ArticleEnriched event = super.deserialize(topic, data);
            return event == null ? UNREADABLE : event;
        } catch (RuntimeException e) {
            LOG.warnf("unreadable %s record (%d bytes): %s", topic, data.length, e.getMessage());
            return UNREADABLE;
        }
    }
}
