package io.sinoscope.query.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * In how many articles each key (an entity id, a bigram) has appeared, for inverse document frequencies. Bounded: when
 * more than {@code maxKeys} keys are counted, every count and the article count are halved and keys at zero dropped,
 * so old vocabulary fades and recent news weighs more.
 */
final class DocumentFrequencies {

    private final int maxKeys;
    private final Map<String, Integer> counts = new HashMap<>();
    private long documents;

    DocumentFrequencies(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    void add(Collection<String> keys) {
        documents++;
        for (String key : keys) {
            counts.merge(key, 1, Integer::sum);
        }
        if (counts.size() > maxKeys) {
            halve();
        }
    }

    /** ln(1 + N / df): a key in every article weighs ln 2, one in a single article ln(1 + N). */
    double idf(String key) {
        int df = Math.max(1, counts.getOrDefault(key, 0));
        return Math.log(1 + (double) Math.max(documents, df) / df);
    }

    int frequency(String key) {
        return counts.getOrDefault(key, 0);
    }

    private void halve() {
        documents = Math.max(1, documents / 2);
        counts.replaceAll((key, count) -> count / 2);
        counts.values().removeIf(count -> count == 0);
    }
}
