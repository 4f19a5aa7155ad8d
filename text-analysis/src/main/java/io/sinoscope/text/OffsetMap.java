package io.sinoscope.text;

import java.util.Arrays;

/**
 * Maps offsets in a rewritten (normalized) text back to the text it was rewritten from.
 *
 * <p>Every rewritten character records the span of source characters it came from. A phrase
 * conversion that changes length (網際網路 → 互联网) gives each output character the whole source
 * phrase, so a span that starts or ends inside such a phrase widens to the whole phrase instead of
 * pointing at an unrelated character. Maps compose with {@link #andThen(OffsetMap)}, which lets each
 * rewriting step build its own map against its own input.
 */
public final class OffsetMap {

    private final int[] starts;
    private final int[] ends;
    private final int originalLength;
    /** Every character maps to itself: composing with such a map changes nothing. */
    private final boolean identity;

    private OffsetMap(int[] starts, int[] ends, int originalLength) {
        this.starts = starts;
        this.ends = ends;
        this.originalLength = originalLength;
        this.identity = isIdentity(starts, ends, originalLength);
    }

    private static boolean isIdentity(int[] starts, int[] ends, int originalLength) {
        if (starts.length != originalLength) {
            return false;
        }
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] != i || ends[i] != i + 1) {
                return false;
            }
        }
        return true;
    }

    public static OffsetMap identity(int length) {
        return new Builder(length).addRewritten(length, 0, length).build();
    }

    /** Offset in the original text where the normalized character at {@code normalizedOffset} starts. */
    public int toOriginal(int normalizedOffset) {
        checkOffset(normalizedOffset);
        return normalizedOffset == starts.length ? originalLength : starts[normalizedOffset];
    }

    /** Exclusive end in the original text of a normalized span ending (exclusively) at {@code normalizedEnd}. */
    public int toOriginalEnd(int normalizedEnd) {
        checkOffset(normalizedEnd);
        // An empty span has no character to take an end from; collapse it onto its start.
        return normalizedEnd == 0 ? toOriginal(0) : ends[normalizedEnd - 1];
    }

    public int normalizedLength() {
        return starts.length;
    }

    public int originalLength() {
        return originalLength;
    }

    /**
     * Composes this map (intermediate → original) with {@code later} (normalized → intermediate)
     * into a map from normalized straight to original.
     */
    public OffsetMap andThen(OffsetMap later) {
        if (later.originalLength != starts.length) {
            throw new IllegalArgumentException(
                    "Later map expects input length " + later.originalLength + " but this map produces " + starts.length);
        }
        // Most texts need no conversion or no regional rewrite: skip composing (and allocating) an equal copy.
        if (later.identity) {
            return this;
        }
        if (identity) {
            return later;
        }
        int n = later.starts.length;
        int[] composedStarts = new int[n];
        int[] composedEnds = new int[n];
        for (int i = 0; i < n; i++) {
            int start = later.starts[i];
            int end = later.ends[i];
            composedStarts[i] = toOriginal(start);
            composedEnds[i] = end == start ? composedStarts[i] : toOriginalEnd(end);
        }
        return new OffsetMap(composedStarts, composedEnds, originalLength);
    }

    /**
     * The map as runs, for shipping it with the normalised text (the articles.enriched event): triples
     * {@code count, start, end}, each run as {@link Builder#addRewritten} takes it: {@code count} normalised characters
     * from source span {@code [start, end)}, one each in order when {@code count == end - start}, else each the whole
     * span. Most characters map one to one, so a 2,000-character article converted from Traditional is a few dozen
     * runs, where two offsets per character would be thousands of numbers. {@link #fromRuns} reads it back.
     */
    public int[] runs() {
        int[] runs = new int[24];
        int size = 0;
        int i = 0;
        while (i < starts.length) {
            int start = starts[i];
            int end = ends[i];
            int count = 1;
            if (end - start == 1) {
                while (i + count < starts.length && starts[i + count] == start + count
                        && ends[i + count] == start + count + 1) {
                    count++;
                }
                end = start + count;
            } else {
                while (i + count < starts.length && starts[i + count] == start && ends[i + count] == end) {
                    count++;
                }
                // Each character the whole span, in as many characters as the span is long: as one run that would
                // read back as one source character each, so the last character becomes a run of its own.
                if (count == end - start) {
                    count--;
                }
            }
            if (size + 3 > runs.length) {
                runs = Arrays.copyOf(runs, runs.length * 2);
            }
            runs[size++] = count;
            runs[size++] = start;
            runs[size++] = end;
            i += count;
        }
        return Arrays.copyOf(runs, size);
    }

    /**
     * The map {@link #runs} described, over an original of {@code originalLength} characters.
     *
     * @throws IllegalArgumentException when the runs do not describe a map of such a text (a damaged or foreign
     *                                  event): spans outside it or going backwards, or not whole triples
     */
    public static OffsetMap fromRuns(int originalLength, int[] runs) {
        if (runs.length % 3 != 0) {
            throw new IllegalArgumentException("Offset runs come in triples, got " + runs.length + " numbers");
        }
        Builder builder = new Builder(originalLength);
        for (int r = 0; r < runs.length; r += 3) {
            if (runs[r] < 0) {
                throw new IllegalArgumentException("Negative run length " + runs[r]);
            }
            builder.addRewritten(runs[r], runs[r + 1], runs[r + 2]);
        }
        return builder.build();
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > starts.length) {
            throw new IndexOutOfBoundsException("Offset " + offset + " outside [0, " + starts.length + "]");
        }
    }

    /** Collects, character by character, the source span each output character came from. */
    public static final class Builder {
        private final int originalLength;
        private int[] starts;
        private int[] ends;
        private int size;

        public Builder(int originalLength) {
            this.originalLength = originalLength;
            // Rewrites keep about the length of their input: sized for that, they rarely grow.
            int capacity = Math.max(16, originalLength);
            this.starts = new int[capacity];
            this.ends = new int[capacity];
        }

        /** Records the next output character as coming from source span [start, end); empty spans mark insertions. */
        public Builder add(int start, int end) {
            if (start < 0 || end < start || end > originalLength) {
                throw new IllegalArgumentException("Bad source span [" + start + ", " + end + ")");
            }
            if (size > 0 && (start < starts[size - 1] || end < ends[size - 1])) {
                throw new IllegalArgumentException("Source spans must not go backwards");
            }
            ensureCapacity(size + 1);
            starts[size] = start;
            ends[size] = end;
            size++;
            return this;
        }

        /** Records {@code count} output characters rewritten from source span [start, end). */
        public Builder addRewritten(int count, int start, int end) {
            if (count == end - start) {
                if (count > 0) {
                    // One character each, in order: checking the first and the last span checks them all.
                    add(start, start + 1);
                    if (end > originalLength) {
                        throw new IllegalArgumentException("Bad source span [" + (end - 1) + ", " + end + ")");
                    }
                    ensureCapacity(size + count - 1);
                    for (int k = 1; k < count; k++) {
                        starts[size] = start + k;
                        ends[size] = start + k + 1;
                        size++;
                    }
                }
            } else {
                for (int k = 0; k < count; k++) {
                    add(start, end);
                }
            }
            return this;
        }

        private void ensureCapacity(int needed) {
            if (needed > starts.length) {
                int capacity = Math.max(needed, starts.length * 2);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
        }

        public OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), originalLength);
        }
    }
}
