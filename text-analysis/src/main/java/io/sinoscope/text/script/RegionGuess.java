package io.sinoscope.text.script;

import io.sinoscope.text.Region;

/** A region and a confidence in [0, 1]. */
public record RegionGuess(Region region, double confidence) {
}
