package io.sinoscope.text.keyword;

import io.sinoscope.text.Token;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks a text's content words: most frequent first, with longer words weighted up because a
 * two-character Chinese word is far more often generic than a four-character one. Candidates are
 * the {@link ContentWords}: no stop words, single characters, function-word or number tags.
 */
public final class KeywordExtractor {

    public static final int DEFAULT_LIMIT = 10;
    private static final int MAX_LENGTH_WEIGHT = 4;

    private final ContentWords contentWords;

    private KeywordExtractor(ContentWords contentWords) {
        this.contentWords = contentWords;
    }

    public static KeywordExtractor fromResources() {
        return new KeywordExtractor(ContentWords.fromResources());
    }

    public List<String> extract(List<Token> tokens, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Token token : tokens) {
            if (contentWords.accepts(token)) {
                counts.merge(token.term(), 1, Integer::sum);
            }
        }
        // LinkedHashMap keeps first-occurrence order, which the stable sort uses to break ties.
        return counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(score(b.getKey(), b.getValue()), score(a.getKey(), a.getValue())))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int score(String term, int count) {
        return count * Math.min(term.codePointCount(0, term.length()), MAX_LENGTH_WEIGHT);
    }
}
