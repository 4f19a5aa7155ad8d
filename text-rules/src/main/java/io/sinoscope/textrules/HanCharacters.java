package io.sinoscope.textrules;

/**
 * Script tests for the cleaning steps, cheap on Chinese text. {@link Character.UnicodeScript#of} is a binary search
 * over the whole Unicode script table; asked for every character of every article it was a measurable share of
 * ingest CPU, while almost every character of a news article lies in the one block answered here by a range check.
 */
public final class HanCharacters {

    /** The CJK Unified Ideographs block as far as every supported JDK assigns it (Unicode 11 and later). */
    private static final int COMMON_HAN_FIRST = 0x4E00;
    private static final int COMMON_HAN_LAST = 0x9FEF;

    private HanCharacters() {
    }

    /** Same answer as {@code \p{IsHan}}; false for -1 (no character). */
    public static boolean isHan(int codePoint) {
        if (codePoint >= COMMON_HAN_FIRST && codePoint <= COMMON_HAN_LAST) {
            return true;
        }
        return codePoint >= 0 && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
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
