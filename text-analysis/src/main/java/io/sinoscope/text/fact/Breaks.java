package io.sinoscope.text.fact;

import java.util.Arrays;

/**
 * Where the clause or sentence around a position begins and ends, from the positions of the break characters found
 * once per text. Walking from each match to its clause's ends cost the clause's length per match, and a text of
 * one long clause with thousands of matches became quadratic (issue 21); a binary search costs log n.
 */
final class Breaks {

    private final int length;
    private final int[] positions;

    private Breaks(int length, int[] positions) {
        this.length = length;
        this.positions = positions;
    }

    /** The positions of {@code text} holding one of {@code breakCharacters}. */
    static Breaks of(String text, String breakCharacters) {
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (breakCharacters.indexOf(text.charAt(i)) >= 0) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return new Breaks(text.length(), Arrays.copyOf(found, count));
    }

    /** The start of the stretch holding {@code position}: just after the last break before it, or 0. */
    int startBefore(int position) {
        int at = Arrays.binarySearch(positions, position);
        int lastBefore = (at >= 0 ? at : -at - 1) - 1;
        return lastBefore >= 0 ? positions[lastBefore] + 1 : 0;
    }

    /** The end of the stretch reaching {@code position}: the first break at or after it, or the text's length. */
    int endFrom(int position) {
        int at = Arrays.binarySearch(positions, position);
        int first = at >= 0 ? at : -at - 1;
        return first < positions.length ? positions[first] : length;
    }

    /** The last break at or before {@code position}, or -1. */
    int lastAtOrBefore(int position) {
        int at = Arrays.binarySearch(positions, position);
        int index = at >= 0 ? at : -at - 2;
        return index >= 0 ? positions[index] : -1;
    }
}
