package io.sinoscope.query.search;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.text.LinkedEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the index holds of an article, built from an event or from the stored row ({@code indexing.IndexedArticles}).
 *
 * @param entityIds         every entity the article links, possible links included (the entity filter finds them all)
 * @param textOffsets       the event's {@code textOffsets} (runs of the normalised → original map); null from a stored
 *                          row or a producer that does not send them, and then the index normalises the text again
 * @param possibleEntityIds those of {@code entityIds} linked only as possible links ({@link #possibleLinks}): the
 *                          entity facet leaves them out, a hit names them
 */
public record IndexedArticle(String id, String externalId, String source, String title, String normalizedTitle,
                             String normalizedText, String region, Instant publishedAt, String contentHash,
                             Set<String> entityIds, String text, List<String> topics, List<Integer> textOffsets,
                             Set<String> possibleEntityIds) {

    public IndexedArticle {
        topics = topics == null ? List.of() : topics.stream().filter(Objects::nonNull).map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
        entityIds = entityIds == null ? Set.of() : entityIds;
        Set<String> linked = entityIds;
        Set<String> possible = new LinkedHashSet<>();
        if (possibleEntityIds != null) {
            possibleEntityIds.stream().filter(linked::contains).forEach(possible::add);
        }
        possibleEntityIds = Collections.unmodifiableSet(possible);
    }

    /** Every link sure. */
    public IndexedArticle(String id, String externalId, String source, String title, String normalizedTitle,
                          String normalizedText, String region, Instant publishedAt, String contentHash,
                          Set<String> entityIds, String text, List<String> topics, List<Integer> textOffsets) {
        this(id, externalId, source, title, normalizedTitle, normalizedText, region, publishedAt, contentHash,
                entityIds, text, topics, textOffsets, Set.of());
    }

    /** Without the original text (snippets stay normalised), without topics, every link sure. */
    public IndexedArticle(String id, String externalId, String source, String title, String normalizedTitle,
                          String normalizedText, String region, Instant publishedAt, String contentHash,
                          Set<String> entityIds) {
        this(id, externalId, source, title, normalizedTitle, normalizedText, region, publishedAt, contentHash,
                entityIds, null, List.of(), null);
    }

    public static IndexedArticle of(ArticleEnriched event) {
        return new IndexedArticle(event.id(), event.externalId(), event.source(), event.title(),
                event.normalizedTitle(), event.normalizedText() != null ? event.normalizedText() : event.text(),
                event.region(), event.publishedAt(), event.contentHash(), entityIds(event.entities()), event.text(),
                event.topics(), event.textOffsets(), possibleLinks(event.entities()));
    }

    /** The ids of the entities, in order of first mention. */
    public static Set<String> entityIds(Collection<EnrichedEntity> entities) {
        Set<String> ids = new LinkedHashSet<>();
        if (entities != null) {
            entities.stream().filter(Objects::nonNull).map(EnrichedEntity::id).filter(Objects::nonNull)
                    .forEach(ids::add);
        }
        return ids;
    }

    /**
     * The ids of the entities linked only as possible links: the linker's own confidence of every mention at most
     * {@link LinkedEntity#POSSIBLE_AT_MOST} ({@link LinkedEntity#possible}), as the article API says. An entity listed
     * twice is possible only if every mention of both is.
     */
    public static Set<String> possibleLinks(Collection<EnrichedEntity> entities) {
        Map<String, List<Double>> confidences = new LinkedHashMap<>();
        if (entities != null) {
            for (EnrichedEntity entity : entities) {
                if (entity == null || entity.id() == null) {
                    continue;
                }
                List<Double> own = confidences.computeIfAbsent(entity.id(), k -> new ArrayList<>());
                if (entity.mentions() != null) {
                    entity.mentions().stream().filter(Objects::nonNull).map(EntityMention::confidence)
                            .forEach(own::add);
                }
            }
        }
        Set<String> possible = new LinkedHashSet<>();
        confidences.forEach((id, own) -> {
            if (LinkedEntity.possible(id, own)) {
                possible.add(id);
            }
        });
        return possible;
    }

    /** The links the entity facet counts: every linked entity but the possible links. */
    public Set<String> sureEntityIds() {
        Set<String> sure = new LinkedHashSet<>(entityIds);
        sure.removeAll(possibleEntityIds);
        return sure;
    }
}
