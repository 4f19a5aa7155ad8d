package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ids of unlinked names, on names written for this test (none from an evaluation set). */
class UnlinkedNameIdsTest {

    private static final UnlinkedNameIds IDS = new UnlinkedNameIds(TransliterationTable.fromResources());

    private static String id(String normalized, EntityType type) {
        return IDS.keyed(normalized, type, true).orElseThrow(() -> new AssertionError("no key for " + normalized));
    }

    @Test
    void aFullNameAndItsSurnameAloneGetOneId() {
        assertEquals(id("哈沃森", EntityType.PERSON), id("延斯·哈尔沃森", EntityType.PERSON), "Taiwan drops 尔 too");
        assertEquals(id("科瓦尔奇克", EntityType.PERSON), id("卡塔日娜·科瓦尔奇克", EntityType.PERSON));
        assertEquals(id("哈沃森", EntityType.PERSON), id("杨斯·哈沃森", EntityType.PERSON),
                "the given name may have a character of no key");
    }

    @Test
    void aShortSurnameKeepsItsGivenName() {
        // 伦敦 alone is London; Jack London's key stays his full name.
        assertNotEquals(id("伦敦", EntityType.LOCATION), id("杰克·伦敦", EntityType.PERSON));
    }

    @Test
    void personAndPlaceShareTheIdOfTheirKeyAndOrganisationsKeepTheirs() {
        assertEquals(id("乌格列达尔", EntityType.PERSON), id("乌格列达", EntityType.LOCATION));
        assertTrue(id("乌格列达", EntityType.LOCATION).startsWith(UnlinkedNameIds.KEYED_NAME + "~"));
        assertEquals("unlinked:organization:~no-si-wa-de公司", id("诺斯沃特公司", EntityType.ORGANIZATION));
        assertEquals("unlinked:name:~wu-ge-lie-da", id("乌格列达", EntityType.LOCATION));
    }

    @Test
    void candidatesAreOneNameIdAndOneOrganisationId() {
        assertEquals(2, IDS.candidates("霍夫斯泰德").size(), IDS.candidates("霍夫斯泰德").toString());
        assertEquals(IDS.candidates("霍夫施泰特"), IDS.candidates("霍夫斯泰德"), "施/斯 and 特/德");
    }

    @Test
    void soundClassesMapASyllableThenItsInitialAndRime() {
        SoundClasses classes = new SoundClasses(Map.of("s", "z"), Map.of("ou", "o"), Map.of("ai", "a"));
        assertEquals("a", classes.apply("ai"));
        assertEquals("zo", classes.apply("sou"));
        assertEquals("bo", classes.apply("bou"));
        assertEquals("o", classes.apply("ou"), "a syllable without initial is its rime");
        assertEquals("zu", classes.apply("su"), "the initial mapped, a rime not in the table kept");
        assertEquals("", SoundClasses.initial("a"));
        assertEquals("l", SoundClasses.initial("li"));
    }
}
