package io.sinoscope.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DuplicateKindTest {

    @Test
    void identicalContentIsTheSameContentWhoeverSentIt() {
        assertEquals(DuplicateKind.SAME_CONTENT, DuplicateKind.of(true, false, 1.0, 0.9));
        assertEquals(DuplicateKind.SAME_CONTENT, DuplicateKind.of(true, true, 1.0, 0.9));
    }

    @Test
    void theSameSourcesRewrittenBodyIsAnUpdate() {
        assertEquals(DuplicateKind.UPDATE, DuplicateKind.of(false, true, 0.7, 0.9));
    }

    @Test
    void theSameSourcesUnchangedBodyUnderANewHeadlineIsARepost() {
        assertEquals(DuplicateKind.REPOST, DuplicateKind.of(false, true, 0.95, 0.9));
        assertEquals(DuplicateKind.REPOST, DuplicateKind.of(false, true, 0.9, 0.9));
    }

    @Test
    void anotherSourcesCopyIsARepostEvenWhenEdited() {
        assertEquals(DuplicateKind.REPOST, DuplicateKind.of(false, false, 0.6, 0.9));
        assertEquals(DuplicateKind.REPOST, DuplicateKind.of(false, false, 0.99, 0.9));
    }
}
