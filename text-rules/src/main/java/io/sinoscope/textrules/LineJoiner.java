package io.sinoscope.textrules;

/**
 * Chinese does not separate words with spaces, so a gap of white space between two Han characters is damage: OCR
 * and PDF extraction break lines in the middle of words (稀\n土), print and page scans space characters out (稀　土,
 * 稀 土). Such a gap is joined, the two characters put back together. A blank line is not such a gap: it separates a
 * headline or a paragraph.
 *
 * <p>The rule is the one both services apply: the analyzer to every gap it meets, ingest's cleaning to the gaps its
 * steps look at (ideographic spaces always, a page scan's single spaces). Whether a line that ends without a Han
 * character continues on the next (after ，or 「, across a blank line, under a heading) is a different question, which
 * ingest's OCR repair answers from the whole line.
 */
public final class LineJoiner {

    private LineJoiner() {
    }

    /**
     * Whether the gap {@code text[gapStart, gapEnd)} between the code points {@code before} and {@code after} (-1
     * for none) is damage to join: both are Han, and the gap holds at most one line break.
     */
    public static boolean joins(int before, CharSequence text, int gapStart, int gapEnd, int after) {
        if (!HanCharacters.isHan(before) || !HanCharacters.isHan(after)) {
            return false;
        }
        int lineBreaks = 0;
        for (int k = gapStart; k < gapEnd; k++) {
            if (text.charAt(k) == '\n') {
                lineBreaks++;
            }
        }
        return lineBreaks <= 1;
    }

    /**
     * {@code text} without every run of {@code space} that is a gap to join ({@link #joins}), as long as the run is
     * at most {@code longestRun} characters (1: only single spaces; {@code Integer.MAX_VALUE}: any run).
     *
     * @return the joined text, or {@code text} itself when there was nothing to join
     */
    public static String joinRuns(String text, char space, int longestRun) {
        int first = text.indexOf(space);
        if (first < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = first; i >= 0 && i < text.length(); ) {
            int end = i;
            while (end < text.length() && text.charAt(end) == space) {
                end++;
            }
            if (end - i <= longestRun
                    && joins(HanCharacters.before(text, i), text, i, end, HanCharacters.at(text, end))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i);
                copied = end;
            }
            i = text.indexOf(space, end);
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** How many runs {@link #joinRuns} would join. */
    public static int countRuns(String text, char space, int longestRun) {
        int count = 0;
        for (int i = text.indexOf(space); i >= 0 && i < text.length(); ) {
            int end = i;
            while (end < text.length() && text.charAt(end) == space) {
                end++;
            }
            if (end - i <= longestRun
                    && joins(HanCharacters.before(text, i), text, i, end, HanCharacters.at(text, end))) {
                count++;
            }
            i = text.indexOf(space, end);
        }
        return count;
    }
}
