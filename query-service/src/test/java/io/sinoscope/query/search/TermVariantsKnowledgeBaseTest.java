package io.sinoscope.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** A query names a knowledge-base entity by its name, but not by a guarded form that is also an ordinary word. */
class TermVariantsKnowledgeBaseTest {

    private final TermVariants variants = new TermVariants(TextAnalyzer.createDefault());

    @Test
    void aKnowledgeBaseNameNamesItsEntityInEitherScript() {
        assertEquals("cedict:location:宁波市", variants.entity("宁波").map(CanonicalEntity::id).orElseThrow());
        assertEquals("cedict:location:宁波市", variants.entity("寧波市").map(CanonicalEntity::id).orElseThrow());
        assertEquals("org:volkswagen", variants.entity("大众汽车").map(CanonicalEntity::id).orElseThrow());
    }

    @Test
    void aGuardedFormIsNotExpandedToTheEntity() {
        // 大众 is also "the public": CC-CEDICT lends it to Volkswagen, but a query for it must not become one for VW
        assertTrue(variants.entity("大众").isEmpty());
        assertTrue(variants.entity("山水").isEmpty());
    }

    @Test
    void anEnglishNameNamesItsKnowledgeBaseEntityWhenOnlyOneHasIt() {
        assertEquals("cedict:location:宁波市", variants.entity("Ningbo").map(CanonicalEntity::id).orElseThrow());
        assertEquals("cedict:location:基加利", variants.entity("kigali").map(CanonicalEntity::id).orElseThrow());
        // Curated entities keep answering by their English aliases.
        assertEquals("Q22686", variants.entity("Trump").map(CanonicalEntity::id).orElseThrow());
        assertTrue(variants.entity("Nowhere Such Place").isEmpty());
    }
}
