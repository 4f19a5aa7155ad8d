package io.sinoscope.query.search;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the index holds of an article, built from an event or from the stored row ({@code indexing.IndexedArticles}).
 *
 * @param textOffsets the event's {@code textOffsets} (runs of the normalised → original map); null from a stored row
 *                    or a producer that does not send them, and then the index normalises the text again
 */
public record IndexedArticle(String id, String externalId, String source, String title, String normalizedTitle,
                             String normalizedText, String region, Instant publishedAt, String contentHash,
                             Set<String> entityIds, String text, List<String> topics, List<Integer> textOffsets) {

    public IndexedArticle {
        topics = topics == null ? List.of() : topics.stream().filter(Objects::nonNull).map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** Without the original text (snippets stay normalised) and without topics. */
    public IndexedArticle(String id, String externalId, String source, String title, String normalizedTitle,
                          String normalizedText, String region, Instant publishedAt, String contentHash,
                          Set<String> entityIds) {
        this(id, externalId, source, title, normalizedTitle, normalizedText, region, publishedAt, contentHash,
                entityIds, null, List.of(), null);
    }

    public static IndexedArticle of(ArticleEnriched event) {
        Set<String> entityIds = new LinkedHashSet<>();
        if (event.entities() != null) {
            event.entities().stream().filter(Objects::nonNull).map(EnrichedEntity::id).filter(Objects::nonNull)
                    .forEach(entityIds::add);
        }
        return new IndexedArticle(event.id(), event.externalId(), event.source(), event.title(),
                event.normalizedTitle(), event.normalizedText() != null ? event.normalizedText() : event.text(),
                event.region(), event.publishedAt(), event.contentHash(), entityIds, event.text(), event.topics(),
                event.textOffsets());
    }
}
