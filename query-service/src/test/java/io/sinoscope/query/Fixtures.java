package io.sinoscope.query;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.contracts.ExtractedFact;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.TextAnalyzer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds realistic enriched events from fixture sentences written for these tests (mainland, Hong Kong and Taiwan
 * styles): the normalised text, script and region come from the real {@link TextAnalyzer}, mentions from the
 * gazetteer at the offsets each surface has in the original text.
 */
public final class Fixtures {

    private final TextAnalyzer analyzer;

    public Fixtures(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Builder article(String id, String title, String text, String publishedAt) {
        return new Builder(id, title, text, Instant.parse(publishedAt));
    }

    public final class Builder {
        private final String id;
        private final String title;
        private final String text;
        private final Instant publishedAt;
        private final Map<String, List<EntityMention>> mentions = new LinkedHashMap<>();
        /** Entities {@link #linked()} took from the analyzer, unlinked ones included: no gazetteer entry names them. */
        private final Map<String, EnrichedEntity> linkedEntities = new LinkedHashMap<>();
        private final List<ExtractedFact> facts = new ArrayList<>();
        private List<String> topics = List.of();
        private String source = "fixture-wire";

        Builder(String id, String title, String text, Instant publishedAt) {
            this.id = id;
            this.title = title;
            this.text = text;
            this.publishedAt = publishedAt;
        }

        /** Every occurrence of the surface in the text, linked to the gazetteer entity it names. */
        public Builder mentions(String surface) {
            CanonicalEntity entity = analyzer.gazetteer().lookup(surface).orElseThrow(
                    () -> new IllegalArgumentException(surface + " is not in the gazetteer"));
            int at = text.indexOf(surface);
            if (at < 0) {
                throw new IllegalArgumentException(surface + " is not in the text of " + id);
            }
            for (; at >= 0; at = text.indexOf(surface, at + surface.length())) {
                mentions.computeIfAbsent(entity.id(), k -> new ArrayList<>())
                        .add(TestEvents.mention(surface, at, at + surface.length()));
            }
            return this;
        }

        /** The entities the real linker gives the text, as nlp-service sends them (unlinked names included). */
        public Builder linked() {
            for (LinkedEntity entity : analyzer.analyze(text).entities()) {
                List<EntityMention> list = new ArrayList<>();
                for (Mention mention : entity.mentions()) {
                    list.add(new EntityMention(mention.surface(), mention.start(), mention.end(), mention.confidence()));
                }
                linkedEntities.put(entity.id(), new EnrichedEntity(entity.id(), entity.name(), entity.type().name(),
                        list));
            }
            return this;
        }

        /** A fact over the first occurrence of its text. */
        public Builder fact(String kind, String factText, Double value, String unit, String currency, String date,
                Map<String, Object> attributes) {
            int at = text.indexOf(factText);
            if (at < 0) {
                throw new IllegalArgumentException(factText + " is not in the text of " + id);
            }
            facts.add(new ExtractedFact(kind, factText, value, unit, currency, date, at, at + factText.length(),
                    attributes));
            return this;
        }

        public Builder topics(String... values) {
            topics = List.of(values);
            return this;
        }

        public Builder source(String value) {
            source = value;
            return this;
        }

        public ArticleEnriched build() {
            NormalizedText normalized = analyzer.normalize(text);
            List<EnrichedEntity> entities = new ArrayList<>();
            mentions.forEach((entityId, list) -> {
                CanonicalEntity entity = analyzer.gazetteer().byId(entityId).orElseThrow();
                entities.add(new EnrichedEntity(entityId, entity.name(), entity.type().name(), list));
            });
            linkedEntities.values().stream().filter(entity -> !mentions.containsKey(entity.id())).forEach(entities::add);
            return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, id, "ext-" + id, source,
                    "https://example.org/" + id, title, text, publishedAt, "hash-" + id + "-" + text.hashCode(),
                    analyzer.normalize(title).normalized(), normalized.normalized(), normalized.script().name(),
                    normalized.region().code(), normalized.regionConfidence(), entities, facts, List.of(), topics,
                    null, "fixture-1", Instant.parse("2025-06-30T00:00:00Z"), null, normalized.offsetRuns());
        }
    }

}
