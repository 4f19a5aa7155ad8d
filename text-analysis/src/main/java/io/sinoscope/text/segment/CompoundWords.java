package io.sinoscope.text.segment;

import com.hankcs.hanlp.seg.common.Term;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names made of a name and a head word ({@value #HEADS}): 中山|路 is a road, 日本|海军 a navy, 深圳市|政府 a city's
 * government, 武汉|协和|医院 a hospital. Each is another entity than the name inside it, which is not a mention there:
 * search does not give the inner name as a word of the text ({@link DictionaryWords}), and the entity linker reports the
 * whole as one entity of the head's type and links no name inside it. Found on the dictionary's segmentation, so both
 * sides see the same compounds. Immutable and thread-safe.
 *
 * <p>A compound is a name (a word the dictionary tags as a place, person or organisation, or one the gazetteer lists),
 * at most {@value #MAX_BODY} words of its own (common nouns and bound morphemes, 驻 and the place after it: 韩国|驻|上海|
 * 总领事馆), and a head: a word equal to a head, a head after a direction, 总 or an administrative character (东路,
 * 县政府, 总医院, 市立医院), or two single characters making one (巨|蛋). A head's condition restricts it: 政府 only
 * after a place written with its administrative unit (美国政府 is the country acting, 深圳市政府 a local government),
 * 医院 and 大学 only with a word of their own (美国大学 is a description, 武汉协和医院 a name).
 */
public final class CompoundWords {

    static final String HEADS = "compound-heads-v1.tsv";
    static final int MAX_BODY = 3;
    static final int MAX_CHARS = 14;
    /** Characters a head word may carry before a head: a direction, 总, or an administrative unit (东路, 县政府, 市立医院). */
    private static final String HEAD_PREFIX = "东西南北中总市县区省州立";
    private static final String ADMINISTRATIVE = "市县区省州镇乡";
    /** Heads after which the dictionary glues a locative into one word (路口, 街上, 道旁). */
    private static final List<String> ROADS = List.of("路", "街", "道");
    private static final String LOCATIVE = "口上旁边";

    /** A compound at [start, end), with its inner name at [nameStart, nameEnd). */
    public record Compound(int start, int end, int nameStart, int nameEnd, EntityType type) {
    }

    private record Head(EntityType type, String condition) {
    }

    private static final Map<String, Head> HEAD_WORDS = load();

    private static Map<String, Head> load() {
        Map<String, Head> heads = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(HEADS, 3)) {
            String condition = row[2].strip();
            if (!condition.equals("any") && !condition.equals("admin") && !condition.equals("body")) {
                throw new IllegalStateException(HEADS + ": unknown condition " + condition);
            }
            heads.put(row[0].strip(), new Head(EntityType.valueOf(row[1].strip()), condition));
        }
        return Map.copyOf(heads);
    }

    private CompoundWords() {
    }

    /**
     * The type a recognised name's ending gives it when the ending is a head (罗斯福路 a road though HanLP tags it a
     * person, 某某大厦 a building): a head of two or more characters, or 路 or 街, after at least two characters.
     */
    public static Optional<EntityType> typeByHead(String name) {
        for (int cut = 1; cut < name.length() - 1; cut++) {
            String ending = name.substring(cut);
            Head head = HEAD_WORDS.get(ending);
            if (head != null && (ending.length() >= 2 || ending.equals("路") || ending.equals("街"))) {
                return Optional.of(head.type());
            }
        }
        return Optional.empty();
    }

    /** The compounds of a dictionary segmentation, in text order, none overlapping. */
    static List<Compound> find(List<Term> terms, Gazetteer gazetteer) {
        List<Compound> compounds = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Compound compound = withinTerm(terms.get(i), gazetteer);
            if (compound == null) {
                int nameEnd = nameAt(terms, i, gazetteer);
                compound = nameEnd < 0 ? null : compoundFrom(terms, i, nameEnd);
            }
            if (compound != null) {
                compounds.add(compound);
                while (i + 1 < terms.size() && terms.get(i + 1).offset < compound.end()) {
                    i++;
                }
            }
        }
        return compounds;
    }

    /**
     * A word of the dictionary that is itself a listed name and a head (广东道, 基隆路, 长江大桥 where the dictionary
     * holds them whole): the compound is the word, and the listed name at its start no mention.
     */
    private static Compound withinTerm(Term term, Gazetteer gazetteer) {
        String word = term.word;
        if (gazetteer == null || word.length() < 3 || !isHan(word) || String.valueOf(term.nature).startsWith("v")) {
            return null;
        }
        for (int cut = word.length() - 1; cut >= 2; cut--) {
            Head head = HEAD_WORDS.get(word.substring(cut));
            if (head != null && head.condition().equals("any") && gazetteer.lookup(word.substring(0, cut)).isPresent()) {
                return new Compound(term.offset, term.offset + word.length(), term.offset, term.offset + cut, head.type());
            }
        }
        return null;
    }

    /** The index after the name starting at term {@code i}, or -1: a name term, or two single characters listed as one. */
    private static int nameAt(List<Term> terms, int i, Gazetteer gazetteer) {
        Term term = terms.get(i);
        if (i > 0 && terms.get(i - 1).word.startsWith("驻")) {
            return -1; // the place a mission is in (韩国驻|上海|总领事馆) is part of the mission's name
        }
        if (isName(term, gazetteer)) {
            // A name ending in a head is a road or building already: 北京路|步行街 is Beijing Road, not a new entity.
            return typeByHead(term.word).isPresent() ? -1 : i + 1;
        }
        if (term.word.length() == 1 && i + 1 < terms.size() && terms.get(i + 1).word.length() == 1 && gazetteer != null
                && isHan(term.word + terms.get(i + 1).word)
                && gazetteer.lookup(term.word + terms.get(i + 1).word).isPresent()) {
            return i + 2; // 荃|湾: a listed place the dictionary does not hold as a word
        }
        return -1;
    }

    private static boolean isName(Term term, Gazetteer gazetteer) {
        String nature = String.valueOf(term.nature);
        if (term.word.length() < 2 || !isHan(term.word)) {
            return false;
        }
        if (nature.startsWith("ns") || nature.startsWith("nr") || nature.startsWith("nt")) {
            return true;
        }
        return (nature.startsWith("nz") || nature.equals("n")) && gazetteer != null
                && gazetteer.lookup(term.word).isPresent();
    }

    private static Compound compoundFrom(List<Term> terms, int nameIndex, int after) {
        Term name = terms.get(nameIndex);
        int nameStart = name.offset;
        Term last = terms.get(after - 1);
        int nameEnd = last.offset + last.word.length();
        String nameText = name.word + (after - nameIndex == 2 ? last.word : "");
        boolean administrative = ADMINISTRATIVE.indexOf(nameText.charAt(nameText.length() - 1)) >= 0;
        int body = 0;
        for (int j = after; j < terms.size() && body <= MAX_BODY; j++) {
            Term term = terms.get(j);
            int end = term.offset + term.word.length();
            if (end - nameStart > MAX_CHARS) {
                return null;
            }
            String headWord = term.word;
            int headEnd = end;
            Head head = head(headWord, term);
            if (head == null && term.word.length() == 1 && j + 1 < terms.size() && terms.get(j + 1).word.length() == 1) {
                headWord = term.word + terms.get(j + 1).word;
                head = HEAD_WORDS.get(headWord);
                headEnd = end + 1;
            }
            if (head == null && term.word.length() == 2 && LOCATIVE.indexOf(term.word.charAt(1)) >= 0
                    && ROADS.contains(term.word.substring(0, 1))) {
                headWord = term.word.substring(0, 1); // 基隆|路口: the junction of Keelung Road
                head = HEAD_WORDS.get(headWord);
                headEnd = end - 1;
            }
            if (head != null && headWord.length() == 1 && j + 1 < terms.size() && gluedMorpheme(terms.get(j + 1))) {
                head = null; // 印度洋|海|温: the dictionary left 海 of 海温 (sea temperature) alone, no head there
            }
            if (head != null) {
                boolean prefixed = !HEAD_WORDS.containsKey(headWord);
                boolean allowed = switch (head.condition()) {
                    case "admin" -> administrative || ADMINISTRATIVE.indexOf(headWord.charAt(0)) >= 0;
                    case "body" -> body > 0 || prefixed;
                    default -> true;
                };
                if (allowed) {
                    return new Compound(nameStart, headEnd, nameStart, nameEnd, head.type());
                }
            }
            if (!isBody(term, terms.get(j - 1))) {
                return null;
            }
            body++;
        }
        return null;
    }

    /**
     * A lone character after a one-character head that is a noun, adjective or bound morpheme: with the head it makes
     * a word the dictionary lacks (海|温), so the head is no head. A function word after it (中山路|已) says nothing.
     */
    private static boolean gluedMorpheme(Term next) {
        String nature = String.valueOf(next.nature);
        return next.word.length() == 1 && isHan(next.word)
                && (nature.startsWith("n") || nature.startsWith("a") || nature.endsWith("g") || nature.equals("g"));
    }

    /** The head a word is, itself or after a head prefix (东路, 县政府, 市立医院), if the word is no verb. */
    private static Head head(String word, Term term) {
        String nature = String.valueOf(term.nature);
        if (nature.startsWith("v") || nature.startsWith("w")) {
            return null;
        }
        Head head = HEAD_WORDS.get(word);
        if (head != null) {
            return head;
        }
        for (int cut = 1; cut <= 2 && cut < word.length(); cut++) {
            if (HEAD_PREFIX.indexOf(word.charAt(cut - 1)) < 0) {
                return null;
            }
            head = HEAD_WORDS.get(word.substring(cut));
            if (head != null) {
                return head;
            }
        }
        return null;
    }

    /**
     * A word that may stand between a name and its head: a common noun, a bound morpheme, an ordinal, 驻 and the place
     * after it. Another name is not: 广州|北京路|步行街 is a street of Guangzhou, not Guangzhou's.
     */
    private static boolean isBody(Term term, Term previous) {
        if (!isHan(term.word)) {
            return false;
        }
        String nature = String.valueOf(term.nature);
        if (term.word.startsWith("驻") || previous.word.startsWith("驻") && nature.startsWith("ns")) {
            return true;
        }
        return nature.equals("n") || nature.startsWith("nz") || nature.startsWith("nis") || nature.startsWith("nnd")
                || nature.equals("ng") || nature.equals("ag")
                || nature.equals("vg") || nature.equals("b") || nature.equals("mq") || nature.equals("nf");
    }

    private static boolean isHan(String text) {
        return !text.isEmpty() && text.codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
