package io.sinoscope.text.keyword;

import io.sinoscope.text.Token;
import io.sinoscope.text.resource.ResourceLines;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which tokens can be keywords: not a stop word (resource {@value #STOP_WORDS}), at least
 * two characters, made of letters, and not tagged as a function word, number or punctuation.
 * Shared by the keyword rankers so they agree on candidates.
 */
final class ContentWords {

    static final String STOP_WORDS = "stopwords-v1.txt";

    /** HanLP tag prefixes of words that carry no topic: punctuation, numbers, particles, pronouns… */
    private static final List<String> EXCLUDED_TAGS =
            List.of("w", "m", "q", "u", "p", "c", "d", "r", "y", "e", "o", "f", "t", "x");

    private final Set<String> stopWords;

    private ContentWords(Set<String> stopWords) {
        this.stopWords = Set.copyOf(stopWords);
    }

    static ContentWords fromResources() {
        Set<String> stopWords = new HashSet<>();
        for (String[] row : ResourceLines.readTsv(STOP_WORDS, 1)) {
            stopWords.add(row[0]);
        }
        return new ContentWords(stopWords);
    }

    boolean accepts(Token token) {
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
}
