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

    public Segmenter(Gazetteer gazetteer) {
        synchronized (DICTIONARY_LOCK) {
            if (!gazetteerRegistered) {
                register(gazetteer);
                gazetteerRegistered = true;
            }
        }
    }

    private static void register(Gazetteer gazetteer) {
        for (Map.Entry<String, CanonicalEntity> alias : gazetteer.aliasForms().entrySet()) {
            String word = alias.getKey();
            if (containsHan(word)) {
                CustomDictionary.add(word, nature(alias.getValue().type()) + FREQUENCY);
            }
        }
    }

    public List<Token> segment(String normalizedText) {
        Segment segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableCustomDictionary(true)
                .enableOffset(true);
        List<Token> tokens = new ArrayList<>();
        for (Term term : segment.seg(normalizedText)) {
            if (!term.word.isBlank()) {
                tokens.add(new Token(term.word, String.valueOf(term.nature), term.offset, term.offset + term.length()));
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
