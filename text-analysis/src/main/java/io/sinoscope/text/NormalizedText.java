package io.sinoscope.text;

import java.util.Arrays;
import java.util.List;

/**
 * A text rewritten to mainland Simplified Chinese, with what was detected about the original and
 * the map from {@code normalized} offsets back to {@code original} offsets.
 */
public record NormalizedText(String original, String normalized, Script script, Region region,
                             double regionConfidence, OffsetMap offsets) {

    /**
     * {@link OffsetMap#runs()} of {@link #offsets}, for shipping with the normalised text; null when the normalised
     * text is the original (offsets into one are offsets into the other).
     */
    public List<Integer> offsetRuns() {
        return normalized.equals(original) ? null : Arrays.stream(offsets.runs()).boxed().toList();
    }
}
