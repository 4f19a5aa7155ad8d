package io.sinoscope.query.repository;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.contracts.ExtractedFact;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A stored article with its entities, mentions and facts, as read for the article API. */
public record ArticleGraph(ArticleRow article, List<EntityRow> entities, List<MentionRow> mentions, List<FactRow> facts) {

    /**
     * The stored mentions as the entities of an event, in order of first mention, with their stored confidence (1.0
     * for mentions stored before confidences were).
     */
    public List<EnrichedEntity> enrichedEntities() {
        Map<String, EntityRow> rows = new LinkedHashMap<>();
        entities.forEach(e -> rows.put(e.id, e));
        Map<String, List<EntityMention>> byEntity = new LinkedHashMap<>();
        for (MentionRow m : mentions) {
            byEntity.computeIfAbsent(m.entityId, k -> new ArrayList<>())
                    .add(new EntityMention(m.surface, m.start, m.end, m.confidence == null ? 1.0 : m.confidence));
        }
        List<EnrichedEntity> enriched = new ArrayList<>();
        byEntity.forEach((id, own) -> {
            EntityRow row = rows.get(id);
            enriched.add(new EnrichedEntity(id, row == null ? null : row.name, row == null ? null : row.type, own));
        });
        return enriched;
    }

    /**
     * The stored article as the enriched event it was stored from, for code that reads events (story evidence).
     * Neither the cleaning report nor the offset map is stored with the graph: both are null.
     */
    public ArticleEnriched asEvent() {
        ArticleRow a = article;
        List<ExtractedFact> extracted = facts.stream().map(f -> new ExtractedFact(f.kind, f.text, f.value, f.unit,
                f.currency, f.date, f.start, f.end, f.attributes)).toList();
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, a.id, a.externalId, a.source, a.url, a.title,
                a.text, a.publishedAt, a.contentHash, a.normalizedTitle, a.normalizedText, a.script, a.region,
                a.regionConfidence == null ? 0 : a.regionConfidence, enrichedEntities(), extracted, a.keywords,
                a.topics, a.summary, a.analyzerVersion, a.enrichedAt, null, null, a.version);
    }
}
