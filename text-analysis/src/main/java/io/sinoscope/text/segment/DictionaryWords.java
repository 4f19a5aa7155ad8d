package io.sinoscope.text.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.sinoscope.text.Gazetteer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of normalised text by dictionary alone, for search's word-edge matching: HanLP's core dictionary plus its
 * custom dictionary (which holds every gazetteer name, see {@link Segmenter}), without person, place or organisation
 * recognition. Recognition joins a name to its neighbours (古巴政府 as one organisation, 检察机关调查违法国企 as another)
 * and depends on context, so the same name would be one word in one sentence and part of another in the next; the
 * dictionary's words are what a query is segmented into too, so both sides meet.
 *
 * <p>Beside the words themselves, {@link #of} gives the parts of two kinds of compound, because their parts are words
 * the article says: an organisation name is segmented again by the core dictionary alone (美国商务部 also gives 美国 and
 * 商务部, 小米集团 gives 小米), and a place ending in an administrative suffix gives its stem when the stem is itself a
 * dictionary word (北京市 gives 北京). Other long words keep their characters to themselves: 朝鲜族, 中美洲, 沿海地区 and
 * 巴西利亚 give no 朝鲜, 中美, 海地 or 巴西. Thread-safe.
 */
public final class DictionaryWords {

    /** Suffixes of administrative divisions: 北京市, 广东省, 加州 stay findable by their stem. */
    private static final String ADMINISTRATIVE_SUFFIXES = "市省州县区镇";

    /** Registers the gazetteer's names in HanLP's custom dictionary, as the analyzer's segmenter does. */
    public DictionaryWords(Gazetteer gazetteer) {
        new Segmenter(gazetteer);
    }

    /**
     * With whatever gazetteer the process registered: HanLP's custom dictionary is process-wide, and the first
     * {@link Segmenter} (every {@code TextAnalyzer} makes one) registers its gazetteer there for everyone.
     */
    public DictionaryWords() {
    }

    /** Every distinct word of the text, and the parts of its compounds (see the class comment), in text order. */
    public Set<String> of(String normalizedText) {
        Set<String> words = new LinkedHashSet<>();
        if (normalizedText == null || normalizedText.isBlank()) {
            return words;
        }
        for (Term term : segment(normalizedText, true)) {
            if (!isWord(term)) {
                continue;
            }
            words.add(term.word);
            String nature = String.valueOf(term.nature);
            if (term.word.length() >= 3 && nature.startsWith("nt")) {
                for (String part : parts(term.word)) {
                    if (part.length() >= 2) {
                        words.add(part);
                    }
                }
            } else if (term.word.length() >= 3 && nature.startsWith("ns")
                    && ADMINISTRATIVE_SUFFIXES.indexOf(term.word.charAt(term.word.length() - 1)) >= 0) {
                String stem = term.word.substring(0, term.word.length() - 1);
                if (CoreDictionary.contains(stem) || CustomDictionary.contains(stem)) {
                    words.add(stem);
                }
            }
        }
        return words;
    }

    /**
     * The parts of an organisation name: its segmentation by the core dictionary alone or, when that dictionary holds
     * the whole name (中共中央), its longest shorter prefix that is a word and the segmentation of the rest.
     */
    private static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        List<Term> terms = segment(name, false);
        if (terms.size() > 1) {
            terms.stream().filter(DictionaryWords::isWord).forEach(term -> parts.add(term.word));
            return parts;
        }
        for (int end = name.length() - 1; end >= 2; end--) {
            String prefix = name.substring(0, end);
            if (CoreDictionary.contains(prefix) || CustomDictionary.contains(prefix)) {
                parts.add(prefix);
                segment(name.substring(end), false).stream().filter(DictionaryWords::isWord)
                        .forEach(term -> parts.add(term.word));
                break;
            }
        }
        return parts;
    }

    /** The words a query term is segmented into, in order, without punctuation or spaces. */
    public List<String> split(String normalizedTerm) {
        List<String> words = new ArrayList<>();
        if (normalizedTerm == null || normalizedTerm.isBlank()) {
            return words;
        }
        for (Term term : segment(normalizedTerm, true)) {
            if (isWord(term)) {
                words.add(term.word);
            }
        }
        return words;
    }

    /** Long texts in pieces, as {@link Segmenter} cuts them, so one call never builds a lattice over a whole book. */
    private static List<Term> segment(String text, boolean customDictionary) {
        if (text.length() <= Segmenter.WHOLE_TEXT_CHARS) {
            return newSegment(customDictionary).seg(text);
        }
        List<Term> terms = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Segmenter.pieceEnd(text, start);
            terms.addAll(newSegment(customDictionary).seg(text.substring(start, end)));
            start = end;
        }
        return terms;
    }

    private static Segment newSegment(boolean customDictionary) {
        return HanLP.newSegment()
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableCustomDictionary(customDictionary);
    }

    /** Not punctuation (HanLP tags it w) nor blank. */
    private static boolean isWord(Term term) {
        return !term.word.isBlank() && !String.valueOf(term.nature).startsWith("w");
    }
}
