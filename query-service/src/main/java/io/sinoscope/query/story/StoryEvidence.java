package io.sinoscope.query.story;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.ExtractedFact;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * @param region  CN, TW, HK or OTHER
 * @param facts   in the order the text states them: the first trade measure is the article's news, later ones are
 *                often background (the measure it answers)
 * @param figures the figures it states, normalised ({@link FigureKeys}: {@code pp:0.5}, {@code money:1000000000000})
 * @param event   the kind of event it reports, its places, whether its title announces a repeat ({@link EventSignature})
 */
public record StoryEvidence(String articleId, Instant publishedAt, String region, List<LinkedEntity> entities,
        List<FactSignature> facts, List<String> figures, String normalizedTitle, String normalizedText,
        EventSignature event) {

    public StoryEvidence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(publishedAt, "publishedAt");
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        figures = List.copyOf(figures);
        normalizedTitle = normalizedTitle == null ? "" : normalizedTitle;
        normalizedText = normalizedText == null ? "" : normalizedText;
        event = event == null ? EventSignature.NONE : event;
    }

    /** Evidence without an event signature. */
    public StoryEvidence(String articleId, Instant publishedAt, String region, List<LinkedEntity> entities,
            List<FactSignature> facts, List<String> figures, String normalizedTitle, String normalizedText) {
        this(articleId, publishedAt, region, entities, facts, figures, normalizedTitle, normalizedText,
                EventSignature.NONE);
    }

    /** Evidence without figures. */
    public StoryEvidence(String articleId, Instant publishedAt, String region, List<LinkedEntity> entities,
            List<FactSignature> facts, String normalizedTitle, String normalizedText) {
        this(articleId, publishedAt, region, entities, facts, List.of(), normalizedTitle, normalizedText);
    }

    /**
     * An entity the article links, with its type (PERSON, ORGANIZATION, LOCATION, OTHER) and the keys it is compared
     * by across regions ({@link EntityKeys}: its id first, then its name's normalised and phonetic forms).
     */
    public record LinkedEntity(String id, String type, List<String> keys) {

        public LinkedEntity {
            Objects.requireNonNull(id, "id");
            keys = keys == null || keys.isEmpty() ? List.of(id) : List.copyOf(keys);
        }

        /** An entity compared by its id alone. */
        public LinkedEntity(String id, String type) {
            this(id, type, List.of(id));
        }
    }

    /**
     * The evidence of an enriched article. An article without a publication time is placed at its enrichment time
     * (the best estimate of when it was news).
     */
    public static StoryEvidence of(ArticleEnriched article) {
        Instant at = article.publishedAt() != null ? article.publishedAt()
                : article.enrichedAt() != null ? article.enrichedAt() : Instant.EPOCH;
        NormalizedSpans spans = NormalizedSpans.of(article);
        Map<String, LinkedEntity> entities = new LinkedHashMap<>();
        if (article.entities() != null) {
            for (EnrichedEntity e : article.entities()) {
                if (e.id() != null) {
                    entities.putIfAbsent(e.id(), new LinkedEntity(e.id(), e.type(), EntityKeys.of(e, spans)));
                }
            }
        }
        List<FactSignature> facts = article.facts() == null ? List.of() : article.facts().stream()
                .filter(f -> f.kind() != null)
                .sorted(Comparator.comparingInt(ExtractedFact::start))
                .map(f -> signature(f, spans))
                .toList();
        List<String> figures = article.facts() == null ? List.of() : FigureKeys.of(article.facts());
        String title = RegionalFold.fold(article.normalizedTitle());
        String text = RegionalFold.fold(article.normalizedText());
        // A force, a coast guard or a reef each region names its own way (东部战区 / 共軍, 仁爱礁 / 仁愛暗沙) stands
        // for one entity of the event cue table when the linker tied none of its forms.
        EventSignature.Reading event = EventSignature.read(title, text);
        event.units().forEach((id, form) -> entities.putIfAbsent(id,
                new LinkedEntity(id, id.startsWith("place:") || id.contains(":location:") ? "LOCATION"
                        : "ORGANIZATION", List.of(id, EntityKeys.SURFACE + form))));
        return new StoryEvidence(article.id(), at, article.region(), List.copyOf(entities.values()), facts, figures,
                title, text, event.signature());
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
