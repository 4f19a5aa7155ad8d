package io.sinoscope.query.story;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.ExtractedFact;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the story clusterer knows of one article: when and where it appeared, the entities it links, the facts it
 * states (as {@link FactSignature}s) and its normalised title and text (one script, regional vocabulary folded, so
 * 晶片 and 芯片 are one word before any comparison).
 *
 * @param region CN, TW, HK or OTHER
 * @param facts  in the order the text states them: the first trade measure is the article's news, later ones are
 *               often background (the measure it answers)
 */
public record StoryEvidence(String articleId, Instant publishedAt, String region, List<LinkedEntity> entities,
        List<FactSignature> facts, String normalizedTitle, String normalizedText) {

    public StoryEvidence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(publishedAt, "publishedAt");
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        normalizedTitle = normalizedTitle == null ? "" : normalizedTitle;
        normalizedText = normalizedText == null ? "" : normalizedText;
    }

    /** An entity id the article links, with its type (PERSON, ORGANIZATION, LOCATION, OTHER). */
    public record LinkedEntity(String id, String type) {
    }

    /**
     * The evidence of an enriched article. An article without a publication time is placed at its enrichment time
     * (the best estimate of when it was news).
     */
    public static StoryEvidence of(ArticleEnriched article) {
        Instant at = article.publishedAt() != null ? article.publishedAt()
                : article.enrichedAt() != null ? article.enrichedAt() : Instant.EPOCH;
        List<LinkedEntity> entities = article.entities() == null ? List.of() : article.entities().stream()
                .filter(e -> e.id() != null)
                .map(e -> new LinkedEntity(e.id(), e.type()))
                .distinct()
                .toList();
        NormalizedSpans spans = NormalizedSpans.of(article);
        List<FactSignature> facts = article.facts() == null ? List.of() : article.facts().stream()
                .filter(f -> f.kind() != null)
                .sorted(Comparator.comparingInt(ExtractedFact::start))
                .map(f -> signature(f, spans))
                .toList();
        return new StoryEvidence(article.id(), at, article.region(), entities, facts, article.normalizedTitle(),
                article.normalizedText());
    }

    /** The first trade measure with a named party or goods: what the article reports as its news. */
    public Optional<FactSignature> leadMeasure() {
        return facts.stream().filter(f -> f.isTradeMeasure() && !f.isAnonymous()).findFirst();
    }

    private static FactSignature signature(ExtractedFact fact, NormalizedSpans spans) {
        Map<String, Object> attributes = fact.attributes() == null ? Map.of() : fact.attributes();
        String product = null;
        if (attributes.get("goods") instanceof String goods && !goods.isBlank()) {
            product = spans.normalized(goods, fact.end());
        } else if (attributes.get("affected_entities") instanceof List<?> listed && !listed.isEmpty()) {
            product = String.join("、", listed.stream().map(n -> spans.normalized(n.toString(), fact.end())).toList());
        }
        return new FactSignature(fact.kind(), lower(attributes.get("imposing_country")),
                lower(attributes.get("affected_country")), product, number(attributes.get("from")),
                number(attributes.get("to")), fact.value(), fact.currency());
    }

    private static String lower(Object value) {
        return value == null ? null : value.toString().toLowerCase(Locale.ROOT);
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
