package io.sinoscope.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which links of an article are possible, as the index files them: the linker's confidences decide. */
class IndexedArticleTest {

    private static EnrichedEntity entity(String id, double... confidences) {
        List<EntityMention> mentions = Arrays.stream(confidences)
                .mapToObj(c -> new EntityMention("名字", 0, 2, c)).toList();
        return new EnrichedEntity(id, id, "PERSON", mentions);
    }

    @Test
    void aLinkIsPossibleOnlyWhenEveryMentionIsAtMostTheBound() {
        List<EnrichedEntity> entities = List.of(
                entity("person:keyed", 0.45, 0.3),
                entity("person:surely", 0.45, 0.9),
                entity("person:listed", 1.0),
                // An unlinked name's low confidence says it is listed nowhere, not that it may be someone else.
                entity("unlinked:name:~ha-wa-sen", 0.4),
                // The same entity twice: possible only if every mention of both is.
                entity("person:twice", 0.45), entity("person:twice", 0.95),
                // No mention at all says nothing.
                entity("person:unmentioned"));
        assertEquals(Set.of("person:keyed"), IndexedArticle.possibleLinks(entities));
        assertEquals(List.of("person:keyed", "person:surely", "person:listed", "unlinked:name:~ha-wa-sen",
                "person:twice", "person:unmentioned"), List.copyOf(IndexedArticle.entityIds(entities)));
    }

    @Test
    void theFacetTakesEveryLinkButThePossibleOnes() {
        IndexedArticle article = new IndexedArticle("a", null, "wire", "t", "t", "t", "TW",
                Instant.parse("2025-04-09T02:00:00Z"), "h", Set.of("person:keyed", "Q1"), null, List.of(), null,
                // An id the article does not link cannot be one of its possible links.
                Set.of("person:keyed", "person:elsewhere"));
        assertEquals(Set.of("person:keyed"), article.possibleEntityIds());
        assertEquals(Set.of("Q1"), article.sureEntityIds());
        assertEquals(Set.of(), new IndexedArticle("b", null, "wire", "t", "t", "t", "TW", null, "h", Set.of("Q1"))
                .possibleEntityIds());
    }
}
