package io.sinoscope.text.resource;

import io.sinoscope.text.Deadline;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * Several {@link StartScan} patterns run over the same text, sharing one pass over it: the positions where each of
 * them may begin a match are found once, and each pattern's scan then visits only its own rather than every
 * character again. The ~20 fact patterns each walked the whole text, and those walks were a fifth of fact extraction.
 *
 * <p>The pass reads two things, both learnt lazily from the patterns as {@link StartScan} learns its characters. First,
 * whether any pattern may begin a match with the character (about one character in six of news text). There, which
 * patterns may begin one with that character and the next: most such positions still admit none or few (一 in 一些 for
 * a number, the last digit of a year before 年 for a percentage), and a failed match attempt costs far more than a
 * table read. The answer for a pair, one bit per pattern, is probed once ({@link StartScan#mayStart(String)} on the
 * two characters) and kept in one open-addressing table for all the patterns, so a position costs one read rather
 * than one per pattern, and the reads of an article touch a few hundred cache lines. A pair that finds no free slot,
 * one with a surrogate, and the last character of a text are answered from the single characters.
 *
 * <p>Thread-safe: a pair's slot is filled once by compare-and-set with the pair and its answer in one word, and never
 * changed; a reader sees a slot either empty or final.
 */
public final class StartScans {

    /** A pair's answer has one bit per pattern, below the pair itself and above the "learnt" bit. */
    static final int MAX_PATTERNS = 31;
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final long LEARNT = 1L;
    /** 16,384 pairs (128 KB); news needs a few thousand, and a pair that finds no free slot is still answered. */
    private static final int PAIR_SLOT_BITS = 14;
    private static final int PAIR_PROBES = 8;

    private final List<StartScan> patterns;
    private final LearntCharacters anyStart;
    private final long[] pairs = new long[1 << PAIR_SLOT_BITS];

    public StartScans(List<StartScan> patterns) {
        if (patterns.size() > MAX_PATTERNS) {
            throw new IllegalArgumentException("At most " + MAX_PATTERNS + " patterns share a pass, not " + patterns.size());
        }
        this.patterns = List.copyOf(patterns);
        this.anyStart = new LearntCharacters(c -> this.patterns.stream().anyMatch(pattern -> pattern.mayStart(c)));
    }

    /** The positions of {@code text} where a match of one of these patterns may begin, in order, with which ones. */
    public Starts starts(String text) {
        return starts(text, Deadline.NONE);
    }

    /** As {@link #starts(String)}; the scans over these positions check {@code deadline} as they go. */
    public Starts starts(String text, Deadline deadline) {
        int[] positions = new int[text.length()];
        int[] members = new int[text.length()];
        int count = 0;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (anyStart.test(c)) {
                int starting = at + 1 < text.length() ? startingWith(c, text.charAt(at + 1)) : startingWith(c);
                if (starting != 0) {
                    positions[count] = at;
                    members[count] = starting;
                    count++;
                }
            }
        }
        return new Starts(this, text, positions, members, count, deadline);
    }

    /** Every position of {@code text}, where each pattern checks its own characters: for a pattern scanned alone. */
    public static Starts everywhere(String text) {
        return new Starts(null, text, null, null, text.length(), Deadline.NONE);
    }

    /** One bit per pattern that may begin a match with this pair of characters. */
    private int startingWith(char first, char second) {
        if (Character.isSurrogate(first) || Character.isSurrogate(second)) {
            return startingWith(first); // Half a pair is not the code point the engine reads in the text.
        }
        int pair = first << Character.SIZE | second;
        long key = (long) pair << Integer.SIZE;
        int home = (pair * 0x9E3779B9) >>> (Integer.SIZE - PAIR_SLOT_BITS);
        for (int k = 0; k < PAIR_PROBES; k++) {
            int slot = (home + k) & (pairs.length - 1);
            long entry = (long) SLOTS.getOpaque(pairs, slot);
            if (entry == 0) {
                long learnt = key | (long) probe(first, second) << 1 | LEARNT;
                entry = (long) SLOTS.compareAndExchange(pairs, slot, 0L, learnt);
                if (entry == 0) {
                    entry = learnt;
                }
            }
            if ((entry & 0xFFFF_FFFF_0000_0000L) == key) {
                return (int) (entry >>> 1) & Integer.MAX_VALUE;
            }
        }
        return startingWith(first);
    }

    private int probe(char first, char second) {
        String pair = new String(new char[] {first, second});
        int starting = 0;
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).mayStart(first) && patterns.get(i).mayStart(pair)) {
                starting |= 1 << i;
            }
        }
        return starting;
    }

    /** One bit per pattern that may begin a match with this character. */
    private int startingWith(char c) {
        int starting = 0;
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).mayStart(c)) {
                starting |= 1 << i;
            }
        }
        return starting;
    }

    /** Positions of one text where a match of some of the patterns of {@code of} may begin. */
    public static final class Starts {
        /** The patterns these positions were found for; null for every position. */
        private final StartScans of;
        private final String text;
        /** Null for every position. */
        private final int[] positions;
        /** For each position, one bit per pattern that may begin a match there; null for every position. */
        private final int[] members;
        private final int count;
        private final Deadline deadline;

        private Starts(StartScans of, String text, int[] positions, int[] members, int count, Deadline deadline) {
            this.deadline = deadline;
            this.of = of;
            this.text = text;
            this.positions = positions;
            this.members = members;
            this.count = count;
        }

        public String text() {
            return text;
        }

        /** The budget of the analysis these positions belong to, checked by every scan over them. */
        Deadline deadline() {
            return deadline;
        }

        int count() {
            return count;
        }

        int position(int index) {
            return positions == null ? index : positions[index];
        }

        /** {@code pattern}'s place among the patterns these positions were found for; -1 when they are every position. */
        int member(StartScan pattern) {
            if (of == null) {
                return -1;
            }
            for (int i = 0; i < of.patterns.size(); i++) {
                if (of.patterns.get(i) == pattern) {
                    return i;
                }
            }
            throw new IllegalArgumentException("Positions found for other patterns than " + pattern.pattern());
        }

        /** Whether the {@code member}-th pattern may begin a match at the {@code index}-th position. */
        boolean mayStart(int index, int member) {
            return (members[index] & 1 << member) != 0;
        }
    }
}
