package io.sinoscope.text.script;

import io.sinoscope.text.Script;

/**
 * Decides whether a text is written in Simplified or Traditional characters.
 *
 * <p>Most Han characters are shared by both scripts and say nothing; only characters that the
 * Traditional→Simplified table changes (國) or that the Simplified→Traditional table changes (国)
 * count. A text with Han characters but no distinguishing ones is valid Simplified as it stands, so
 * it is reported as {@link Script#SIMPLIFIED}. A small minority of the other script is tolerated
 * before calling a text mixed, because quotations, names and OCR errors produce stray characters.
 * What the two conversions do to each character is cached in {@link HanVariants}.
 */
public final class ScriptDetector {

    private static final double MINORITY_TOLERANCE = 0.1;

    public ScriptEvidence detect(String text) {
        int han = 0;
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            byte variant = HanVariants.variant(text.charAt(i));
            if (variant == HanVariants.NOT_HAN) {
                continue;
            }
            han++;
            if (variant == HanVariants.TRADITIONAL_ONLY) {
                traditional++;
            } else if (variant == HanVariants.SIMPLIFIED_ONLY) {
                simplified++;
            }
        }
        return new ScriptEvidence(classify(han, traditional, simplified), han, traditional, simplified);
    }

    private static Script classify(int han, int traditional, int simplified) {
        if (han == 0) {
            return Script.NONE;
        }
        int distinguishing = traditional + simplified;
        if (traditional <= distinguishing * MINORITY_TOLERANCE) {
            return Script.SIMPLIFIED;
        }
        if (simplified <= distinguishing * MINORITY_TOLERANCE) {
            return Script.TRADITIONAL;
        }
        return Script.MIXED;
    }
}
