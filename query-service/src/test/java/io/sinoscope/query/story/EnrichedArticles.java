package io.sinoscope.query.story;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.contracts.ExtractedFact;
import io.sinoscope.text.Analysis;
import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.topic.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enriched event nlp-service would publish for a labelled article, from the same {@link TextAnalyzer}: the fields
 * the clusterer reads, built as nlp-service's ArticleEnricher builds them (entities, facts with their sentence
 * attributes, normalised title and text, region, offset runs).
 */
final class EnrichedArticles {

    private final TextAnalyzer analyzer;

    EnrichedArticles(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    ArticleEnriched enrich(String id, LabelledArticle article) {
        Analysis analysis = analyzer.analyze(article.text(), article.publishedAt());
        var normalized = analysis.text();
        List<EnrichedEntity> entities = analysis.entities().stream()
                .map(e -> new EnrichedEntity(e.id(), e.name(), e.type().name(), e.mentions().stream()
                        .map(m -> new EntityMention(m.surface(), m.start(), m.end(), m.confidence())).toList()))
                .toList();
        List<ExtractedFact> facts = analysis.facts().stream().map(fact -> {
            Map<String, Object> attributes = new LinkedHashMap<>(fact.attributes());
            attributes.put("sentence", fact.sentence());
            attributes.put("confidence", fact.confidence());
            return new ExtractedFact(fact.kind().code(), fact.text(), fact.value(), fact.unit(), fact.currency(),
                    fact.date(), fact.start(), fact.end(), attributes);
        }).toList();
        String title = article.title() == null ? null : analyzer.normalize(article.title()).normalized();
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, article.externalId(), article.source(), null,
                article.title(), article.text(), article.publishedAt(), null, title, normalized.normalized(),
                normalized.script().name(), normalized.region().code(), normalized.regionConfidence(), entities,
                facts, analysis.keywords(), analysis.topics().stream().map(Topic::id).toList(), analysis.summary(),
                "evaluation", article.publishedAt(), null, normalized.offsetRuns(), 1L);
    }
}
