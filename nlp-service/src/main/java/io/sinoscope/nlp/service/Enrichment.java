package io.sinoscope.nlp.service;

import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.ExtractedFact;
import java.util.List;

/** Everything analysis derives from one text; offsets in entities and facts point into the original text. */
public record Enrichment(
        String normalizedText,
        String script,
        String region,
        double regionConfidence,
        List<EnrichedEntity> entities,
        List<ExtractedFact> facts,
        List<String> keywords,
        List<String> topics,
        String summary) {
}
