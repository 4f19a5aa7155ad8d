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
 * <p>Several patterns run over the same text share one pass over it ({@link StartScans}): the positions where any of
 * them may begin a match are found once, and each pattern's scan visits only those.
 *
 * <p>Thread-safe: the character answers are kept by {@link LearntCharacters}; a pair's slot is filled once by
 * compare-and-set with the pair and its answer in one word, and never changed.
 */
public final class StartScan {

    private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final long LEARNT = 1L;
    private static final long MAY_START = 2L;
    /** 4,096 learnt pairs per pattern (32 KB); a pair whose first {@value #PAIR_PROBES} slots are taken is tried. */
    private static final int PAIR_SLOT_BITS = 12;
    private static final int PAIR_PROBES = 8;

    private final Pattern pattern;
    private final LearntCharacters startCharacters;
    private final long[] pairs = new long[1 << PAIR_SLOT_BITS];

    public StartScan(Pattern pattern) {
        if (pattern.matcher("").lookingAt()) {
            throw new IllegalArgumentException("A pattern that matches the empty string cannot be scanned: " + pattern);
        }
        this.pattern = pattern;
        this.startCharacters = new LearntCharacters(c -> Character.isSurrogate(c) || probe(String.valueOf(c)));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Matches of this pattern in {@code text}, found as {@code pattern().matcher(text).find()} finds them. */
    public Scan scan(String text) {
        return new Scan(StartScans.everywhere(text));
    }

    /**
     * As {@link #scan(String)} on {@code starts.text()}, visiting only the positions of {@code starts}; they must have
     * been found for a set of patterns including this one.
     */
    public Scan scan(StartScans.Starts starts) {
        if (!starts.cover(this)) {
            throw new IllegalArgumentException("Positions found for other patterns than " + pattern);
        }
        return new Scan(starts);
    }

    /** One pass over one text; not thread-safe, like a {@link Matcher}. */
    public final class Scan {
        private final String text;
        private final Matcher matcher;
        /** The positions to visit. */
        private final StartScans.Starts starts;
        private int next;
        /** Index of the first of {@code starts} not yet passed. */
        private int cursor;

        private Scan(StartScans.Starts starts) {
            this.text = starts.text();
            this.starts = starts;
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Holds the current match after {@link #find()} returned true: start, end, groups, in {@code text}'s offsets. */
        public Matcher matcher() {
            return matcher;
        }

        /** The next match, where {@link Matcher#find()} would find it. */
        public boolean find() {
            int length = text.length();
            for (int at = visitFrom(next); at < length; at = visitFrom(at + 1)) {
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

        /** The first position at or after {@code from} to visit; the text's length when there is none. */
        private int visitFrom(int from) {
            while (cursor < starts.count() && starts.position(cursor) < from) {
                cursor++;
            }
            return cursor < starts.count() ? starts.position(cursor) : text.length();
        }
    }

    /** Whether a match may begin with this character. */
    boolean mayStart(char c) {
        return startCharacters.test(c);
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

    private boolean probe(String start) {
        Matcher probe = pattern.matcher(start);
        return probe.lookingAt() || probe.hitEnd();
    }
}
