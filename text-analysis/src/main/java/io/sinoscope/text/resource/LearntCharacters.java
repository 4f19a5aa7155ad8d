package io.sinoscope.text.resource;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A yes-or-no question about characters, asked once per character and from then on answered from two bits (learnt,
 * yes) per character, 16 KB for all of them. A byte per character would make the fact patterns' tables large enough
 * that each scan of an article touches a cache line per distinct character and evicts HanLP's dictionaries
 * (docs/benchmarks.md); Han text clusters in a few thousand code points, so packed bits keep a table's working set to
 * a few dozen lines.
 *
 * <p>Thread-safe: a character's two bits are set together by one atomic OR and never cleared, so a reader sees either
 * "not learnt" or the final answer. Two threads may both ask the question about a character, which must therefore
 * always give the same answer.
 */
final class LearntCharacters {

    /** The question, asked at most a few times per character. */
    @FunctionalInterface
    interface Question {
        boolean ask(char c);
    }

    private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);
    /** Characters per 64-bit word, two bits each. */
    private static final int PER_WORD = 32;
    private static final long LEARNT = 1L;
    private static final long YES = 2L;

    private final Question question;
    private final long[] words = new long[(Character.MAX_VALUE + 1) / PER_WORD];

    LearntCharacters(Question question) {
        this.question = question;
    }

    boolean test(char c) {
        int shift = 2 * (c % PER_WORD);
        long bits = (long) WORDS.getOpaque(words, c / PER_WORD) >>> shift;
        if ((bits & LEARNT) == 0) {
            bits = LEARNT | (question.ask(c) ? YES : 0);
            WORDS.getAndBitwiseOr(words, c / PER_WORD, bits << shift);
        }
        return (bits & YES) != 0;
    }
}
