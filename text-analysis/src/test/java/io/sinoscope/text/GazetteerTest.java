package io.sinoscope.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.fromResources();
    }

    private static String idOf(String alias) {
        return gazetteer.lookup(alias).map(CanonicalEntity::id).orElse("<none>");
    }

    @Test
    void aKnowledgeBaseEntryGlossedAsAListOfPlacesIsNotTheFirstOfThem() {
        // CC-CEDICT glosses 北上广 "Beijing, Shanghai and Guangzhou (abbr. ...)": not Beijing.
        assertTrue(gazetteer.lookup("北上广").isPresent());
        assertNotEquals("Q956", gazetteer.lookup("北上广").get().id());
        assertEquals("Beijing, Shanghai and Guangzhou", gazetteer.lookup("北上广").get().name());
        // A Taiwan spelling glossed with one name still joins the curated country by that name.
        assertEquals("Q114", gazetteer.lookup("肯亞").get().id());
    }

    @Test
    void holdsAtLeastSixtyEntities() {
        assertTrue(gazetteer.entities().size() >= 60, "entities: " + gazetteer.entities().size());
    }

    @Test
    void everyListedAliasFindsItsOwnEntity() {
        for (CanonicalEntity entity : gazetteer.entities()) {
            for (String alias : entity.aliases()) {
                assertEquals(entity.id(), idOf(alias), alias);
            }
        }
    }

    @Test
    void findsTrumpBySimplifiedTaiwanHongKongAndEnglishNames() {
        assertEquals("Q22686", idOf("特朗普"));
        assertEquals("Q22686", idOf("川普"));
        assertEquals("Q22686", idOf("唐納·川普"));
        assertEquals("Q22686", idOf("Donald Trump"));
    }

    @Test
    void latinAliasesAreCaseInsensitive() {
        assertEquals("Q22686", idOf("trump"));
        assertEquals("Q22686", idOf("TRUMP"));
        assertEquals("org:mp-materials", idOf("mp materials"));
    }

    @Test
    void traditionalFormsNotListedLiterallyAreFoundThroughConversion() {
        // Only 纳坦雅胡/納坦雅胡 are listed; the Simplified-converted key makes mixed spellings work.
        assertEquals("Q43297", idOf("纳坦雅胡"));
        assertEquals("Q43297", idOf("內塔尼亞胡"));
        assertEquals("Q10853588", idOf("贺锦丽"));
        assertEquals("person:pete-hegseth", idOf("海格塞斯"));
    }

    @Test
    void middleDotVariantsAreEquivalent() {
        assertEquals("Q22686", idOf("唐納‧川普"));
        assertEquals("Q22686", idOf("唐纳德・特朗普"));
    }

    @Test
    void findsPlacesAndOrganisationsByRegionalNames() {
        assertEquals("Q3130", idOf("雪梨"));
        assertEquals("Q819", idOf("寮國"));
        assertEquals("Q334", idOf("星國"));
        assertEquals("Q664", idOf("紐西蘭"));
        assertEquals("Q182477", idOf("輝達"));
        assertEquals("Q53536", idOf("聯準會"));
        assertEquals("Q53536", idOf("聯儲局"));
    }

    @Test
    void byIdAndUnknownAliases() {
        assertEquals("Donald Trump", gazetteer.byId("Q22686").orElseThrow().name());
        assertEquals(EntityType.LOCATION, gazetteer.byId("Q30").orElseThrow().type());
        assertTrue(gazetteer.byId("nope").isEmpty());
        assertTrue(gazetteer.lookup("不存在的名字").isEmpty());
        assertTrue(gazetteer.lookup("").isEmpty());
    }

    @Test
    void wikidataIdIsTheEntityIdWhenGivenOtherwiseASlug() {
        for (CanonicalEntity entity : gazetteer.entities()) {
            if (!gazetteer.isCurated(entity.id())) {
                // knowledge-base ids are their own namespace, so they never collide with a curated slug
                assertTrue(entity.id().matches("cedict:(person|location|organization|other):\\S+"), entity.id());
            } else if (entity.wikidataId().isEmpty()) {
                assertTrue(entity.id().matches("[a-z]+:[a-z0-9-]+"), entity.id());
            } else {
                assertEquals(entity.wikidataId(), entity.id());
            }
        }
    }
}
