package io.sinoscope.support.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityCuration;
import io.sinoscope.contracts.EntityMention;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CurationRulesTest {

    // A Taiwan-style sentence: the linker gave 貝佐斯 an unlinked id and 亞馬遜 its gazetteer id.
    private static final String TW = "亞馬遜創辦人貝佐斯今天宣布，貝佐斯將捐出更多股份。";
    private static final List<EnrichedEntity> TW_ENTITIES = List.of(
            new EnrichedEntity("Q3884", "Amazon", "ORGANIZATION", List.of(new EntityMention("亞馬遜", 0, 3, 1.0))),
            new EnrichedEntity("unlinked:PERSON:贝佐斯", null, "PERSON", List.of(
                    new EntityMention("貝佐斯", 6, 9, 0.4), new EntityMention("貝佐斯", 15, 18, 0.4))));

    private static EntityCuration override(long seq, String kind, String entityId, String entityName, String otherId,
            String otherName, String alias, List<String> forms, String articleId) {
        return new EntityCuration(1, seq, kind, entityId, entityName, "PERSON", otherId, otherName, "PERSON", alias,
                forms, articleId, null, null, "test", "k", Instant.EPOCH);
    }

    private static Map<String, List<String>> surfacesById(List<EnrichedEntity> entities) {
        return entities.stream().collect(Collectors.toMap(EnrichedEntity::id,
                e -> e.mentions().stream().map(m -> m.surface() + "@" + m.start()).toList()));
    }

    @Test
    void withoutOverridesTheEntitiesAreReturnedUnchanged() {
        assertSame(TW_ENTITIES, CurationRules.none().apply("a1", TW, TW_ENTITIES));
    }

    @Test
    void anAddedAliasLinksTheUnlinkedNameWrittenSoInEveryScript() {
        CurationRules rules = CurationRules.of(List.of(override(1, EntityCuration.ADD_ALIAS, "Q312556", "Jeff Bezos",
                null, null, "贝索斯", List.of("贝索斯", "貝佐斯", "貝索斯"), null)));
        Map<String, List<String>> result = surfacesById(rules.apply("a1", TW, TW_ENTITIES));
        assertEquals(List.of("貝佐斯@6", "貝佐斯@15"), result.get("Q312556"));
        assertEquals(List.of("亞馬遜@0"), result.get("Q3884"));
        assertEquals(2, result.size());
        assertEquals("Jeff Bezos", rules.apply("a1", TW, TW_ENTITIES).stream()
                .filter(e -> e.id().equals("Q312556")).findFirst().orElseThrow().name());
    }

    @Test
    void anAddedAliasFoundInTextNothingCoversBecomesAMention() {
        // Mainland style: HanLP missed 贝索斯 entirely; the alias still links it, at its exact offsets.
        String cn = "据报道，贝索斯周二在西雅图发表讲话。";
        CurationRules rules = CurationRules.of(List.of(override(1, EntityCuration.ADD_ALIAS, "Q312556", "Jeff Bezos",
                null, null, "贝索斯", List.of("贝索斯"), null)));
        List<EnrichedEntity> result = rules.apply("a2", cn, List.of());
        assertEquals(1, result.size());
        EntityMention m = result.get(0).mentions().get(0);
        assertEquals("贝索斯", cn.substring(m.start(), m.end()));
        assertEquals(CurationRules.CURATED_CONFIDENCE, m.confidence());
    }

    @Test
    void aMergeMovesMentionsToTheSurvivorAndResolvesTheMergedId() {
        CurationRules rules = CurationRules.of(List.of(override(1, EntityCuration.MERGE, "Q312556", "Jeff Bezos",
                "unlinked:PERSON:贝佐斯", null, null, List.of(), null)));
        assertEquals("Q312556", rules.canonicalId("unlinked:PERSON:贝佐斯"));
        assertEquals(Map.of("Q3884", List.of("亞馬遜@0"), "Q312556", List.of("貝佐斯@6", "貝佐斯@15")),
                surfacesById(rules.apply("a1", TW, TW_ENTITIES)));
        assertEquals(java.util.Set.of("unlinked:PERSON:贝佐斯"), rules.mergedIds("Q312556"));
    }

    @Test
    void mergesChainAndAMergeBackUndoesTheEarlierOneInsteadOfLooping() {
        CurationRules chained = CurationRules.of(List.of(
                override(1, EntityCuration.MERGE, "B", "B", "C", null, null, List.of(), null),
                override(2, EntityCuration.MERGE, "A", "A", "B", null, null, List.of(), null)));
        assertEquals("A", chained.canonicalId("C"));
        CurationRules back = CurationRules.of(List.of(
                override(1, EntityCuration.MERGE, "A", "A", "B", null, null, List.of(), null),
                override(2, EntityCuration.MERGE, "B", "B", "A", null, null, List.of(), null)));
        assertEquals("B", back.canonicalId("A"));
        assertEquals("B", back.canonicalId("B"));
    }

    @Test
    void aSplitAliasMovesOnlyTheMentionsWrittenSo() {
        // Hong Kong style: 彭博 the outlet was linked to the person Michael Bloomberg.
        String hk = "彭博報道，彭博早前表示會參選。";
        List<EnrichedEntity> linked = List.of(new EnrichedEntity("Q607", "Michael Bloomberg", "PERSON", List.of(
                new EntityMention("彭博", 0, 2, 0.8), new EntityMention("彭博", 5, 7, 0.8))));
        CurationRules rules = CurationRules.of(List.of(new EntityCuration(1, 1, EntityCuration.SPLIT_ALIAS, "Q607",
                "Michael Bloomberg", "PERSON", "curated:1", "Bloomberg News", "ORGANIZATION", "彭博",
                List.of("彭博"), null, null, null, "outlet, not the man", "k", Instant.EPOCH)));
        List<EnrichedEntity> result = rules.apply("a3", hk, linked);
        assertEquals(List.of("curated:1"), result.stream().map(EnrichedEntity::id).toList());
        assertEquals("ORGANIZATION", result.get(0).type());
        assertEquals(Map.of("Q607", "curated:1"), Map.of("Q607", rules.aliasTarget("彭博").orElseThrow()));
    }

    @Test
    void aRejectedMentionIsLeftOutOfThatArticleOnly() {
        CurationRules rules = CurationRules.of(List.of(override(1, EntityCuration.REJECT_MENTION, "Q3884", "Amazon",
                null, null, "亞馬遜", List.of("亞馬遜"), "a1")));
        assertEquals(List.of("unlinked:PERSON:贝佐斯"),
                rules.apply("a1", TW, TW_ENTITIES).stream().map(EnrichedEntity::id).toList());
        assertEquals(2, rules.apply("other", TW, TW_ENTITIES).size());
    }

    @Test
    void aRejectionHoldsAgainstTheAliasScanAndAfterAMerge() {
        String cn = "贝索斯说。";
        CurationRules rules = CurationRules.of(List.of(
                override(1, EntityCuration.ADD_ALIAS, "X", "X", null, null, "贝索斯", List.of("贝索斯"), null),
                override(2, EntityCuration.REJECT_MENTION, "X", "X", null, null, "贝索斯", List.of("贝索斯"), "a4"),
                override(3, EntityCuration.MERGE, "Y", "Y", "X", null, null, List.of(), null)));
        assertTrue(rules.apply("a4", cn, List.of()).isEmpty());
        assertEquals("Y", rules.apply("a5", cn, List.of()).get(0).id());
    }
}
