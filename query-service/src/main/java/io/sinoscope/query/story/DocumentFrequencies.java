package io.sinoscope.query.story;

import java.util.Collection;

/**
 * In how many articles each key (an entity id, a bigram) has appeared, for inverse document frequencies. Bounded: when
 * more than {@code maxKeys} keys are counted, every count and the article count are halved and keys at zero dropped,
 * so old vocabulary fades and recent news weighs more.
 *
 * <p>Keys are held as 64-bit hashes in an open-addressing table (two primitive arrays), about 16 bytes a key where a
 * {@code HashMap<String, Integer>} spent about 100: the vocabulary of a busy stream fills the cap within minutes, and
 * at 2,000,000 string keys the map alone outgrew query-service's heap. Two keys sharing a hash (about one pair in
 * 10^12 at a million keys) would share a count, which only nudges an IDF weight.
 */
final class DocumentFrequencies {

    private static final long EMPTY = 0;
    private static final double MAX_LOAD = 0.6;

    private final int maxKeys;
    private long[] keys;
    private int[] counts;
    private int size;
    private long documents;

    DocumentFrequencies(int maxKeys) {
        this.maxKeys = maxKeys;
        allocate(16);
    }

    void add(Collection<String> documentKeys) {
        documents++;
        for (String key : documentKeys) {
            increment(hash(key));
        }
        if (size > maxKeys) {
            halve();
        }
    }

    /** ln(1 + N / df): a key in every article weighs ln 2, one in a single article ln(1 + N). */
    double idf(String key) {
        int df = Math.max(1, frequency(key));
        return Math.log(1 + (double) Math.max(documents, df) / df);
    }

    int frequency(String key) {
        int slot = slotOf(hash(key));
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    /** Articles counted (halved with the counts). */
    long documents() {
        return documents;
    }

    /** Keys counted now: at most {@code maxKeys} once an article has been added. */
    int size() {
        return size;
    }

    private void increment(long hash) {
        int slot = slotOf(hash);
        if (keys[slot] == EMPTY) {
            keys[slot] = hash;
            size++;
            if (size > keys.length * MAX_LOAD) {
                rehash(keys.length * 2);
                slot = slotOf(hash);
            }
        }
        counts[slot]++;
    }

    /** The slot holding {@code hash}, or the empty slot where it would go (linear probing). */
    private int slotOf(long hash) {
        int mask = keys.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void halve() {
        documents = Math.max(1, documents / 2);
        for (int i = 0; i < keys.length; i++) {
            counts[i] /= 2;
        }
        rehash(keys.length);
    }

    /** Rebuilds the table at {@code capacity} slots, dropping keys whose count is zero. */
    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        allocate(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY && oldCounts[i] > 0) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
                size++;
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        counts = new int[capacity];
        size = 0;
    }

    /** FNV-1a over the UTF-16 units, then a finaliser (MurmurHash3's) so that close keys spread; never 0 (empty). */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    @Override
    public String toString() {
        return "DocumentFrequencies[" + size + " keys, " + documents + " documents, " + keys.length + " slots]";
    }
}
