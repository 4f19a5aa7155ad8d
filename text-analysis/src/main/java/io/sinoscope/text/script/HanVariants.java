package io.sinoscope.text.script;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.textrules.HanCharacters;

/**
 * What HanLP's {@code t2s} and {@code s2t} do to each Han character on its own, asked for every character of every
 * text and answered from tables instead of being recomputed.
 *
 * <p>The tables are filled lazily, one character the first time it is asked about: converting a lone character
 * depends on nothing but that character, so the cached answer is exactly what a fresh
 * {@code HanLP.t2s(String.valueOf(c))} returns. Concurrent first look-ups of one character compute the same value and
 * may both store it; readers see either "not yet known" or the final value, because each entry is a single
 * {@code char} or {@code byte} write. Profiling showed {@link ScriptDetector} spending 8 % of the whole analysis in
 * two HanLP conversions per character.
 */
public final class HanVariants {

    /**
     * Unknown yet; otherwise {@link #NOT_HAN}, {@link #NEUTRAL}, {@link #TRADITIONAL_ONLY} or {@link #SIMPLIFIED_ONLY}.
     * Non-Han units are marked at class load, so {@link ScriptDetector} reads one table per character, not two.
     */
    private static final byte UNKNOWN = 0;
    static final byte NOT_HAN = 1;
    static final byte NEUTRAL = 2;
    static final byte TRADITIONAL_ONLY = 3;
    static final byte SIMPLIFIED_ONLY = 4;

    private static final byte[] VARIANT = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!HanCharacters.isHan((char) c)) {
                VARIANT[c] = NOT_HAN;
            }
        }
    }
    /** {@code t2s} of a single character, when that is a single character; 0 = not yet known, see {@link #T2S_KEEP}. */
    private static final char[] T2S = new char[Character.MAX_VALUE + 1];
    /** Stored in {@link #T2S} when converting the character alone gives back more or fewer than one character. */
    private static final char T2S_KEEP = '\uFFFF';

    private HanVariants() {
    }

    /**
     * What {@link ScriptDetector} learns from one character: {@link #NOT_HAN} unless {@link HanCharacters#isHan(char)};
     * {@link #TRADITIONAL_ONLY} when {@code t2s} changes it, else {@link #SIMPLIFIED_ONLY} when {@code s2t} changes
     * it, else {@link #NEUTRAL}.
     */
    static byte variant(char c) {
        byte known = VARIANT[c];
        if (known != UNKNOWN) {
            return known;
        }
        String single = String.valueOf(c);
        byte computed;
        if (!HanLP.t2s(single).equals(single)) {
            computed = TRADITIONAL_ONLY;
        } else if (!HanLP.s2t(single).equals(single)) {
            computed = SIMPLIFIED_ONLY;
        } else {
            computed = NEUTRAL;
        }
        VARIANT[c] = computed;
        return computed;
    }

    /** {@code HanLP.t2s} of the character alone when that is one character, else the character itself. */
    public static char simplifiedAlone(char c) {
        char known = T2S[c];
        if (known == 0) {
            String single = HanLP.t2s(String.valueOf(c));
            known = single.length() == 1 ? single.charAt(0) : T2S_KEEP;
            if (c != 0 && c != T2S_KEEP) {
                T2S[c] = known;
            }
        }
        if (known == T2S_KEEP) {
            return c;
        }
        return known;
    }
}
