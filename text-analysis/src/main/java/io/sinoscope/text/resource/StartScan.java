package io.sinoscope.text.resource;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} that tries a match only where one can begin. {@code find()} attempts the whole pattern
 * at every position of the text; the fact patterns start with a number, a currency, a cue word, and spent
 * ~3.5 ms of the ~10 ms of analysing a 2,000-character article mostly failing on ordinary Han characters.
 *
 * <p>Which characters can begin a match is learnt from the pattern itself, lazily, one character at a time: the
 * pattern is tried on that character alone ({@link Matcher#lookingAt()}); if it neither matches nor
 * {@linkplain Matcher#hitEnd() reads past the end}, then no text whose match attempt starts with that character
 * can match there, because everything the engine looked at was that character. At a position that may begin a
 * match, the attempt is exactly the one {@code find()} makes there: {@code lookingAt()} on a region starting at
 * that position with transparent, non-anchoring bounds, so look-behinds still see the text before it. Matches,
 * their order and their groups are therefore those of {@code find()}, with absolute offsets.
 *
 * <p>Most positions whose character may begin a match still cannot (一 in 一些 for a number pattern, the last digit
 * of a year before 年 for a percentage), and a failed attempt costs far more than a table read: there each pattern
 * also learns, the same way, whether a match may begin with that character and the next one, probing the pair. The
 * pairs are kept in a small open-addressing table; a pair that finds no free slot is simply tried.
 *
 * <p>Limit: the probe sees no character before the one probed. A negative look-behind or none at the start of a
 * pattern is fine (the probe then errs towards trying); a pattern that may begin with a positive look-behind,
 * {@code \b}, {@code \B} or a multi-line {@code ^} must not be scanned this way.
 *
 * <p>The table holds two bits per character (learnt, may start), 16 KB per pattern. It was a byte per character:
 * with ~25 fact patterns that made 1.6 MB of tables, each scan of an article touching a cache line per distinct
 * character, which evicted HanLP's dictionaries as well; Han text clusters in a few thousand code points, so packed
 * bits keep a pattern's working set to a few dozen lines. Thread-safe: a character's two bits are set together by
 * one atomic OR and never cleared, so a reader sees either "not learnt" or the final answer; a pair's slot is filled
 * once by compare-and-set with the pair and its answer in one word, and never changed.
 */
public final class StartScan {

    private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);
    /** Characters per 64-bit word, two bits each. */
    private static final int PER_WORD = 32;
    private static final long LEARNT = 1L;
    private static final long MAY_START = 2L;
    /** 4,096 learnt pairs per pattern (32 KB); a pair whose first {@value #PAIR_PROBES} slots are taken is tried. */
    private static final int PAIR_SLOT_BITS = 12;
    private static final int PAIR_PROBES = 8;

    private final Pattern pattern;
    private final long[] starts = new long[(Character.MAX_VALUE + 1) / PER_WORD];
    private final long[] pairs = new long[1 << PAIR_SLOT_BITS];

    public StartScan(Pattern pattern) {
        if (pattern.matcher("").lookingAt()) {
            throw new IllegalArgumentException("A pattern that matches the empty string cannot be scanned: " + pattern);
        }
        this.pattern = pattern;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Matches of this pattern in {@code text}, found as {@code pattern().matcher(text).find()} finds them. */
    public Scan scan(String text) {
        return new Scan(text);
    }

    /** One pass over one text; not thread-safe, like a {@link Matcher}. */
    public final class Scan {
        private final String text;
        private final Matcher matcher;
        private int next;

        private Scan(String text) {
            this.text = text;
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Holds the current match after {@link #find()} returned true: start, end, groups, in {@code text}'s offsets. */
        public Matcher matcher() {
            return matcher;
        }

        /** The next match, where {@link Matcher#find()} would find it. */
        public boolean find() {
            int length = text.length();
            for (int at = next; at < length; at++) {
                if (mayStart(text.charAt(at)) && (at + 1 == length || mayStart(text.charAt(at), text.charAt(at + 1)))) {
                    matcher.region(at, length);
                    if (matcher.lookingAt()) {
                        // Like find(): continue at the end of this match, one further after an empty one.
                        next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                        return true;
                    }
                }
            }
            next = length + 1;
            return false;
        }
    }

    private boolean mayStart(char c) {
        int shift = 2 * (c % PER_WORD);
        long bits = (long) WORDS.getOpaque(starts, c / PER_WORD) >>> shift;
        if ((bits & LEARNT) == 0) {
            bits = LEARNT | (Character.isSurrogate(c) || probe(c) ? MAY_START : 0);
            WORDS.getAndBitwiseOr(starts, c / PER_WORD, bits << shift);
        }
        return (bits & MAY_START) != 0;
    }

    /**
     * Whether a match may begin with this pair of characters, learnt as for one character but from the pair. Surrogates
     * are not probed: half a pair is not the code point the engine reads in the text.
     */
    private boolean mayStart(char first, char second) {
        if (Character.isSurrogate(first) || Character.isSurrogate(second)) {
            return true;
        }
        long key = ((long) first << Character.SIZE | second) << 2;
        int home = ((first << Character.SIZE | second) * 0x9E3779B9) >>> (Integer.SIZE - PAIR_SLOT_BITS);
        for (int k = 0; k < PAIR_PROBES; k++) {
            int slot = (home + k) & (pairs.length - 1);
            long entry = (long) WORDS.getOpaque(pairs, slot);
            if (entry == 0) {
                long learnt = key | LEARNT | (probe(new String(new char[] {first, second})) ? MAY_START : 0);
                entry = (long) WORDS.compareAndExchange(pairs, slot, 0L, learnt);
                if (entry == 0) {
                    return (learnt & MAY_START) != 0;
                }
            }
            if ((entry & ~(LEARNT | MAY_START)) == key) {
                return (entry & MAY_START) != 0;
            }
        }
        return true; // Every slot this pair may use holds another: not learnt, so tried.
    }

    private boolean probe(char c) {
        return probe(String.valueOf(c));
    }

    private boolean probe(String start) {
        Matcher probe = pattern.matcher(start);
        return probe.lookingAt() || probe.hitEnd();
    }
}
