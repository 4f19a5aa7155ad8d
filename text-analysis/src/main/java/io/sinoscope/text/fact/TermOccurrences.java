package io.sinoscope.text.fact;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Every position where each of a few terms occurs in one text (overlapping occurrences included), found once, so the
 * occurrence of a term nearest to a match is a binary search rather than a scan of the clause.
 */
final class TermOccurrences {

    private final Map<String, int[]> positions = new HashMap<>();

    TermOccurrences(String text, Collection<String> terms) {
        for (String term : terms) {
            int[] found = new int[8];
            int count = 0;
            for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
            positions.put(term, Arrays.copyOf(found, count));
        }
    }

    /**
     * The smallest distance between {@code [start, end)} and an occurrence of {@code term} lying inside
     * {@code [from, to)} (0 when they overlap), or {@link Integer#MAX_VALUE} when there is none. The distance falls as
     * an occurrence nears the span from either side, so only the last occurrence beginning before {@code end} and the
     * first beginning at or after it can be the nearest.
     */
    int nearest(String term, int from, int to, int start, int end) {
        int[] at = positions.get(term);
        int length = term.length();
        int first = Arrays.binarySearch(at, end);
        first = first >= 0 ? first : -first - 1;
        int best = Integer.MAX_VALUE;
        int before = first - 1;
        if (before >= 0 && at[before] >= from && at[before] + length <= to) {
            best = at[before] + length <= start ? start - at[before] - length : 0;
        }
        if (first < at.length && at[first] + length <= to) {
            best = Math.min(best, at[first] - end);
        }
        return best;
    }
}
