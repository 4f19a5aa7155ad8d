package io.sinoscope.text.normalize;

import io.sinoscope.text.OffsetMap;

/**
 * Recovers which source characters each character of a phrase-converted run came from.
 *
 * <p>HanLP converts phrase by phrase and may change length (網際網路 → 互联网) without saying where.
 * The caller passes a same-length reference (the run converted character by character), which
 * agrees with the phrase conversion almost everywhere. Where lengths differ, a longest common
 * subsequence of reference and conversion anchors the characters both agree on; each stretch
 * between anchors is a rewritten unit. Source characters that were dropped are attached to the
 * output character before them, so a span never silently loses part of the source phrase.
 * Runs are clauses between punctuation, so the quadratic table stays small; a pathological run
 * beyond {@link #MAX_TABLE_CELLS} is mapped as a single unit.
 */
final class ConversionAligner {

    private static final long MAX_TABLE_CELLS = 1_000_000;

    private ConversionAligner() {
    }

    /** Appends to {@code offsets} the source span, shifted by {@code base}, of every converted character. */
    static void align(String reference, String converted, int base, OffsetMap.Builder offsets) {
        int n = reference.length();
        int m = converted.length();
        if (n == m) {
            offsets.addRewritten(m, base, base + n);
            return;
        }
        if ((long) (n + 1) * (m + 1) > MAX_TABLE_CELLS) {
            offsets.addRewritten(m, base, base + n);
            return;
        }
        int[] starts = new int[m];
        int[] ends = new int[m];
        int[][] common = commonSuffixLengths(reference, converted);
        int i = 0;
        int j = 0;
        int hunkI = 0;
        int hunkJ = 0;
        while (i < n || j < m) {
            boolean anchor = i < n && j < m && reference.charAt(i) == converted.charAt(j)
                    && common[i][j] == common[i + 1][j + 1] + 1;
            if (anchor) {
                mapHunk(hunkI, i, hunkJ, j, starts, ends);
                starts[j] = i;
                ends[j] = i + 1;
                i++;
                j++;
                hunkI = i;
                hunkJ = j;
            } else if (j == m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                i++;
            } else {
                j++;
            }
        }
        mapHunk(hunkI, n, hunkJ, m, starts, ends);
        if (m > 0) {
            // Characters dropped before the first output character belong to it.
            starts[0] = 0;
        }
        for (int k = 0; k < m; k++) {
            offsets.add(base + starts[k], base + ends[k]);
        }
    }

    private static void mapHunk(int fromI, int toI, int fromJ, int toJ, int[] starts, int[] ends) {
        int sourceLength = toI - fromI;
        int outputLength = toJ - fromJ;
        if (outputLength == 0) {
            if (fromJ > 0) {
                ends[fromJ - 1] = toI;
            }
            return;
        }
        for (int k = 0; k < outputLength; k++) {
            if (sourceLength == outputLength) {
                starts[fromJ + k] = fromI + k;
                ends[fromJ + k] = fromI + k + 1;
            } else {
                starts[fromJ + k] = fromI;
                ends[fromJ + k] = toI;
            }
        }
    }

    private static int[][] commonSuffixLengths(String a, String b) {
        int[][] table = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                table[i][j] = a.charAt(i) == b.charAt(j)
                        ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table;
    }
}
