package io.sinoscope.text.normalize;

import io.sinoscope.text.Region;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RegionalVocabularyTest {

    private final RegionalVocabulary vocabulary = RegionalVocabulary.fromResources();

    @Test
    void taiwanPlaceNamesBecomeMainlandNames() {
        assertEquals("悉尼和新加坡", vocabulary.apply("雪梨和星国", Region.TAIWAN).text());
        assertEquals("老挝与新西兰", vocabulary.apply("寮国与纽西兰", Region.TAIWAN).text());
    }

    @Test
    void mainlandPearIsNotSydney() {
        assertEquals("雪梨价格", vocabulary.apply("雪梨价格", Region.MAINLAND).text());
    }

    @Test
    void universalRulesApplyEverywhereAndOffsetsCoverTheSourceTerm() {
        String source = "澳洲矿业";
        Rewrite rewrite = vocabulary.apply(source, Region.MAINLAND);
        assertEquals("澳大利亚矿业", rewrite.text());
        assertEquals("澳洲", source.substring(rewrite.offsets().toOriginal(0), rewrite.offsets().toOriginalEnd(4)));
        assertEquals("矿业", source.substring(rewrite.offsets().toOriginal(4), rewrite.offsets().toOriginalEnd(6)));
    }

    @Test
    void nameTransliterationsAreNotRewritten() {
        assertEquals("川普", vocabulary.apply("川普", Region.TAIWAN).text());
    }
}
