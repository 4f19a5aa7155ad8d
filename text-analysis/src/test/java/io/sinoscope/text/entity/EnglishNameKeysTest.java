package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** English spellings of transliterated names, on names written for this test (none from an evaluation set). */
class EnglishNameKeysTest {

    private static final EnglishNameKeys KEYS = EnglishNameKeys.fromResources();
    private static final UnlinkedNameIds IDS = new UnlinkedNameIds(TransliterationTable.fromResources());

    private static String id(String normalized) {
        return IDS.keyed(normalized, EntityType.PERSON, true).orElseThrow(() -> new AssertionError(normalized));
    }

    /** Whether the English name's pattern matches the whole id, as Lucene's RegexpQuery and PostgreSQL's anchored ~ do. */
    private static boolean finds(String english, String chinese) {
        String pattern = KEYS.unlinkedIdPattern(english).orElseThrow(() -> new AssertionError("no pattern: " + english));
        return Pattern.matches(pattern, id(chinese));
    }

    @Test
    void aKeysSkeletonIsItsInitialsAndCodaN() {
        assertEquals("bss", EnglishNameKeys.skeleton("bei-so-si"));
        assertEquals("dlnb", EnglishNameKeys.skeleton("de-lan-bu"));
        assertEquals("hwsn", EnglishNameKeys.skeleton("ha-wo-sen"));
    }

    @Test
    void aWordIsCutIntoConsonantGroupsWithWhatFollowsThem() {
        List<String[]> units = KEYS.units("schlossberg");
        assertEquals("sch", units.get(0)[0]);
        assertEquals("C", units.get(0)[1]);
        assertEquals("ss", units.get(2)[0]);
        assertEquals("#", units.get(units.size() - 1)[1]);
    }

    @Test
    void anEnglishNameFindsItsTransliterationsInEveryRegionsSpelling() {
        assertTrue(finds("Hofstetter", "霍夫施泰特"));
        assertTrue(finds("Hofstetter", "霍夫斯泰德"), "Taiwan writes 斯/德 for 施/特: one key");
        assertTrue(finds("Jens Halvorsen", "延斯·哈尔沃森"), "a full name is keyed, and searched, by its surname");
    }

    @Test
    void aDifferentNameIsNotFound() {
        assertFalse(finds("Hofstetter", "霍夫曼"));
        assertFalse(finds("Halvorsen", "巴甫洛夫斯基"));
    }

    @Test
    void ordinaryEnglishWordsAndTheirInflectionsAreNotNames() {
        for (String word : List.of("market", "markets", "tariffs", "retracted", "exporting", "Trade")) {
            assertEquals(List.of(), KEYS.skeletons(word), word);
            assertTrue(KEYS.unlinkedIdPattern(word).isEmpty(), word);
        }
        assertTrue(KEYS.skeletons("Bo").isEmpty(), "too short to say");
        assertTrue(KEYS.skeletons("A380").isEmpty(), "not a word");
    }
}
