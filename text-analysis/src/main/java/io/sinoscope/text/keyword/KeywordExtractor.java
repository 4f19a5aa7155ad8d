package io.sinoscope.text.keyword;

import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the terms an analyst would tag a text with. Chosen by measurement against alternatives
 * (TextRank, PositionRank, plain TF-IDF) on an annotated set: see docs/quality.md, "Keywords".
 *
 * <p>Candidates are the {@link ContentWords} after {@link CompoundTerms} rejoined split domain
 * terms (出口/管制 → 出口管制), with gazetteer names in their {@linkplain EntityNames canonical
 * form} (川普 → 特朗普) so every regional variant of a story yields the same keywords. Each
 * candidate scores
 * <pre>occurrences × min(length, 4) × specificity × (1 + LEAD × (1 − first position / candidates))</pre>
 * <ul>
 *   <li>occurrences: what the text keeps coming back to;</li>
 *   <li>length, capped at {@value #MAX_LENGTH_WEIGHT}: a two-character word is far more often
 *       generic than a four-character one;</li>
 *   <li>{@link Specificity}: a background-corpus rarity weight, so a repeated generic word (价格,
 *       中国) does not outrank the topic (稀土);</li>
 *   <li>lead: news states its subject first; a term first seen at the start counts up to
 *       {@value #LEAD_BONUS} times more, which also orders the many one-off words of a short
 *       text by where they appear rather than by chance.</li>
 * </ul>
 * Ties keep first-occurrence order. Instances are immutable and thread-safe.
 */
public final class KeywordExtractor {

    public static final int DEFAULT_LIMIT = 10;
    static final int MAX_LENGTH_WEIGHT = 4;
    static final double LEAD_BONUS = 1.0;

    private final ContentWords contentWords;
    private final CompoundTerms compounds;
    private final EntityNames entities;

    private KeywordExtractor(ContentWords contentWords, CompoundTerms compounds, EntityNames entities) {
        this.contentWords = contentWords;
        this.compounds = compounds;
        this.entities = entities;
    }

    /** With the bundled gazetteer; prefer {@link #fromResources(Gazetteer)} where one is already loaded. */
    public static KeywordExtractor fromResources() {
        return fromResources(Gazetteer.fromResources());
    }

    public static KeywordExtractor fromResources(Gazetteer gazetteer) {
        EntityNames entities = new EntityNames(gazetteer);
        return new KeywordExtractor(ContentWords.fromResources(entities), CompoundTerms.fromResources(), entities);
    }

    /** @param tokens the segmented normalised text, in order */
    public List<String> extract(List<Token> tokens, int limit) {
        List<String> candidates = candidates(tokens);
        // One entry per distinct term, in first-occurrence order (three maps keyed by term cost a hash look-up each).
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            String term = candidates.get(i);
            Tally tally = tallies.get(term);
            if (tally == null) {
                tally = new Tally(term, i);
                tallies.put(term, tally);
            }
            tally.weight += Math.min(term.codePointCount(0, term.length()), MAX_LENGTH_WEIGHT);
        }
        double total = candidates.size();
        List<Tally> ranked = new ArrayList<>(tallies.values());
        for (Tally tally : ranked) {
            tally.score = tally.weight * Specificity.of(tally.term) * (1 + LEAD_BONUS * (1 - tally.firstPosition / total));
        }
        // A stable sort of the first-occurrence order, so ties keep it.
        ranked.sort((a, b) -> Double.compare(b.score, a.score));
        List<String> keywords = new ArrayList<>(Math.min(limit, ranked.size()));
        for (int i = 0; i < ranked.size() && i < limit; i++) {
            keywords.add(ranked.get(i).term);
        }
        return List.copyOf(keywords);
    }

    /** A candidate term's summed length weight, first position and score. */
    private static final class Tally {
        final String term;
        final int firstPosition;
        double weight;
        double score;

        Tally(String term, int firstPosition) {
            this.term = term;
            this.firstPosition = firstPosition;
        }
    }

    /** Candidate terms in text order, canonical, one entry per occurrence. */
    List<String> candidates(List<Token> tokens) {
        List<String> terms = new ArrayList<>();
        for (Token token : compounds.join(tokens)) {
            if (contentWords.accepts(token)) {
                terms.add(entities.canonical(token.term()));
            }
        }
        return terms;
    }
}
