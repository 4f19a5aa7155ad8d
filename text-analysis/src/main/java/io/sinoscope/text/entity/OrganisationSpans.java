package io.sinoscope.text.entity;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.Token;
import io.sinoscope.text.segment.OrganisationSuffixes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where an organisation's name begins and ends, where HanLP's tag alone gets it wrong. An organisation's name is a
 * name followed by an organisation suffix ({@link OrganisationSuffixes}, data from HanLP's and CC-CEDICT's own
 * organisation words), and HanLP's pieces of it are often covered by a gazetteer match or left untagged:
 * <ol>
 * <li><b>a recognised organisation around known names</b>: a token HanLP tags {@code nt} that holds gazetteer places
 * or organisations and more before its suffix is one organisation, the whole of it (越南工贸部, 智利国家铜业公司,
 * 经济部国际贸易署: a ministry's agency nested in the ministry's name);</li>
 * <li><b>a name plus a suffix</b>: words ending in a suffix word (公司, 股份有限公司, 株式会社, 控股, …党) with, before
 * them, a name (a Latin word, a word HanLP tags as a name, a transliteration) and the common words between
 * (住友|金属矿|山|株式会社, Rapidus|公司, 南亚|科技|股份有限公司);</li>
 * <li><b>a place's body</b>: an organisation whose words before the suffix are all common words (钢铁协会, 国家电力公司,
 * 全国民主劳动组合总联盟) names nothing alone; right after a gazetteer place or organisation, the place is part of
 * its name (越南钢铁协会, 印尼国家电力公司). Without such a place before it, or after a quantifier or demonstrative
 * (一家, 该), it is a description and stays unreported.</li>
 * </ol>
 * Works on normalized text with the segmenter's tokens and the gazetteer matches already made. Immutable and
 * thread-safe.
 */
final class OrganisationSpans {

    /** A gazetteer match already made in the text. */
    record Known(int start, int end, EntityType type) {
    }

    /** A span to report as one organisation. */
    record Span(int start, int end) {
    }

    /** Organisation names longer than this are runs of words, not names (the noise filter's limit). */
    static final int MAX_CHARS = 20;
    /** Connectors and characters a body's name may hold between its common words (竞争及消费者委员会). */
    private static final String CONNECTORS = "及与和暨";
    /** Administrative words written between a place and the rest of a name (深圳市|汇川, 台湾区|电机). */
    private static final String ADMIN = "市省县区";
    /** Registered company forms, whose names begin with the place of registration. */
    private static final Pattern REGISTERED = Pattern.compile("(公司|会社)$");

    private final OrganisationSuffixes suffixes;
    private final TransliterationTable table;

    OrganisationSpans(OrganisationSuffixes suffixes, TransliterationTable table) {
        this.suffixes = suffixes;
        this.table = table;
    }

    List<Span> find(String normalized, List<Token> tokens, List<Known> matches) {
        Index known = new Index(matches, tokens);
        List<Span> spans = new ArrayList<>();
        int taken = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.end() <= taken) {
                continue;
            }
            Span span = aroundKnown(normalized, token, known);
            if (span == null) {
                span = nameAndSuffix(normalized, tokens, i, known);
            }
            if (span != null) {
                // A longer name found at a later suffix takes the shorter one inside it (南亚科技|股份有限公司).
                while (!spans.isEmpty() && spans.get(spans.size() - 1).start() >= span.start()) {
                    spans.remove(spans.size() - 1);
                }
                spans.add(span);
                taken = span.end();
            }
        }
        return spans;
    }

    /** Rule 1: an {@code nt} token holding known places or organisations and a further name before its suffix. */
    private Span aroundKnown(String normalized, Token token, Index known) {
        if (!token.partOfSpeech().startsWith("nt")) {
            return null;
        }
        String suffix = suffixes.longestOf(token.term());
        if (suffix == null || suffix.length() == token.term().length() || !closesName(token.term(), suffix)) {
            return null;
        }
        int lastInside = -1;
        for (Known k : known.near(token.start(), token.end())) {
            boolean overlaps = k.start() < token.end() && k.end() > token.start();
            if (!overlaps) {
                continue;
            }
            boolean inside = k.start() >= token.start() && k.end() <= token.end();
            if (!inside || !placeOrParent(normalized, k) || k.start() == token.start() && k.end() == token.end()) {
                return null;
            }
            lastInside = Math.max(lastInside, k.end());
        }
        if (lastInside < 0) {
            return null;
        }
        // What follows the known names must be more than a bare short institution word: 中国政府 is China's government.
        int suffixStart = token.end() - suffix.length();
        if (lastInside > suffixStart || lastInside == suffixStart && suffix.length() < 3) {
            return null;
        }
        // Between the known names and the suffix: common words make the known place part of the body's name
        // (越南|工贸|部); a name of its own leaves the place apart (旧金山|联准|银行), except in a company's registered
        // name, which begins with where it is registered (深圳市|汇川技术|股份有限公司).
        int from = lastInside;
        if (from < suffixStart && ADMIN.indexOf(token.term().charAt(from - token.start())) >= 0) {
            from++;
        }
        String between = token.term().substring(from - token.start(), suffixStart - token.start());
        if (!between.isEmpty() && !commonWords(between) && !REGISTERED.matcher(suffix).find()) {
            return null;
        }
        return new Span(token.start(), token.end());
    }

    /** Rules 2 and 3: tokens ending in a suffix, with a name before them or, for a body, a known place. */
    private Span nameAndSuffix(String normalized, List<Token> tokens, int i, Index known) {
        Token last = tokens.get(i);
        if (known.at(last.start(), last.end())) {
            return null;
        }
        String suffix = suffixes.longestOf(last.term());
        String tag = last.partOfSpeech();
        // The suffix closes a noun (民众党, 电力公司; 控股 is tagged a verbal noun), not a verb (签署 ends in 署).
        if (suffix == null || !(tag.startsWith("n") || tag.equals("vn") || tag.equals("j"))) {
            return null;
        }
        boolean ownsSuffix = last.term().length() > suffix.length();
        if (ownsSuffix && !closesName(last.term(), suffix)) {
            return null;
        }
        boolean anchored = ownsSuffix && isName(last);
        // HanLP's "other proper noun" (nz) also tags technical terms (永磁 of 永磁材料): with only such a name, the
        // suffix must be an institution word (港铁|公司) or the name's own (为泰党).
        boolean strong = anchored;
        boolean institutionWord = tag.equals("nis") || tag.startsWith("nt");
        // HanLP's own organisation (联准银行) says where it begins: names before it are not taken in, only a place
        // before a body without a name of its own (rule 3).
        boolean recognised = tag.startsWith("nt") && ownsSuffix;
        int first = i;
        while (first > 0) {
            Token before = tokens.get(first - 1);
            if (before.end() != tokens.get(first).start() || last.end() - before.start() > MAX_CHARS
                    || known.at(before.start(), before.end()) || !piece(before)
                    || recognised && isName(before)) {
                break;
            }
            first--;
            anchored |= isName(before);
            strong |= isName(before) && !before.partOfSpeech().startsWith("nz");
        }
        int start = tokens.get(first).start();
        Known place = known.endingAt(start);
        if (anchored && !recognised && (strong || institutionWord)) {
            // A name needs its own words before the suffix; a suffix word alone after a name is the name's (港铁|公司).
            if (first == i && !ownsSuffix) {
                return null;
            }
            return firstNamed(tokens, first, last);
        }
        // A body of a place: HanLP's organisation, or an institution word, after a known place, with common words only.
        boolean institution = last.partOfSpeech().startsWith("nt") || last.partOfSpeech().equals("nis") || ownsSuffix;
        if (place == null || !institution || !placeOrParent(normalized, place)) {
            return null;
        }
        String head = normalized.substring(start, last.end() - suffix.length());
        String ownHead = last.term().substring(0, last.term().length() - suffix.length());
        if (head.length() < 2 || anchored || !commonWords(ownHead) || quantified(known.tokenEndingAt(place.start()))) {
            return null;
        }
        for (int k = first; k < i; k++) {
            if (!commonPiece(tokens.get(k))) {
                return null;
            }
        }
        if (last.end() - place.start() > MAX_CHARS) {
            return null;
        }
        return new Span(place.start(), last.end());
    }

    /**
     * Whether a one-character suffix closes a name rather than ending an ordinary word: 部署 and 签署 are verbs that end
     * in 署, 工贸部 ends in the suffix 部. Longer suffixes are words of their own.
     */
    static boolean closesName(String surface, String suffix) {
        if (suffix.length() != 1 || surface.length() < 2) {
            return true;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(surface.substring(surface.length() - 2));
        if (attribute == null || attribute.nature.length == 0) {
            return true;
        }
        String tag = attribute.nature[0].toString();
        return !(tag.startsWith("v") || tag.startsWith("a") || tag.startsWith("d"));
    }

    /** The span from the first name piece on: common words before the name (企业|Rapidus公司) describe it. */
    private Span firstNamed(List<Token> tokens, int first, Token last) {
        int from = first;
        while (tokens.get(from) != last && !isName(tokens.get(from))) {
            from++;
        }
        return new Span(tokens.get(from).start(), last.end());
    }

    /** A word that can stand inside an organisation's name before its suffix. */
    private static boolean piece(Token token) {
        String tag = token.partOfSpeech();
        if (tag.equals("nnt") || tag.equals("nnd") || tag.isEmpty()) {
            return false;
        }
        return tag.startsWith("n") || tag.equals("vn") || tag.equals("b") || tag.equals("a") || tag.equals("j")
                || tag.equals("gm") || tag.equals("gi") || tag.equals("gc");
    }

    /** A word of a body's description: not a name, an abbreviation (联准, 联储) or a transliteration. */
    private boolean commonPiece(Token token) {
        String tag = token.partOfSpeech();
        return !(tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nz")
                || tag.equals("nx") || tag.equals("j") || table.shaped(token.term()));
    }

    /** A piece that is a name: Latin (Rapidus, Arm), tagged a name, or a transliteration (微芯 is tagged nr). */
    private boolean isName(Token token) {
        String tag = token.partOfSpeech();
        if (tag.equals("nx")) {
            return token.term().codePoints().anyMatch(Character::isUpperCase);
        }
        if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nz")) {
            String term = token.term();
            String suffix = suffixes.longestOf(term);
            String name = suffix == null ? term : term.substring(0, term.length() - suffix.length());
            return name.length() >= 2 && !commonWords(name);
        }
        return token.term().length() >= 2 && table.shaped(token.term());
    }

    /**
     * Whether {@code head}, a part of one word, is made of HanLP dictionary words of two or more characters that are not
     * names (钢铁, 证券|监督, 竞争|及|消费者): what describes a body rather than names it. Single characters pass only as
     * connectors: a stretch no dictionary word covers (联准 of 联准银行, 克钦) is a name.
     */
    private boolean commonWords(String head) {
        int at = 0;
        while (at < head.length()) {
            int end = -1;
            for (int to = Math.min(head.length(), at + 6); to >= at + 2; to--) {
                String word = head.substring(at, to);
                CoreDictionary.Attribute attribute = CoreDictionary.get(word);
                if (attribute == null || attribute.nature.length == 0) {
                    continue;
                }
                if (!common(word)) {
                    // A name or an abbreviation of one (住友, 联准): the body is named.
                    return false;
                }
                end = to;
                break;
            }
            if (end < 0) {
                if (CONNECTORS.indexOf(head.charAt(at)) < 0) {
                    return false;
                }
                end = at + 1;
            }
            at = end;
        }
        return true;
    }

    /** A dictionary word whose first nature is neither a name's nor an abbreviation's (联准 of 联邦准备). */
    private static boolean common(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.nature.length == 0) {
            return false;
        }
        Nature nature = attribute.nature[0];
        String tag = nature.toString();
        return !(tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nz")
                || tag.equals("j"));
    }

    /**
     * A quantifier or demonstrative right before the place (一家|美国|半导体公司, 该) makes a description; so does a
     * preposition (在|观塘|经营贸易公司: where something happens, not a name).
     */
    static boolean quantified(Token before) {
        if (before == null) {
            return false;
        }
        String tag = before.partOfSpeech();
        return tag.startsWith("q") || tag.startsWith("m") || tag.startsWith("r") || tag.startsWith("p");
    }

    /**
     * A known name an organisation's name may begin with: a place, or a parent body whose name ends in an organisation
     * suffix (经济部|国际贸易署). A company (英伟达|部分数据中心) is not a parent: what follows it is a description.
     */
    private boolean placeOrParent(String normalized, Known known) {
        if (known.type() == EntityType.LOCATION) {
            return true;
        }
        return known.type() == EntityType.ORGANIZATION
                && suffixes.longestOf(normalized.substring(known.start(), known.end())) != null;
    }

    /** The gazetteer matches and tokens of one text by offset, so each look-up costs the same however long the text. */
    private static final class Index {
        private final BitSet covered = new BitSet();
        private final Map<Integer, Known> byEnd = new HashMap<>();
        private final NavigableMap<Integer, Known> byStart = new TreeMap<>();
        private final Map<Integer, Token> tokenByEnd = new HashMap<>();
        private int longest;

        Index(List<Known> known, List<Token> tokens) {
            for (Known k : known) {
                covered.set(k.start(), k.end());
                byEnd.putIfAbsent(k.end(), k);
                byStart.putIfAbsent(k.start(), k);
                longest = Math.max(longest, k.end() - k.start());
            }
            for (Token token : tokens) {
                tokenByEnd.put(token.end(), token);
            }
        }

        boolean at(int start, int end) {
            int next = covered.nextSetBit(start);
            return next >= 0 && next < end;
        }

        Known endingAt(int end) {
            return byEnd.get(end);
        }

        /** The matches that may overlap [start, end). */
        Iterable<Known> near(int start, int end) {
            return byStart.subMap(start - longest, true, end, false).values();
        }

        Token tokenEndingAt(int end) {
            return tokenByEnd.get(end);
        }
    }
}
