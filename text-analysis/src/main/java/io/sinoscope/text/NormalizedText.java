package io.sinoscope.text;

/**
 * A text rewritten to mainland Simplified Chinese, with what was detected about the original and
 * the map from {@code normalized} offsets back to {@code original} offsets.
 */
public record NormalizedText(String original, String normalized, Script script, Region region,
                             double regionConfidence, OffsetMap offsets) {
}
