package io.sinoscope.textrules;

import java.text.Normalizer;

/**
 * Folds full-width and other compatibility forms to their plain form (１０％ → 10%) while keeping the full-width
 * punctuation that is correct Chinese, so that numbers, codes and Latin words match however they were typed.
 *
 * <p>Ingest's cleaning and the analyzer fold differently, on purpose, and say so with the two options:
 * <ul>
 *   <li>{@link Reach}: the stored article is what a reader sees, so ingest folds only the full-width copy of ASCII;
 *       the analyzer's normalised text is for matching, so it applies NFKC to everything (circled numbers,
 *       ligatures, half-width katakana too);</li>
 *   <li>{@link KeptPunctuation}: ingest keeps every full-width punctuation mark but the symbols numbers and
 *       addresses are written with; the analyzer keeps only a sentence's own marks, so brackets and quotes it folds
 *       match their ASCII forms.</li>
 * </ul>
 * Within the full-width block the two reaches agree: NFKC of U+FF01–FF5E is the ASCII character 0xFEE0 below it.
 *
 * <p>Folding is per character: NFKC per code point skips composition across characters; news text is effectively
 * always precomposed, and per-character output lets the analyzer map every output character to its source.
 */
public final class WidthFolding {

    /** Which characters are folded at all. */
    public enum Reach {
        /** The full-width copy of ASCII, U+FF01–FF5E, only. */
        FULL_WIDTH_ASCII,
        /** Every compatibility form: NFKC of each character. */
        COMPATIBILITY_FORMS
    }

    /** Which full-width punctuation stays as it is, because it is the correct punctuation of Chinese text. */
    public enum KeptPunctuation {
        /**
         * The marks of a Chinese sentence, ，：；！？（）: folding them would make normalised text (and the snippets
         * shown from it) look machine-mangled. Quotes, brackets and symbols are folded.
         */
        SENTENCE_MARKS("，：；！？（）"),
        /**
         * All full-width punctuation but the symbols numbers, amounts and addresses are written with (％＄＠＃＆＋－．／＝＊):
         * those are folded so 10％ and 10% are one fact; the rest is kept, so a sentence end never looks like a
         * decimal point.
         */
        ALL_BUT_NUMBER_SYMBOLS("！＂＇（），：；＜＞？［＼］＾＿｀｛｜｝～");

        private final String marks;

        KeptPunctuation(String marks) {
            this.marks = marks;
        }

        boolean keeps(int codePoint) {
            return marks.indexOf(codePoint) >= 0;
        }
    }

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    /** The full-width block mirrors ASCII at this fixed distance. */
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private final Reach reach;
    private final KeptPunctuation kept;
    /**
     * The folded form of each BMP character, computed once per character: normalising cost a copy and a look-up per
     * character. Strings are immutable with final fields, so a racing reader sees either null or the whole value.
     */
    private final String[] folded = new String[Character.MAX_VALUE + 1];

    public WidthFolding(Reach reach, KeptPunctuation kept) {
        this.reach = reach;
        this.kept = kept;
    }

    /** The folded form of one BMP character: the character itself when nothing folds it. */
    public String fold(char c) {
        String known = folded[c];
        if (known == null) {
            known = compute(c);
            folded[c] = known;
        }
        return known;
    }

    /** The folded form of one code point, supplementary ones included. */
    public String fold(int codePoint) {
        if (codePoint <= Character.MAX_VALUE) {
            return fold((char) codePoint);
        }
        return compute(codePoint);
    }

    private String compute(int codePoint) {
        String alone = Character.toString(codePoint);
        if (kept.keeps(codePoint)) {
            return alone;
        }
        if (reach == Reach.COMPATIBILITY_FORMS) {
            return Normalizer.normalize(alone, Normalizer.Form.NFKC);
        }
        if (codePoint >= FULL_WIDTH_FIRST && codePoint <= FULL_WIDTH_LAST) {
            return String.valueOf((char) (codePoint - FULL_WIDTH_OFFSET));
        }
        return alone;
    }
}
