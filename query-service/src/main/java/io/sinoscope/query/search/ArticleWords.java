package io.sinoscope.query.search;

import io.sinoscope.text.entity.TransliterationTable;
import io.sinoscope.text.segment.DictionaryWords;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word field of an article and the words of a query term, by the same dictionary segmentation
 * ({@link DictionaryWords}) and the same folding (NFKC width folding, lower case), so both sides meet. Where the
 * bigram fields find any substring, this field knows where words begin and end: a name query matches 海地 the word,
 * not the 海地 straddling 沿海|地区. Static because the index document is built in static code the tests share
 * ({@code search.lucene.LuceneIndex#toDocument}); HanLP's dictionaries are process-wide anyway, and the gazetteer's names are in
 * them once the analyzer exists (query-service creates it at start).
 */
public final class ArticleWords {

    private static final DictionaryWords WORDS = new DictionaryWords(TransliterationTable.fromResources());

    private ArticleWords() {
    }

    /** Every distinct word of the normalised title and text, folded; the parts of compound names included. */
    public static Set<String> of(String normalizedTitle, String normalizedText) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : new String[] {normalizedTitle, normalizedText}) {
            for (String word : WORDS.of(text)) {
                words.add(fold(word));
            }
        }
        words.remove("");
        return words;
    }

    /** The words of a normalised query term, folded, in order. */
    public static List<String> split(String normalizedTerm) {
        return WORDS.split(normalizedTerm).stream().map(ArticleWords::fold).filter(w -> !w.isEmpty()).toList();
    }

    public static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }
}
