package io.sinoscope.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OffsetMapTest {

    @Test
    void identityMapsEveryOffsetToItself() {
        OffsetMap map = OffsetMap.identity(3);
        assertEquals(0, map.toOriginal(0));
        assertEquals(2, map.toOriginal(2));
        assertEquals(3, map.toOriginal(3));
        assertEquals(3, map.toOriginalEnd(3));
        assertEquals(0, map.toOriginalEnd(0));
    }

    @Test
    void lengthChangingRewriteWidensInnerOffsetsToTheWholePhrase() {
        // "ab" + four source chars rewritten as three + "c": source length 7, output length 6.
        OffsetMap map = new OffsetMap.Builder(7).add(0, 1).add(1, 2).addRewritten(3, 2, 6).add(6, 7).build();
        assertEquals(2, map.toOriginal(2));
        assertEquals(2, map.toOriginal(3));
        assertEquals(6, map.toOriginalEnd(3));
        assertEquals(6, map.toOriginal(5));
        assertEquals(7, map.toOriginalEnd(6));
    }

    @Test
    void compositionChainsTwoRewrites() {
        // First step deletes source char 1; second step rewrites its chars 1..2 into one char.
        OffsetMap first = new OffsetMap.Builder(4).add(0, 1).add(2, 3).add(3, 4).build();
        OffsetMap second = new OffsetMap.Builder(3).add(0, 1).addRewritten(1, 1, 3).build();
        OffsetMap composed = first.andThen(second);
        assertEquals(2, composed.normalizedLength());
        assertEquals(2, composed.toOriginal(1));
        assertEquals(4, composed.toOriginalEnd(2));
        assertEquals(4, composed.originalLength());
    }

    @Test
    void emptyNormalizedTextStillAnswersForOffsetZero() {
        OffsetMap map = new OffsetMap.Builder(2).build();
        assertEquals(2, map.toOriginal(0));
        assertEquals(2, map.toOriginalEnd(0));
    }

    @Test
    void offsetsOutsideTheTextAreRejected() {
        OffsetMap map = OffsetMap.identity(2);
        assertThrows(IndexOutOfBoundsException.class, () -> map.toOriginal(3));
        assertThrows(IndexOutOfBoundsException.class, () -> map.toOriginalEnd(-1));
    }
    @Test
    void runsReadBackAsTheSameMap() {
        // One to one, a deleted source character, a 4 -> 3 phrase, an insertion, and two characters that each
        // span the same two source characters (which one run would read back as one source character each).
        OffsetMap map = new OffsetMap.Builder(12).add(0, 1).add(1, 2).add(3, 4).addRewritten(3, 4, 8).add(8, 8)
                .add(8, 10).add(8, 10).add(10, 11).add(11, 12).build();
        assertSameMap(map, OffsetMap.fromRuns(12, map.runs()));
        assertArrayEquals(new int[] {2, 0, 2, 1, 3, 4, 3, 4, 8, 1, 8, 8, 1, 8, 10, 1, 8, 10, 2, 10, 12}, map.runs());
        OffsetMap identity = OffsetMap.identity(2000);
        assertArrayEquals(new int[] {2000, 0, 2000}, identity.runs(), "one run for an unchanged text");
        assertSameMap(OffsetMap.identity(0), OffsetMap.fromRuns(0, OffsetMap.identity(0).runs()));
    }

    @Test
    void randomMapsSurviveTheirRuns() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int round = 0; round < 500; round++) {
            int originalLength = random.nextInt(60);
            OffsetMap.Builder builder = new OffsetMap.Builder(originalLength);
            int position = 0;
            while (position < originalLength) {
                int span = Math.min(originalLength - position, random.nextInt(4));
                int count = random.nextInt(4);
                if (random.nextInt(3) > 0) {
                    count = span;
                }
                builder.addRewritten(count, position, position + span);
                position += Math.max(span, 1);
            }
            OffsetMap map = builder.build();
            assertSameMap(map, OffsetMap.fromRuns(originalLength, map.runs()));
        }
    }

    @Test
    void runsThatCannotDescribeTheTextAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> OffsetMap.fromRuns(5, new int[] {2, 0}));
        assertThrows(IllegalArgumentException.class, () -> OffsetMap.fromRuns(5, new int[] {3, 0, 6}));
        assertThrows(IllegalArgumentException.class, () -> OffsetMap.fromRuns(5, new int[] {2, 2, 4, 1, 0, 1}));
        assertThrows(IllegalArgumentException.class, () -> OffsetMap.fromRuns(5, new int[] {-1, 0, 1}));
    }

    static void assertSameMap(OffsetMap expected, OffsetMap actual) {
        assertEquals(expected.normalizedLength(), actual.normalizedLength(), "normalised length");
        assertEquals(expected.originalLength(), actual.originalLength(), "original length");
        for (int offset = 0; offset <= expected.normalizedLength(); offset++) {
            assertEquals(expected.toOriginal(offset), actual.toOriginal(offset), "start of " + offset);
            assertEquals(expected.toOriginalEnd(offset), actual.toOriginalEnd(offset), "end at " + offset);
        }
    }
}
