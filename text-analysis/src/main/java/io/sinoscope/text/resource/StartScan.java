package io.sinoscope.text.resource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} that tries a match only where one can begin. {@code find()} attempts the whole pattern
 * at every position of the text; the fact patterns start with a number, a currency, a cue word, and spent a third
 * of an article's analysis mostly failing on ordinary Han characters (docs/benchmarks.md).
 *
 * <p>Which characters can begin a match is learnt from the pattern itself, lazily, one character at a time: the
 * pattern is tried on that character alone ({@link Matcher#lookingAt()}); if it neither matches nor
 * {@linkplain Matcher#hitEnd() reads past the end}, then no text whose match attempt starts with that character
 * can match there, because everything the engine looked at was that character. At a position that may begin a
 * match, the attempt is exactly the one {@code find()} makes there: {@code lookingAt()} on a region starting at
 * that position with transparent, non-anchoring bounds, so look-behinds still see the text before it. Matches,
 * their order and their groups are therefore those of {@code find()}, with absolute offsets.
 *
 * <p>Limit: the probe sees no character before the one probed. A negative look-behind or none at the start of a
 * pattern is fine (the probe then errs towards trying); a pattern that may begin with a positive look-behind,
 * {@code \b}, {@code \B} or a multi-line {@code ^} must not be scanned this way.
 *
 * <p>Several patterns run over the same text share one pass over it ({@link StartScans}), which also asks the same
 * question of pairs of characters: the positions where each of them may begin a match are found once, and each
 * pattern's scan visits only its own.
 *
 * <p>Thread-safe: the character answers are kept by {@link LearntCharacters}.
 */
public final class StartScan {

    /** Failed match attempts between two deadline checks: a check costs about as much as one attempt. */
    private static final int DEADLINE_CHECK_INTERVAL = 256;

    private final Pattern pattern;
    private final LearntCharacters startCharacters;

    public StartScan(Pattern pattern) {
        if (pattern.matcher("").lookingAt()) {
            throw new IllegalArgumentException("A pattern that matches the empty string cannot be scanned: " + pattern);
        }
        this.pattern = pattern;
        this.startCharacters = new LearntCharacters(c -> Character.isSurrogate(c) || mayStart(String.valueOf(c)));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** Matches of this pattern in {@code text}, found as {@code pattern().matcher(text).find()} finds them. */
    public Scan scan(String text) {
        return new Scan(StartScans.everywhere(text));
    }

    /**
     * As {@link #scan(String)} on {@code starts.text()}, visiting only the positions of {@code starts} where this
     * pattern may begin a match; they must have been found for a set of patterns including this one.
     */
    public Scan scan(StartScans.Starts starts) {
        return new Scan(starts);
    }

    /** One pass over one text; not thread-safe, like a {@link Matcher}. */
    public final class Scan {
        private final String text;
        private final Matcher matcher;
        /** The positions to visit. */
        private final StartScans.Starts starts;
        private int next;
        /** This pattern's place in the set {@code starts} were found for; -1 when they are every position. */
        private final int member;
        /** Index of the first of {@code starts} not yet passed. */
        private int cursor;

        private Scan(StartScans.Starts starts) {
            this.text = starts.text();
            this.starts = starts;
            this.member = starts.member(StartScan.this);
            this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Holds the current match after {@link #find()} returned true: start, end, groups, in {@code text}'s offsets. */
        public Matcher matcher() {
            return matcher;
        }

        /** The next match, where {@link Matcher#find()} would find it. */
        public boolean find() {
            // Every extractor loops over find() and does bounded work per match: checking here covers them all.
            starts.deadline().check();
            int length = text.length();
            int attempts = 0;
            for (int at = visitFrom(next); at < length; at = visitFrom(at + 1)) {
                if (++attempts % DEADLINE_CHECK_INTERVAL == 0) {
                    starts.deadline().check();
                }
                matcher.region(at, length);
                if (matcher.lookingAt()) {
                    // Like find(): continue at the end of this match, one further after an empty one.
                    next = matcher.end() == matcher.start() ? matcher.end() + 1 : matcher.end();
                    return true;
                }
            }
            next = length + 1;
            return false;
        }

        /** The first position at or after {@code from} where a match may begin; the text's length when there is none. */
        private int visitFrom(int from) {
            while (cursor < starts.count() && (starts.position(cursor) < from || !mayStartAt(cursor))) {
                cursor++;
            }
            return cursor < starts.count() ? starts.position(cursor) : text.length();
        }

        /** Whether a match may begin at the {@code index}-th of {@code starts}. */
        private boolean mayStartAt(int index) {
            return member < 0 ? mayStart(text.charAt(starts.position(index))) : starts.mayStart(index, member);
        }
    }

    /** Whether a match may begin with this character. */
    boolean mayStart(char c) {
        return startCharacters.test(c);
    }

    /**
     * Whether a match may begin with {@code start}, a character or a few: the pattern tried on them alone neither
     * matches nor reads past them.
     */
    boolean mayStart(String start) {
        Matcher probe = pattern.matcher(start);
        return probe.lookingAt() || probe.hitEnd();
    }
}
