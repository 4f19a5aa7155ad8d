package io.sinoscope.text.keyword;

import io.sinoscope.text.Token;
import io.sinoscope.text.entity.EntityLinker;
import io.sinoscope.text.entity.NameNoiseFilter;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which tokens can be keywords: not a stop word (resource {@value #STOP_WORDS}), at least
 * two characters, made of letters, not tagged as a function word, number or punctuation, and not a
 * name HanLP made up. HanLP's recognisers glue sentence fragments into "names" (但须将销售/nr,
 * 客户亦会/nr); a name the gazetteer does not know is kept only if the {@link NameNoiseFilter}
 * would report it as an unlinked entity, so keywords never show a name the entity list rejected.
 */
final class ContentWords {

    static final String STOP_WORDS = "stopwords-v1.txt";

    /** HanLP tag prefixes of words that carry no topic: punctuation, numbers, particles, pronouns… */
    private static final List<String> EXCLUDED_TAGS =
            List.of("w", "m", "q", "u", "p", "c", "d", "r", "y", "e", "o", "f", "t", "x");

    private final Set<String> stopWords;
    private final NameNoiseFilter names;
    private final EntityNames entities;

    private ContentWords(Set<String> stopWords, NameNoiseFilter names, EntityNames entities) {
        this.stopWords = Set.copyOf(stopWords);
        this.names = names;
        this.entities = entities;
    }

    static ContentWords fromResources(EntityNames entities) {
        Set<String> stopWords = new HashSet<>();
        for (String[] row : AnalyzerData.readTsv(STOP_WORDS, 1)) {
            stopWords.add(row[0]);
        }
        return new ContentWords(stopWords, NameNoiseFilter.fromResources(), entities);
    }

    boolean accepts(Token token) {
        String term = token.term();
        if (term.codePointCount(0, term.length()) < 2 || stopWords.contains(term.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // Loops rather than streams: this runs for every token of every text.
        boolean anyLetter = false;
        for (int i = 0; i < term.length(); ) {
            int cp = term.codePointAt(i);
            if (!(Character.isLetterOrDigit(cp) || cp == '·' || cp == '-')) {
                return false;
            }
            anyLetter |= Character.isLetter(cp);
            i += Character.charCount(cp);
        }
        if (!anyLetter) {
            return false;
        }
        String tag = token.partOfSpeech();
        for (String excluded : EXCLUDED_TAGS) {
            if (tag.startsWith(excluded)) {
                return false;
            }
        }
        return !isNoiseName(term, tag);
    }

    private boolean isNoiseName(String term, String tag) {
        return EntityLinker.nameType(tag)
                .filter(type -> !entities.isKnown(term) && names.isNoise(term, type, tag))
                .isPresent();
    }
}
