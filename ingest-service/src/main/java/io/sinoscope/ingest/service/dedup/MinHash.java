package io.sinoscope.ingest.service.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * MinHash signatures over character shingles, and their LSH bands.
 *
 * <p>Shingles are 3 consecutive letters or digits with punctuation and whitespace dropped: Chinese has no word
 * boundaries to rely on, and a reprint differs from its original mostly in layout, punctuation and a few added
 * lines (byline, footer), which leave most shingles, and so most signature rows, unchanged. The share of equal rows
 * estimates the Jaccard similarity of the two shingle sets.
 */
public final class MinHash {

    public static final int ROWS = 64;
    public static final int BANDS = 16;
    static final int ROWS_PER_BAND = ROWS / BANDS;
    static final int SHINGLE = 3;

    /** Fixed seeds: signatures are stored, so every process must hash the same way forever. */
    private static final long[] SEEDS = new long[ROWS];

    static {
        long state = 0x5EED_51B0_5C0BEL;
        for (int i = 0; i < ROWS; i++) {
            state = mix(state + 0x9E3779B97F4A7C15L);
            SEEDS[i] = state;
        }
    }

    private MinHash() {
    }

    /** @return the signature, or empty when the text has fewer than {@code minLetters} letters */
    public static Optional<int[]> signature(String text, int minLetters) {
        int[] letters = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
        if (letters.length < Math.max(minLetters, SHINGLE)) {
            return Optional.empty();
        }
        // Sorting a primitive array to drop repeated shingles costs a fraction of a boxed HashSet: this runs on every
        // article that enters, and was the largest single cost of ingest.
        long[] shingles = new long[letters.length - SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = ((long) letters[i] << 42) ^ ((long) letters[i + 1] << 21) ^ letters[i + 2];
        }
        Arrays.sort(shingles);
        int[] signature = new int[ROWS];
        Arrays.fill(signature, Integer.MAX_VALUE);
        for (int i = 0; i < shingles.length; i++) {
            long shingle = shingles[i];
            if (i > 0 && shingle == shingles[i - 1]) {
                continue;
            }
            for (int row = 0; row < ROWS; row++) {
                int hash = (int) (mix(shingle ^ SEEDS[row]) >>> 33);
                if (hash < signature[row]) {
                    signature[row] = hash;
                }
            }
        }
        return Optional.of(signature);
    }

    /** Estimated Jaccard similarity: the share of rows on which the two signatures agree. */
    public static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int row = 0; row < ROWS; row++) {
            if (a[row] == b[row]) {
                equal++;
            }
        }
        return (double) equal / ROWS;
    }

    /** One bucket hash per band; equal buckets in any band make two articles candidates. */
    public static long[] bandBuckets(int[] signature) {
        long[] buckets = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long hash = band;
            for (int row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) {
                hash = mix(hash * 31 + signature[row]);
            }
            buckets[band] = hash;
        }
        return buckets;
    }

    public static byte[] toBytes(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(ROWS * Integer.BYTES);
        for (int value : signature) {
            buffer.putInt(value);
        }
        return buffer.array();
    }

    public static int[] fromBytes(byte[] bytes) {
        int[] signature = new int[ROWS];
        ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
        return signature;
    }

    /** SplitMix64's finaliser: a fast, well-distributed 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
