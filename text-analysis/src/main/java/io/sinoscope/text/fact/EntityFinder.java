package io.sinoscope.text.fact;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.entity.AliasMatcher;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.textrules.HanCharacters;

import java.util.List;
import java.util.Optional;

/**
 * Finds gazetteer names in a stretch of normalised text with the gazetteer trie, longest name
 * first, so facts can name the countries and other entities of their own sentence without
 * depending on the (separately evolving) entity linker. Only Han aliases of two or more
 * characters are used: single characters (美, 中) and Latin names are too ambiguous here.
 */
final class EntityFinder {

    record Hit(CanonicalEntity entity, int start, int end) {
    }

    private final AliasMatcher matcher;
    private final Gazetteer gazetteer;

    EntityFinder(Gazetteer gazetteer) {
        this.matcher = new AliasMatcher(gazetteer);
        this.gazetteer = gazetteer;
    }

    /** The gazetteer entity with this id, if any. */
    Optional<CanonicalEntity> byId(String id) {
        return gazetteer.byId(id);
    }

    /**
     * Non-overlapping hits of Han aliases of two or more characters in {@code text[from, to)}, left to right, longest
     * first. One pass of the gazetteer trie over the window: scanning the text once per alias made fact extraction
     * grow with (aliases x facts x text length).
     */
    List<Hit> find(String text, int from, int to) {
        String window = text.substring(from, to);
        // Curated names only: a knowledge-base form needs the word edges and context the linker checks with tokens,
        // which this scan has not (北京人 "Peking Man" inside 北京人民大会堂, 日电 inside a sentence).
        return matcher.findAll(window, m -> m.end() - m.start() >= 2 && allHan(window, m.start(), m.end())
                        && !gazetteer.fromKnowledgeBase(Gazetteer.fold(window.substring(m.start(), m.end()))))
                .stream().map(m -> new Hit(m.entity(), from + m.start(), from + m.end())).toList();
    }

    /**
     * Every code point of {@code text[start, end)} is Han. Asked for every alias the trie walk passes, so a loop in
     * place rather than a substring and a code point stream per candidate.
     */
    private static boolean allHan(String text, int start, int end) {
        for (int i = start; i < end; ) {
            // As the code points of the substring: a pair cut by the end is a lone surrogate, which is not Han.
            char c = text.charAt(i);
            int cp = Character.isHighSurrogate(c) && i + 1 < end ? text.codePointAt(i) : c;
            if (!HanCharacters.isHan(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
