package io.sinoscope.nlp.service;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.ArticleIngested;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.nlp.config.AnalysisConfig;
import io.sinoscope.text.Analysis;
import io.sinoscope.text.AnalysisDeadlineExceededException;
import io.sinoscope.text.Deadline;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.fact.Fact;
import io.sinoscope.text.topic.Topic;
import io.sinoscope.contracts.ExtractedFact;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** Turns an ingested article into an enriched one with the shared text-analysis pipeline. */
@ApplicationScoped
public class ArticleEnricher {

    private final TextAnalyzer analyzer;
    private final AnalysisConfig config;
    private final EntityOverrides overrides;

    @Inject
    public ArticleEnricher(TextAnalyzer analyzer, AnalysisConfig config, EntityOverrides overrides) {
        this.analyzer = analyzer;
        this.config = config;
        this.overrides = overrides;
    }

    /** Without analysts' overrides. */
    public ArticleEnricher(TextAnalyzer analyzer, AnalysisConfig config) {
        this(analyzer, config, EntityOverrides.none());
    }

    /** @param publishedAt when the text appeared: relative dates in it (周二, 上周) are resolved against it */
    public Enrichment analyze(String text, Instant publishedAt) {
        return toEnrichment(null, text, analyzer.analyze(text, publishedAt));
    }

    /** Linking, then the analysts' overrides over what it linked (rejections only with an article id). */
    private Enrichment toEnrichment(String articleId, String original, Analysis analysis) {
        var normalized = analysis.text();
        List<EnrichedEntity> linked = analysis.entities().stream().map(ArticleEnricher::toContract).toList();
        return new Enrichment(normalized.normalized(), normalized.script().name(), normalized.region().code(),
                normalized.regionConfidence(), overrides.apply(articleId, original, linked),
                analysis.facts().stream().map(ArticleEnricher::toContract).toList(), analysis.keywords(),
                analysis.topics().stream().map(Topic::id).toList(), analysis.summary());
    }

    public ArticleEnriched enrich(ArticleIngested article) {
        if (article.id() == null || article.id().isBlank()) {
            throw new InvalidEventException("articles.ingested event has no id");
        }
        if (article.text() == null || article.text().isBlank()) {
            throw new InvalidEventException("articles.ingested event " + article.id() + " has no text");
        }
        if (article.text().length() > config.maxTextChars()) {
            throw new InvalidEventException("articles.ingested event " + article.id() + " has "
                    + article.text().length() + " characters of text, more than sinoscope.analysis.max-text-chars ("
                    + config.maxTextChars() + "); if the article is genuine, raise the limit and replay the DLQ "
                    + "(POST /api/v1/admin/dlq/replay)");
        }
        // Undated articles: the time ingest received them is the best reference for "周二" or "上周".
        Instant reference = article.publishedAt() != null ? article.publishedAt()
                : article.ingestedAt() != null ? article.ingestedAt() : Instant.now();
        Analysis analysis;
        try {
            analysis = analyzer.analyze(article.text(), reference, Deadline.after(config.deadline()));
        } catch (AnalysisDeadlineExceededException e) {
            throw new AnalysisDeadlineException(article.id(), article.text().length(), config.deadline(), e);
        }
        Enrichment enrichment = toEnrichment(article.id(), article.text(), analysis);
        String normalizedTitle = article.title() == null ? null : analyzer.normalize(article.title()).normalized();
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, article.id(), article.externalId(),
                article.source(), article.url(), article.title(), article.text(), article.publishedAt(),
                article.contentHash(), normalizedTitle, enrichment.normalizedText(), enrichment.script(),
                enrichment.region(), enrichment.regionConfidence(), enrichment.entities(), enrichment.facts(),
                enrichment.keywords(), enrichment.topics(), enrichment.summary(),
                config.version() + "+data." + analyzer.dataVersion(), Instant.now(), article.cleaning(),
                analysis.text().offsetRuns(), article.version());
    }

    private static EnrichedEntity toContract(LinkedEntity entity) {
        return new EnrichedEntity(entity.id(), entity.name(), entity.type().name(), entity.mentions().stream()
                .map(m -> new EntityMention(m.surface(), m.start(), m.end(), m.confidence())).toList());
    }

    private static ExtractedFact toContract(Fact fact) {
        // Sentence and confidence travel as attributes: the contract's fact record keeps its stable core fields.
        Map<String, Object> attributes = new LinkedHashMap<>(fact.attributes());
        attributes.put("sentence", fact.sentence());
        attributes.put("confidence", fact.confidence());
        return new ExtractedFact(fact.kind().code(), fact.text(), fact.value(), fact.unit(), fact.currency(),
                fact.date(), fact.start(), fact.end(), attributes);
    }
}
