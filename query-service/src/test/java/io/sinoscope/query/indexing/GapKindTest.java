package io.sinoscope.query.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sinoscope.query.indexing.IngestArticlesClient.PublishedArticle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GapKindTest {

    private static Optional<GapKind> gap(long version, boolean retracted, Long stored, boolean held) {
        Map<String, Long> store = new HashMap<>();
        if (held) {
            store.put("a", stored);
        }
        return GapKind.of(new PublishedArticle("a", version, retracted), store);
    }

    @Test
    void publishedArticles() {
        assertEquals(Optional.of(GapKind.MISSING), gap(3, false, null, false));
        assertEquals(Optional.of(GapKind.STALE), gap(3, false, 2L, true));
        assertEquals(Optional.empty(), gap(3, false, 3L, true));
        // The store is ahead of the list: the list was read before the newer version arrived.
        assertEquals(Optional.empty(), gap(3, false, 4L, true));
        // Stored from an event without a version: cannot be compared, counts as held.
        assertEquals(Optional.empty(), gap(3, false, null, true));
    }

    @Test
    void retractedArticles() {
        assertEquals(Optional.empty(), gap(3, true, null, false));
        assertEquals(Optional.of(GapKind.NOT_RETRACTED), gap(3, true, 3L, true));
        assertEquals(Optional.of(GapKind.NOT_RETRACTED), gap(3, true, 2L, true));
        assertEquals(Optional.of(GapKind.NOT_RETRACTED), gap(3, true, null, true));
        assertEquals(Optional.empty(), gap(3, true, 4L, true));
    }
}
