package io.sinoscope.ingest.dedup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * MinHash signatures over character shingles, and their LSH bands.
 *
 * <p>Shingles are 3 consecutive letters or digits with punctuation and whitespace dropped: Chinese has no word
 * boundaries to rely on, and a reprint differs from its original mostly in layout, punctuation and a few added
 * lines (byline, footer), which leave most shingles, and so most signature rows, unchanged. The share of equal rows
 * estimates the Jaccard similarity of the two shingle sets. A signature carries, after its rows, the number of
 * distinct shingles, so that how much of the smaller text the larger contains can be estimated too (signatures
 * stored before that have only the rows: {@link #shingleCount} is then unknown).
 *
 * <p>Two bandings index a signature: 16 bands of 4 rows (the first, finds pairs at 0.8 with 99.98 %) and 21 bands of
 * 3 rows over the same rows (finds pairs at 0.5 with 94 %, at 0.6 with 99.4 %; together with the first 98 % at 0.5),
 * so that short updates and reposts, which the rule accepts from 0.5, are candidates; pairs at 0.03 (different
 * reports of one event) become candidates 0.06 % of the time, and are then rejected by the rule.
 */
public final class MinHash {

    public static final int ROWS = 64;
    /** The first banding; its band numbers (0-15) and hashes are those stored before the second existed. */
    static final int WIDE_BANDS = 16;
    static final int WIDE_ROWS = ROWS / WIDE_BANDS;
    static final int NARROW_BANDS = 21;
    static final int NARROW_ROWS = 3;
    public static final int BANDS = WIDE_BANDS + NARROW_BANDS;
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
        int[] signature = new int[ROWS + 1];
        Arrays.fill(signature, Integer.MAX_VALUE);
        int distinct = 0;
        for (int i = 0; i < shingles.length; i++) {
            long shingle = shingles[i];
            if (i > 0 && shingle == shingles[i - 1]) {
                continue;
            }
            distinct++;
            for (int row = 0; row < ROWS; row++) {
                int hash = (int) (mix(shingle ^ SEEDS[row]) >>> 33);
                if (hash < signature[row]) {
                    signature[row] = hash;
                }
            }
        }
        signature[ROWS] = distinct;
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

    /** @return the number of distinct shingles the signature was taken over, or -1 when it was not recorded */
    public static int shingleCount(int[] signature) {
        return signature.length > ROWS ? signature[ROWS] : -1;
    }

    /**
     * Estimated share of the smaller shingle set found in the larger, |A∩B| / min(|A|, |B|), from the Jaccard estimate
     * and the set sizes (|A∩B| = J (|A| + |B|) / (1 + J)); NaN when a size is unknown.
     */
    public static double containment(int[] a, int[] b) {
        int sizeA = shingleCount(a);
        int sizeB = shingleCount(b);
        if (sizeA <= 0 || sizeB <= 0) {
            return Double.NaN;
        }
        double jaccard = similarity(a, b);
        return Math.min(1.0, jaccard * (sizeA + sizeB) / (1 + jaccard) / Math.min(sizeA, sizeB));
    }

    /** One bucket hash per band (both bandings); equal buckets in the same band make two articles candidates. */
    public static long[] bandBuckets(int[] signature) {
        long[] buckets = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            int width = band < WIDE_BANDS ? WIDE_ROWS : NARROW_ROWS;
            int first = band < WIDE_BANDS ? band * WIDE_ROWS : (band - WIDE_BANDS) * NARROW_ROWS;
            long hash = band;
            for (int row = first; row < first + width; row++) {
                hash = mix(hash * 31 + signature[row]);
            }
            buckets[band] = hash;
        }
        return buckets;
    }

    public static byte[] toBytes(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * Integer.BYTES);
        for (int value : signature) {
            buffer.putInt(value);
        }
        return buffer.array();
    }

    /** The rows, and the shingle count when the stored signature has one. */
    public static int[] fromBytes(byte[] bytes) {
        int[] signature = new int[bytes.length / Integer.BYTES];
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
