package io.sinoscope.textrules;

/**
 * Whether a character is Han, asked for every character of every article by ingest's cleaning and by the analyzer.
 * {@link Character.UnicodeScript#of} is a binary search over the whole Unicode script table; asked that often it was
 * a measurable share of both services' CPU. The answer for every UTF-16 unit is filled into a table once at class
 * load (65,536 look-ups, a few milliseconds); supplementary code points, rare in news text, still ask the JDK.
 */
public final class HanCharacters {

    private static final boolean[] HAN = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            HAN[c] = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }

    private HanCharacters() {
    }

    /** {@code Character.UnicodeScript.of(c) == HAN}; false for surrogates, like the JDK's answer for a lone unit. */
    public static boolean isHan(char c) {
        return HAN[c];
    }

    /** Same answer as {@code \p{IsHan}}; false for -1 (no character, see {@link #before} and {@link #at}). */
    public static boolean isHan(int codePoint) {
        if (codePoint < 0) {
            return false;
        }
        return codePoint <= Character.MAX_VALUE ? HAN[codePoint]
                : Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** @return the code point before {@code index}, or -1 at the start */
    public static int before(CharSequence text, int index) {
        return index == 0 ? -1 : Character.codePointBefore(text, index);
    }

    /** @return the code point at {@code index}, or -1 at the end */
    public static int at(CharSequence text, int index) {
        return index >= text.length() ? -1 : Character.codePointAt(text, index);
    }
}
