package io.sinoscope.text.entity;

import io.sinoscope.text.Region;
import io.sinoscope.text.Token;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Government bodies named by their function and an ending ({@value #RESOURCE}): 屋宇署, 消防处, 医院管理局 in Hong Kong,
 * 劳动部, 疾病管制署, 金融监督管理委员会 in Taiwan, 应急管理部, 市场监管总局, 国家疾病预防控制局 on the mainland. No
 * place or proper name is in them, so neither the gazetteer nor the name recogniser finds them; their endings are
 * the region's, and the words before an ending must say what the body does: common nouns and verbal nouns, not a
 * function so common that it names no one body (办事处, 管理局), not after a demonstrative or quantifier (该局, 各部).
 * Works on normalized text and the segmenter's tokens. Immutable and thread-safe.
 */
final class GovernmentBodies {

    static final String RESOURCE = "government-bodies-v1.tsv";
    /** Words a body's function may take at most, and characters before the ending. */
    static final int MAX_WORDS = 5;
    static final int MAX_BODY_CHARS = 10;
    /** A word right before the body that makes it a description (该局, 各部门, 这个委员会). */
    private static final Set<String> DETERMINERS = Set.of("该", "这", "那", "本", "各", "此", "其", "每", "某",
            "这个", "那个", "一个", "有关", "相关", "上述", "当地", "地方");
    private static final String NATIONAL = "国家";

    /** A body at [start, end) of the normalized text. */
    record Body(int start, int end) {
    }

    private final Map<String, Set<String>> suffixes;
    private final Map<String, Set<String>> national;
    private final Map<String, Set<String>> nisOnly;
    private final Set<String> generic;
    private final int longestSuffix;

    private GovernmentBodies(Map<String, Set<String>> suffixes, Map<String, Set<String>> national,
                             Map<String, Set<String>> nisOnly, Set<String> generic) {
        this.suffixes = Map.copyOf(suffixes);
        this.national = Map.copyOf(national);
        this.nisOnly = Map.copyOf(nisOnly);
        this.generic = Set.copyOf(generic);
        int longest = 0;
        for (Map<String, Set<String>> map : List.of(suffixes, national, nisOnly)) {
            for (Set<String> words : map.values()) {
                for (String word : words) {
                    longest = Math.max(longest, word.length());
                }
            }
        }
        this.longestSuffix = longest;
    }

    static GovernmentBodies fromResources() {
        Map<String, Set<String>> suffixes = new HashMap<>();
        Map<String, Set<String>> national = new HashMap<>();
        Map<String, Set<String>> nisOnly = new HashMap<>();
        Set<String> generic = new HashSet<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 3)) {
            String word = row[1].strip();
            Map<String, Set<String>> target = switch (row[0].strip()) {
                case "suffix" -> suffixes;
                case "national" -> national;
                case "nis-only" -> nisOnly;
                case "generic" -> null;
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + row[0]);
            };
            if (target == null) {
                generic.add(word);
                continue;
            }
            for (String code : row[2].split(",")) {
                Region.fromCode(code.strip());
                target.computeIfAbsent(code.strip(), k -> new HashSet<>()).add(word);
            }
        }
        return new GovernmentBodies(suffixes, national, nisOnly, generic);
    }

    /** The function-named bodies among the tokens of a text of this region, in text order. */
    List<Body> find(String normalized, List<Token> tokens, Region region) {
        String code = region == Region.OTHER ? Region.MAINLAND.code() : region.code();
        List<Body> bodies = new ArrayList<>();
        int taken = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            String pos = token.partOfSpeech();
            if (pos.startsWith("v") || pos.startsWith("w") || pos.startsWith("nr") || pos.startsWith("ns")) {
                continue;
            }
            Ending ending = ending(token, code);
            if (ending == null) {
                continue;
            }
            int first = k;
            int bodyChars = token.term().length() - ending.length();
            while (first > 0 && k - first + 1 < MAX_WORDS && bodyChars < MAX_BODY_CHARS
                    && isFunctionWord(tokens.get(first - 1)) && tokens.get(first - 1).end() == tokens.get(first).start()
                    && tokens.get(first - 1).start() > taken) {
                first--;
                bodyChars += tokens.get(first).term().length();
            }
            // A verb opens a body only at a clause's edge (监督管理委员会 after 与), not after another word (加强|安全委员会).
            while (first < k && tokens.get(first).partOfSpeech().equals("v") && first > 0
                    && !isEdge(tokens.get(first - 1))) {
                first++;
            }
            int start = tokens.get(first).start();
            int end = token.end();
            String body = normalized.substring(start, end - ending.length());
            if (body.length() < 2 || body.length() > MAX_BODY_CHARS || generic.contains(body)
                    || ending.nationalOnly() && !body.startsWith(NATIONAL)
                    || first > 0 && DETERMINERS.contains(tokens.get(first - 1).term())) {
                continue;
            }
            bodies.add(new Body(start, end));
            taken = end - 1;
        }
        return bodies;
    }

    private record Ending(int length, boolean nationalOnly) {
    }

    /** The longest ending of the region the token closes with, if any. */
    private Ending ending(Token token, String code) {
        String term = token.term();
        for (int length = Math.min(longestSuffix, term.length()); length >= 1; length--) {
            String end = term.substring(term.length() - length);
            if (suffixes.getOrDefault(code, Set.of()).contains(end)) {
                return new Ending(length, false);
            }
            if (national.getOrDefault(code, Set.of()).contains(end)) {
                return new Ending(length, true);
            }
            if (nisOnly.getOrDefault(code, Set.of()).contains(end) && term.length() > length
                    && token.partOfSpeech().equals("nis")) {
                return new Ending(length, false);
            }
        }
        return null;
    }

    /** A word a body's function is made of: a common or verbal noun, a verb of two or more characters, a morpheme. */
    private static boolean isFunctionWord(Token token) {
        String pos = token.partOfSpeech();
        if (!isHan(token.term())) {
            return false;
        }
        return pos.equals("n") || pos.equals("vn") || pos.equals("nf") || pos.equals("ng") || pos.equals("vg")
                || pos.equals("gb") || pos.equals("nis") || pos.startsWith("v") && !pos.equals("vshi") && !pos.equals("vyou") && token.term().length() >= 2;
    }

    /** Where a clause or list begins: punctuation, a conjunction or a preposition. */
    private static boolean isEdge(Token token) {
        String pos = token.partOfSpeech();
        return pos.startsWith("w") || pos.startsWith("c") || pos.startsWith("p");
    }

    private static boolean isHan(String text) {
        return !text.isEmpty() && text.codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
