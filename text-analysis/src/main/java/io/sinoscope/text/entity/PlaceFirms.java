package io.sinoscope.text.entity;

import io.sinoscope.text.Token;
import io.sinoscope.text.resource.AnalyzerData;
import io.sinoscope.text.segment.OrganisationSuffixes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Firms named by a place and their trade, with no name of their own: 斯里兰卡航空, 肯尼亚电力公司 … 肯尼亚电力, 大阪燃气,
 * 仁川港湾公社, 多伦多FC. The gazetteer links the place and the firm is lost; yet the same words describe a place's
 * trade (越南纺织出口, 印度电力需求), so a place and a trade word ({@value #WORDS}, generated from HanLP's institution
 * words and CC-CEDICT's firms) make a firm only with evidence:
 * <ul>
 * <li>a firm's form after the trade (公司, 集团, 公社: an organisation suffix);</li>
 * <li>a word only a firm takes, or a verb of announcing, right after it or after a time word ({@link NameEdges}:
 * 旗下, 股价, 董事长; 周三|宣布, 称);</li>
 * <li>a trade that is evidence by itself (FC);</li>
 * <li>an earlier occurrence of the same place and trade in the text that has evidence, or the firm's full name found
 * earlier as one organisation ({@link #fullName}): the short form of a firm named in full (印尼锡业公司 … 印尼锡业).
 * Before the firm is named, the same words may still describe the place's trade.</li>
 * </ul>
 * Not after a quantifier, demonstrative or preposition (一家|越南航空|公司, 在|越南电力). An optional state word may stand
 * between the place and the trade (泰国|国家|石油). The trade must end where a word of the segmentation ends (越南|航空业
 * is a sector). Works on normalized text with the segmenter's tokens. Immutable and thread-safe.
 */
final class PlaceFirms {

    static final String WORDS = "place-firm-words-v1.tsv";
    /** State words written between a place and its trade in state firms' names (泰国国家石油). */
    private static final List<String> STATE_WORDS = List.of("国家", "国营", "国有");

    /** A place mention the gazetteer linked. */
    record Place(int start, int end) {
    }

    /**
     * A firm at [start, end) of the normalized text: its place ends at {@code placeEnd}, its trade runs from
     * {@code tradeStart} to {@code stemEnd} (a state word may stand between), and a firm's form may follow.
     */
    record Firm(int start, int placeEnd, int tradeStart, int stemEnd, int end) {
        /** The place and the trade, the short form every mention of the firm shares (泰国国家石油 gives 泰国石油). */
        String key(String normalized) {
            return normalized.substring(start, placeEnd) + normalized.substring(tradeStart, stemEnd);
        }
    }

    /** Trade word to whether it is evidence of a firm by itself (FC). */
    private final Map<String, Boolean> trades;
    private final int longest;
    private final OrganisationSuffixes suffixes;
    private final NameEdges edges;

    private PlaceFirms(Map<String, Boolean> trades, OrganisationSuffixes suffixes, NameEdges edges) {
        this.trades = Map.copyOf(trades);
        this.longest = trades.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.suffixes = suffixes;
        this.edges = edges;
    }

    static PlaceFirms fromResources(OrganisationSuffixes suffixes, NameEdges edges) {
        Map<String, Boolean> trades = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(WORDS, 2)) {
            trades.put(row[0], row[1].equals("self"));
        }
        return new PlaceFirms(trades, suffixes, edges);
    }

    /**
     * The firms after the given places, in text order. {@code covered} marks what other mentions hold: a firm's trade
     * and form must be free.
     */
    List<Firm> find(String normalized, List<Token> tokens, List<Place> places, BitSet covered) {
        Map<Integer, Token> tokenAt = new HashMap<>();
        Map<Integer, Token> tokenEndingAt = new HashMap<>();
        BitSet wordEnds = new BitSet(normalized.length() + 1);
        for (Token token : tokens) {
            tokenAt.put(token.start(), token);
            tokenEndingAt.put(token.end(), token);
            wordEnds.set(token.end());
        }
        List<Firm> candidates = new ArrayList<>();
        List<Boolean> evidenced = new ArrayList<>();
        for (Place place : places) {
            if (OrganisationSpans.quantified(tokenEndingAt.get(place.start()))) {
                continue;
            }
            int at = place.end();
            for (String state : STATE_WORDS) {
                if (normalized.startsWith(state, at)) {
                    at += state.length();
                    break;
                }
            }
            String trade = tradeAt(normalized, at, wordEnds, tokenEndingAt, tokenAt);
            if (trade == null) {
                continue;
            }
            int stemEnd = at + trade.length();
            int end = stemEnd;
            // The firm's form: a word of its own (大阪燃气|公司) or the rest of the trade's word (锡业公司, 电力公司).
            Token form = tokenAt.get(stemEnd);
            Token holder = holder(tokens, stemEnd);
            boolean suffixed = false;
            if (form != null && suffixes.isSuffix(form.term())) {
                end = form.end();
                suffixed = true;
            } else if (holder != null && suffixes.isSuffix(normalized.substring(stemEnd, holder.end()))) {
                end = holder.end();
                suffixed = true;
            }
            if (EntityLinker.anySet(covered, place.end(), end)
                    || end - place.start() > OrganisationSpans.MAX_CHARS) {
                continue;
            }
            Firm firm = new Firm(place.start(), place.end(), at, stemEnd, end);
            candidates.add(firm);
            evidenced.add(suffixed || trades.get(trade) || edges.actorAfter(normalized, end)
                    || fullName(normalized, tokens, firm).filter(full -> full.start() < firm.start()).isPresent());
        }
        // A short form without evidence of its own is the firm only after the firm was named with evidence: before it,
        // the same words may still describe the place's trade (越南电力供应紧张 … 越南电力公司表示).
        Map<String, Integer> firstEvidenced = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (evidenced.get(i)) {
                firstEvidenced.merge(candidates.get(i).key(normalized), candidates.get(i).start(), Math::min);
            }
        }
        List<Firm> firms = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Firm firm = candidates.get(i);
            Integer first = firstEvidenced.get(firm.key(normalized));
            if (evidenced.get(i) || first != null && first < firm.start()) {
                firms.add(firm);
            }
        }
        return firms;
    }

    /**
     * The name of the firm written in full that the segmenter or {@code OrganisationSpans} found as one organisation
     * token in the text: the firm's place, its trade (a state word may stand between) and an organisation suffix
     * (老挝国家电力公司 for 老挝电力).
     */
    Optional<Token> fullName(String normalized, List<Token> tokens, Firm firm) {
        String place = normalized.substring(firm.start(), firm.placeEnd());
        String trade = normalized.substring(firm.tradeStart(), firm.stemEnd());
        for (Token token : tokens) {
            String term = token.term();
            if (!token.partOfSpeech().startsWith("nt") || !term.startsWith(place)) {
                continue;
            }
            int tradeAt = term.indexOf(trade, place.length());
            if (tradeAt >= 0 && tradeAt - place.length() <= 2
                    && suffixes.isSuffix(term.substring(tradeAt + trade.length()))) {
                return Optional.of(token);
            }
        }
        return Optional.empty();
    }

    /**
     * The longest trade word at {@code at} that ends where a word ends, or where a word's rest is a firm's form (航空,
     * 锡业 of 锡业公司; not 航空 of 航空业).
     */
    private String tradeAt(String normalized, int at, BitSet wordEnds, Map<Integer, Token> tokenEndingAt,
                           Map<Integer, Token> tokenAt) {
        for (int length = Math.min(longest, normalized.length() - at); length >= 2; length--) {
            String word = normalized.substring(at, at + length);
            if (!trades.containsKey(word)) {
                continue;
            }
            int end = at + length;
            if (wordEnds.get(end) || latinEnd(normalized, end)) {
                return word;
            }
            Token starting = tokenAt.get(at);
            if (starting != null && starting.end() > end && suffixes.isSuffix(starting.term().substring(length))) {
                return word;
            }
        }
        return null;
    }

    /** The token strictly around offset {@code at} (starting before it and ending after it), or null. */
    private static Token holder(List<Token> tokens, int at) {
        for (Token token : tokens) {
            if (token.start() < at && at < token.end()) {
                return token;
            }
            if (token.start() >= at) {
                return null;
            }
        }
        return null;
    }

    /** A Latin trade (FC) ends where no letter follows: the segmenter may glue it to what comes next. */
    private static boolean latinEnd(String normalized, int end) {
        return Character.isLetter(normalized.charAt(end - 1)) && normalized.charAt(end - 1) < 0x80
                && (end == normalized.length() || !(Character.isLetter(normalized.charAt(end))
                && normalized.charAt(end) < 0x80));
    }
}
