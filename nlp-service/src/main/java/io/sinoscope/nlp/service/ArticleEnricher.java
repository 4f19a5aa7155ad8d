package io.sinoscope.nlp.service;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.ArticleIngested;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.nlp.config.AnalysisConfig;
import io.sinoscope.text.Analysis;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.TextAnalyzer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Turns an ingested article into an enriched one with the shared text-analysis pipeline. */
@ApplicationScoped
public class ArticleEnricher {

    private final TextAnalyzer analyzer;
    private final AnalysisConfig config;

    public ArticleEnricher(TextAnalyzer analyzer, AnalysisConfig config) {
        this.analyzer = analyzer;
        this.config = config;
    }

    public Enrichment analyze(String text) {
        Analysis analysis = analyzer.analyze(text);
        var normalized = analysis.text();
        return new Enrichment(normalized.normalized(), normalized.script().name(), normalized.region().code(),
                normalized.regionConfidence(), analysis.entities().stream().map(ArticleEnricher::toContract).toList(),
                List.of(), analysis.keywords(), List.of(), LeadSummarizer.summarize(text, config.summaryMaxChars()));
    }

    public ArticleEnriched enrich(ArticleIngested article) {
        if (article.id() == null || article.id().isBlank()) {
            throw new InvalidEventException("articles.ingested event has no id");
        }
        if (article.text() == null || article.text().isBlank()) {
            throw new InvalidEventException("articles.ingested event " + article.id() + " has no text");
        }
        Enrichment enrichment = analyze(article.text());
        String normalizedTitle = article.title() == null ? null : analyzer.normalize(article.title()).normalized();
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, article.id(), article.externalId(),
                article.source(), article.url(), article.title(), article.text(), article.publishedAt(),
                article.contentHash(), normalizedTitle, enrichment.normalizedText(), enrichment.script(),
                enrichment.region(), enrichment.regionConfidence(), enrichment.entities(), enrichment.facts(),
                enrichment.keywords(), enrichment.topics(), enrichment.summary(), config.version(), Instant.now());
    }

    private static EnrichedEntity toContract(LinkedEntity entity) {
        return new EnrichedEntity(entity.id(), entity.name(), entity.type().name(), entity.mentions().stream()
                .map(m -> new EntityMention(m.surface(), m.start(), m.end())).toList());
    }
}
