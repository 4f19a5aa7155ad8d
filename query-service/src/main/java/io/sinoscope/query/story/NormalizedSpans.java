package io.sinoscope.query.story;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.text.OffsetMap;
import java.util.List;

/**
 * Reads a phrase the article writes (fact attributes keep goods as written: 晶片, 電動車) in the article's normalised
 * text, through the event's offset map, so that two regions' names of one product compare in one script.
 */
final class NormalizedSpans {

    private final String original;
    private final String normalized;
    private final OffsetMap offsets;

    private NormalizedSpans(String original, String normalized, OffsetMap offsets) {
        this.original = original;
        this.normalized = normalized;
        this.offsets = offsets;
    }

    static NormalizedSpans of(ArticleEnriched article) {
        String original = article.text() == null ? "" : article.text();
        String normalized = article.normalizedText() == null ? original : article.normalizedText();
        OffsetMap offsets = null;
        List<Integer> runs = article.textOffsets();
        if (runs != null && !runs.isEmpty()) {
            try {
                OffsetMap read = OffsetMap.fromRuns(original.length(),
                        runs.stream().mapToInt(Integer::intValue).toArray());
                offsets = read.normalizedLength() == normalized.length() ? read : null;
            } catch (IllegalArgumentException e) {
                offsets = null; // a damaged map: the phrase is compared as written
            }
        }
        return new NormalizedSpans(original, normalized, offsets);
    }

    /**
     * The normalised form of {@code asWritten} where it last occurs in the original before {@code originalEnd} (or
     * anywhere); the phrase itself when the text was not rewritten or the phrase is not found.
     */
    String normalized(String asWritten, int originalEnd) {
        if (offsets == null) {
            return asWritten;
        }
        int at = original.lastIndexOf(asWritten, Math.max(0, originalEnd - asWritten.length()));
        if (at < 0) {
            at = original.indexOf(asWritten);
        }
        if (at < 0) {
            return asWritten;
        }
        int start = firstNormalizedAtOrAfter(at);
        int end = firstNormalizedAtOrAfter(at + asWritten.length());
        return start < end ? normalized.substring(start, end) : asWritten;
    }

    /** The first normalised offset whose character comes from original offset {@code originalOffset} or later. */
    private int firstNormalizedAtOrAfter(int originalOffset) {
        int low = 0;
        int high = offsets.normalizedLength();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offsets.toOriginal(mid) < originalOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
