package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
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
    void wordFilledArticlesAreNoNearDuplicatesOfEachOther() {
        SyntheticCorpus corpus = FreshnessDriver.corpus("words", 3, 2000);
        String first = corpus.article().text();
        String second = corpus.article().text();
        // ingest-service drops an article whose three-character shingles are >= 80 % those of an earlier one.
        double jaccard = jaccard(shingles(first), shingles(second));
        assertTrue(jaccard < 0.3, "shingle similarity " + jaccard);
        assertFalse(first.contains(SyntheticCorpus.RARE_SENTENCE), "the rare term stays the search corpus's");
        assertThrows(IllegalArgumentException.class, () -> FreshnessDriver.corpus("emoji", 3, 2000));
    }

    private static Set<String> shingles(String text) {
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 3 <= text.length(); i++) {
            shingles.add(text.substring(i, i + 3));
        }
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() / (double) (a.size() + b.size() - common.size());
    }

    @Test
    void percentilesUseNearestRank() {
        Percentiles p = new Percentiles(new double[] {5, 1, 4, 2, 3});
        assertEquals(3, p.at(50));
        assertEquals(5, p.at(99));
        assertEquals(1, p.at(1));
    }
}
