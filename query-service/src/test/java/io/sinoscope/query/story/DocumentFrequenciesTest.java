package io.sinoscope.query.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

    @Test
    void countsEachKeyOncePerArticleItIsIn() {
        DocumentFrequencies frequencies = new DocumentFrequencies(1_000);
        frequencies.add(List.of("e:US", "b:关税", "b:芯片"));
        frequencies.add(List.of("e:US", "b:关税"));
        frequencies.add(List.of("e:US"));

        assertEquals(3, frequencies.frequency("e:US"));
        assertEquals(2, frequencies.frequency("b:关税"));
        assertEquals(1, frequencies.frequency("b:芯片"));
        assertEquals(0, frequencies.frequency("b:大豆"));
        assertEquals(Math.log(2), frequencies.idf("e:US"), 1e-12, "a key in every article weighs ln 2");
        assertEquals(Math.log(4), frequencies.idf("b:大豆"), 1e-12, "an unseen key weighs as one seen once");
        assertTrue(frequencies.idf("b:芯片") > frequencies.idf("b:关税"));
    }

    @Test
    void keepsEveryCountWhileTheTableGrows() {
        DocumentFrequencies frequencies = new DocumentFrequencies(1_000_000);
        for (int article = 0; article < 50; article++) {
            List<String> keys = new ArrayList<>();
            for (int k = 0; k <= article * 40; k++) {
                keys.add("b:" + k);
            }
            frequencies.add(keys);
        }
        // Key k is in every article from the one whose keys first reach k.
        assertEquals(50, frequencies.frequency("b:0"));
        assertEquals(1, frequencies.frequency("b:" + 49 * 40));
        assertEquals(49 * 40 + 1, frequencies.size());
    }

    @Test
    void staysWithinItsCapByHalvingAndDroppingWhatFadesToZero() {
        int cap = 5_000;
        DocumentFrequencies frequencies = new DocumentFrequencies(cap);
        for (int article = 0; article < 2_000; article++) {
            List<String> keys = new ArrayList<>(List.of("e:CN"));
            for (int k = 0; k < 30; k++) {
                keys.add("b:" + article + "/" + k); // a stream whose bigrams are nearly all new
            }
            frequencies.add(keys);
            assertTrue(frequencies.size() <= cap, "over the cap after article " + article + ": " + frequencies);
        }
        // The key every article holds survives each halving; a key seen once long ago is gone.
        assertTrue(frequencies.frequency("e:CN") > 0);
        assertEquals(0, frequencies.frequency("b:0/0"));
        assertEquals(1, frequencies.frequency("b:1999/29"));
        assertTrue(frequencies.idf("e:CN") < Math.log(3), "a key in every recent article stays cheap");
    }
}
