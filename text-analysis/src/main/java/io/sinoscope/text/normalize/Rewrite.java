package io.sinoscope.text.normalize;

import io.sinoscope.text.OffsetMap;

/** The output of one rewriting step and the map from its offsets back to that step's input. */
public record Rewrite(String text, OffsetMap offsets) {

    public static Rewrite unchanged(String text) {
        return new Rewrite(text, OffsetMap.identity(text.length()));
    }
}
