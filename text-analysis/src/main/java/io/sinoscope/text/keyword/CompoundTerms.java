package io.sinoscope.text.keyword;

import io.sinoscope.text.Token;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rejoins domain terms the segmenter cuts apart: HanLP splits 出口管制 into 出口/管制 and 关键矿产
 * into 关键/矿产, and an analyst tags the whole term, not its halves. The terms are the topic
 * lexicon's ({@value #RESOURCE}): the project's one list of the domain's vocabulary, so no second
 * list has to be kept in step with it. Up to {@value #MAX_PARTS} adjacent tokens are joined,
 * longest first.
 */
final class CompoundTerms {

    static final String RESOURCE = "topics-v1.tsv";
    static final int MAX_PARTS = 3;
    /** The tag a joined term gets: "other proper noun", which the content-word filter accepts. */
    static final String JOINED_TAG = "nz";

    private final Set<String> terms;
    /** Every proper prefix of a term: a token that is none cannot start a joined term, so nothing is concatenated. */
    private final Set<String> prefixes;

    private CompoundTerms(Set<String> terms) {
        this.terms = Set.copyOf(terms);
        Set<String> starts = new HashSet<>();
        for (String term : terms) {
            for (int length = 1; length < term.length(); length++) {
                starts.add(term.substring(0, length));
            }
        }
        this.prefixes = Set.copyOf(starts);
    }

    static CompoundTerms fromResources() {
        Set<String> terms = new HashSet<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 1)) {
            terms.add(row[0]);
        }
        return new CompoundTerms(terms);
    }

    List<Token> join(List<Token> tokens) {
        List<Token> joined = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int parts = longestTermAt(tokens, i);
            if (parts > 1) {
                Token first = tokens.get(i);
                Token last = tokens.get(i + parts - 1);
                joined.add(new Token(concat(tokens, i, parts), JOINED_TAG, first.start(), last.end()));
                i += parts - 1;
            } else {
                joined.add(tokens.get(i));
            }
        }
        return joined;
    }

    /** How many tokens from {@code i} on spell a lexicon term; 1 when none does. */
    private int longestTermAt(List<Token> tokens, int i) {
        if (!prefixes.contains(tokens.get(i).term())) {
            return 1;
        }
        for (int parts = Math.min(MAX_PARTS, tokens.size() - i); parts > 1; parts--) {
            if (adjacent(tokens, i, parts) && terms.contains(concat(tokens, i, parts))) {
                return parts;
            }
        }
        return 1;
    }

    /** Tokens separated by anything (a space the cleaner kept, a line break) are not one term. */
    private static boolean adjacent(List<Token> tokens, int from, int parts) {
        for (int j = from + 1; j < from + parts; j++) {
            if (tokens.get(j).start() != tokens.get(j - 1).end()) {
                return false;
            }
        }
        return true;
    }

    private static String concat(List<Token> tokens, int from, int parts) {
        StringBuilder term = new StringBuilder();
        for (int j = from; j < from + parts; j++) {
            term.append(tokens.get(j).term());
        }
        return term.toString();
    }
}
