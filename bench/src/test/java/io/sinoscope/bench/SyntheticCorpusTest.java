package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SyntheticCorpusTest {

    @Test
    void articlesHaveTheRequestedLengthAndDifferWhileSeedsRepeat() throws Exception {
        var json = new ObjectMapper();
        String first = json.readTree(new SyntheticCorpus(1, 2000).articleLine("s", "a1")).get("text").asText();
        String second = json.readTree(new SyntheticCorpus(2, 2000).articleLine("s", "a2")).get("text").asText();
        assertTrue(first.length() >= 2000 && first.length() < 2100, "length " + first.length());
        assertNotEquals(first.substring(100), second.substring(100));
        assertEquals(first, json.readTree(new SyntheticCorpus(1, 2000).articleLine("s", "a1")).get("text").asText());
    }

    @Test
    void percentilesUseNearestRank() {
        Percentiles p = new Percentiles(new double[] {5, 1, 4, 2, 3});
        assertEquals(3, p.at(50));
        assertEquals(5, p.at(99));
        assertEquals(1, p.at(1));
    }
}
