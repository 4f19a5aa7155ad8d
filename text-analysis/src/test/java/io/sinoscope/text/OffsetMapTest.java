package io.sinoscope.text;

import org.junit.jupiter.api.Test;

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
}
