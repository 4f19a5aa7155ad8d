package io.sinoscope.text.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits normalized text into words with HanLP, with person, place and organisation recognition.
 *
 * <p>Gazetteer names are added to HanLP's custom dictionary so the segmenter keeps them whole
 * (阿拉格齐 would otherwise become 阿拉/格/齐将). That dictionary is process-wide and not safe to
 * modify while other threads segment, so the words are added once, under a lock, before the first
 * segmentation; later segmenters only read it, so the first gazetteer registered is the one used. A {@link Segment} carries per-call state in its
 * configuration, so each call builds its own, which is cheap next to the segmentation itself.
 */
public final class Segmenter {

    private static final String FREQUENCY = " 1000";
    private static final Object DICTIONARY_LOCK = new Object();
    private static boolean gazetteerRegistered;
    /** The gazetteer whose names are in HanLP's custom dictionary, or null before the first segmenter. */
    private static volatile Gazetteer registered;

    public Segmenter(Gazetteer gazetteer) {
        synchronized (DICTIONARY_LOCK) {
            if (!gazetteerRegistered) {
                register(gazetteer);
                registered = gazetteer;
                gazetteerRegistered = true;
            }
        }
    }

    /** The gazetteer the process registered in HanLP's custom dictionary (see the class comment), if any yet. */
    static Gazetteer registeredGazetteer() {
        return registered;
    }

    private static void register(Gazetteer gazetteer) {
        for (Map.Entry<String, CanonicalEntity> alias : gazetteer.aliasForms().entrySet()) {
            String word = alias.getKey();
            // A knowledge-base form that is guarded (山水, 大众: also a word) or short (和美 would cut 中国和美国 into
            // 中国/和美/国) is left to HanLP's own dictionary; the linker checks it against HanLP's word edges instead.
            if (containsHan(word) && !(gazetteer.fromKnowledgeBase(word) && (gazetteer.isGuarded(word)
                    || word.codePointCount(0, word.length()) <= 2))) {
                CustomDictionary.add(word, nature(alias.getValue().type()) + FREQUENCY);
            }
        }
    }

    /**
     * Texts up to this long are segmented in one HanLP call, as always. HanLP's segmentation with name recognition
     * is one lattice over the whole text and grows faster than the text: a 300,000-character news text took ~15
     * times as long as 100,000 characters (issue 21). Longer texts are segmented in pieces of at most
     * {@value #PIECE_CHARS} characters, each ending at a line break or sentence end where there is one, else at a comma.
     */
    static final int WHOLE_TEXT_CHARS = 20_000;
    static final int PIECE_CHARS = 10_000;
    private static final String PIECE_ENDS = "\n。！？!?；;";
    /** Where a piece ends when its window holds no sentence end: a text of one endless sentence. */
    private static final String CLAUSE_ENDS = "，,、：:";

    public List<Token> segment(String normalizedText) {
        if (normalizedText.length() <= WHOLE_TEXT_CHARS) {
            return segment(normalizedText, 0);
        }
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        while (start < normalizedText.length()) {
            int end = pieceEnd(normalizedText, start);
            tokens.addAll(segment(normalizedText.substring(start, end), start));
            start = end;
        }
        return tokens;
    }

    /** The end of the piece starting at {@code start}: after the last break in its window, else the window's end. */
    static int pieceEnd(String text, int start) {
        int limit = Math.min(text.length(), start + PIECE_CHARS);
        if (limit == text.length()) {
            return limit;
        }
        for (String ends : List.of(PIECE_ENDS, CLAUSE_ENDS)) {
            for (int at = limit - 1; at > start; at--) {
                if (ends.indexOf(text.charAt(at)) >= 0) {
                    return at + 1;
                }
            }
        }
        // No break at all: cut at the window's end, but never between the halves of a surrogate pair.
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static List<Token> segment(String normalizedText, int offset) {
        Segment segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableCustomDictionary(true)
                .enableOffset(true);
        List<Token> tokens = new ArrayList<>();
        for (Term term : segment.seg(normalizedText)) {
            if (!term.word.isBlank()) {
                tokens.add(new Token(term.word, String.valueOf(term.nature), offset + term.offset,
                        offset + term.offset + term.length()));
            }
        }
        return tokens;
    }

    /** HanLP's part-of-speech tag for a dictionary word of this entity type. */
    private static String nature(EntityType type) {
        return switch (type) {
            case PERSON -> "nr";
            case LOCATION -> "ns";
            case ORGANIZATION -> "nt";
            case OTHER -> "nz";
        };
    }

    private static boolean containsHan(String word) {
        return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
