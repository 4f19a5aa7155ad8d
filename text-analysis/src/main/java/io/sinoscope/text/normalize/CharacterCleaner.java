package io.sinoscope.text.normalize;

import io.sinoscope.text.OffsetMap;
import io.sinoscope.textrules.LineJoiner;
import io.sinoscope.textrules.WidthFolding;
import io.sinoscope.textrules.WidthFolding.KeptPunctuation;
import io.sinoscope.textrules.WidthFolding.Reach;

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
     * NFKC per character, but the full-width marks of a Chinese sentence stay: NFKC would turn ，into "," and make
     * normalised text (and the snippets shown from it) look machine-mangled.
     */
    private static final WidthFolding FOLDING = new WidthFolding(Reach.COMPATIBILITY_FORMS,
            KeptPunctuation.SENTENCE_MARKS);

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
        } else if (width == 1) {
            replacement = FOLDING.fold(text.charAt(at));
        } else {
            replacement = FOLDING.fold(cp);
        }
        out.append(replacement);
        offsets.addRewritten(replacement.length(), at, at + width);
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
     * OCR and PDF extraction break lines, and sometimes insert spaces, in the middle of Chinese words (稀\n土): such a
     * gap between two Han characters is dropped ({@link LineJoiner}). What precedes it is what was kept of the text.
     */
    private static boolean isJoinableBreak(String text, int runStart, int runEnd, StringBuilder out) {
        if (out.isEmpty() || runEnd >= text.length()) {
            return false;
        }
        return LineJoiner.joins(out.codePointBefore(out.length()), text, runStart, runEnd, text.codePointAt(runEnd));
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
}
