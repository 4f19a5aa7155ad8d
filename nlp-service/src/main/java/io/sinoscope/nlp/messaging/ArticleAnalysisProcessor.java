package io.sinoscope.nlp.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.ArticleIngested;
import io.sinoscope.nlp.service.ArticleEnricher;
import io.sinoscope.nlp.service.InvalidEventException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * articles.ingested → analysis → articles.enriched, keyed by article id so each article stays on one partition and
 * its versions keep their order. A tombstone (retraction) passes through as a tombstone. Anything that throws is
 * sent to articles.ingested.dlq by the channel's failure strategy.
 */
@ApplicationScoped
public class ArticleAnalysisProcessor {

    private final ArticleEnricher enricher;
    private final ObjectMapper json;

    public ArticleAnalysisProcessor(ArticleEnricher enricher, ObjectMapper json) {
        this.enricher = enricher;
        this.json = json;
    }

    @Incoming("articles-ingested")
    @Outgoing("articles-enriched")
    @Blocking
    public Record<String, ArticleEnriched> analyze(Record<String, String> ingested) {
        if (ingested.value() == null) {
            return Record.of(ingested.key(), null);
        }
        return Record.of(ingested.key(), enricher.enrich(parse(ingested.value())));
    }

    private ArticleIngested parse(String value) {
        try {
            ArticleIngested event = json.readValue(value, ArticleIngested.class);
            if (event.schemaVersion() > ArticleIngested.SCHEMA_VERSION) {
                throw new InvalidEventException("articles.ingested schemaVersion " + event.schemaVersion()
                        + " is newer than this nlp-service understands (" + ArticleIngested.SCHEMA_VERSION + ")");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("articles.ingested value is not a valid event: " + e.getOriginalMessage(), e);
        }
    }
}
