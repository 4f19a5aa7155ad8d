package io.sinoscope.text.normalize;

import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.script.HanVariants;

import java.text.Normalizer;

/**
 * First step: removes character-level noise that would otherwise split words or defeat dictionary
 * look-ups — full-width ASCII and digits (NFKC: １０％ → 10%), zero-width and control characters,
 * the several middle dots used inside transliterated names, and OCR line breaks or stray spaces
 * between two Han characters.
 *
 * <p>This changes length, so instead of staying length-preserving it records every output
 * character's source in an {@link OffsetMap}; mentions can then still be reported against the
 * untouched original. NFKC is applied per code point, which skips composition across characters;
 * news text is effectively always precomposed, and per-code-point output keeps the map exact.
 */
public final class CharacterCleaner {

    private static final char MIDDLE_DOT = '\u00B7';
    /**
     * Full-width forms that are the correct punctuation of Chinese text, not full-width ASCII: NFKC would turn
     * ，into "," and make normalised text (and the snippets shown from it) look machine-mangled.
     */
    private static final String CHINESE_PUNCTUATION = "，：；！？（）";

    public Rewrite clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        OffsetMap.Builder offsets = new OffsetMap.Builder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                int runEnd = whitespaceRunEnd(text, i);
                if (!isJoinableBreak(text, i, runEnd, out)) {
                    for (int k = i; k < runEnd; k++) {
                        appendCleaned(text, k, 1, text.codePointAt(k), out, offsets);
                    }
                }
                i = runEnd;
                continue;
            }
            int plainEnd = unifiedIdeographRunEnd(text, i);
            if (plainEnd > i) {
                out.append(text, i, plainEnd);
                offsets.addRewritten(plainEnd - i, i, plainEnd);
                i = plainEnd;
                continue;
            }
            appendCleaned(text, i, width, cp, out, offsets);
            i += width;
        }
        return new Rewrite(out.toString(), offsets.build());
    }

    /**
     * End of the run of CJK Unified Ideographs (U+4E00–U+9FFF) starting at {@code from}. Most of a Chinese text,
     * and nothing this cleaner changes: no decomposition in NFKC (CharacterCleanerTest checks every one), not space,
     * invisible, a dot or punctuation. Copied as a run instead of a look-up and an append per character.
     */
    private static int unifiedIdeographRunEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isUnifiedIdeograph(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isUnifiedIdeograph(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    private static void appendCleaned(String text, int at, int width, int cp, StringBuilder out,
                                      OffsetMap.Builder offsets) {
        if (isInvisible(cp)) {
            return;
        }
        String replacement;
        if (isMiddleDot(cp)) {
            replacement = String.valueOf(MIDDLE_DOT);
        } else if (CHINESE_PUNCTUATION.indexOf(cp) >= 0) {
            replacement = text.substring(at, at + width);
        } else if (width == 1) {
            replacement = nfkc(text.charAt(at));
        } else {
            replacement = Normalizer.normalize(text.substring(at, at + width), Normalizer.Form.NFKC);
        }
        out.append(replacement);
        offsets.addRewritten(replacement.length(), at, at + width);
    }

    /** NFKC of one BMP character alone, computed once per character: normalising cost a copy and a look-up per character. */
    private static final String[] NFKC = new String[Character.MAX_VALUE + 1];

    private static String nfkc(char c) {
        String known = NFKC[c];
        if (known == null) {
            // Strings are immutable with final fields, so a racing reader sees either null or the whole value.
            known = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            NFKC[c] = known;
        }
        return known;
    }

    private static int whitespaceRunEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))
                || isInvisible(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /**
     * OCR and PDF extraction break lines, and sometimes insert spaces, in the middle of Chinese
     * words (稀\n土). Chinese does not separate words with spaces, so such a gap between two Han
     * characters is dropped; a blank line is kept because it separates a headline or paragraph.
     */
    private static boolean isJoinableBreak(String text, int runStart, int runEnd, StringBuilder out) {
        if (out.isEmpty() || runEnd >= text.length()) {
            return false;
        }
        boolean hanBefore = isHan(out.codePointBefore(out.length()));
        boolean hanAfter = isHan(text.codePointAt(runEnd));
        if (!hanBefore || !hanAfter) {
            return false;
        }
        int newlines = 0;
        for (int k = runStart; k < runEnd; k++) {
            if (text.charAt(k) == '\n') {
                newlines++;
            }
        }
        return newlines <= 1;
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT) {
            return true;
        }
        return type == Character.CONTROL && cp != '\n' && cp != '\t' && cp != '\r';
    }

    private static boolean isMiddleDot(int cp) {
        // Taiwan (‧), Japanese/full-width (・, ･) and Latin (·) dots all separate name parts: 唐納‧川普.
        return cp == '\u2027' || cp == '\u30FB' || cp == '\uFF65' || cp == '\u2219' || cp == '\u00B7';
    }

    private static boolean isHan(int cp) {
        return HanVariants.isHan(cp);
    }
}
