package io.sinoscope.text.keyword;

import io.sinoscope.text.Token;
import io.sinoscope.text.resource.ResourceLines;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks a text's content words: most frequent first, with longer words weighted up because a
 * two-character Chinese word is far more often generic than a four-character one. Stop words
 * (resource {@value #STOP_WORDS}), single characters, and function-word or number tags are left out.
 */
public final class KeywordExtractor {

    static final String STOP_WORDS = "stopwords-v1.txt";
    public static final int DEFAULT_LIMIT = 10;
    private static final int MAX_LENGTH_WEIGHT = 4;

    /** HanLP tag prefixes of words that carry no topic: punctuation, numbers, particles, pronouns… */
    private static final List<String> EXCLUDED_TAGS =
            List.of("w", "m", "q", "u", "p", "c", "d", "r", "y", "e", "o", "f", "t", "x");

    private final Set<String> stopWords;

    private KeywordExtractor(Set<String> stopWords) {
        this.stopWords = Set.copyOf(stopWords);
    }

    public static KeywordExtractor fromResources() {
        Set<String> stopWords = new HashSet<>();
        for (String[] row : ResourceLines.readTsv(STOP_WORDS, 1)) {
            stopWords.add(row[0]);
        }
        return new KeywordExtractor(stopWords);
    }

    public List<String> extract(List<Token> tokens, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Token token : tokens) {
            if (isContentWord(token)) {
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

    private boolean isContentWord(Token token) {
        String term = token.term();
        if (term.codePointCount(0, term.length()) < 2 || stopWords.contains(term.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!term.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '·' || cp == '-')
                || term.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        String tag = token.partOfSpeech();
        return EXCLUDED_TAGS.stream().noneMatch(tag::startsWith);
    }

    private static int score(String term, int count) {
        return count * Math.min(term.codePointCount(0, term.length()), MAX_LENGTH_WEIGHT);
    }
}
