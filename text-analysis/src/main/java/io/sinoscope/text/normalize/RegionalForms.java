package io.sinoscope.text.normalize;

import io.sinoscope.text.Region;
import io.sinoscope.text.Script;

/**
 * What the analyser's normalisation makes of a short term read as one region's text: the region's script
 * conversion, then its vocabulary. A term alone carries too little context for script and region detection (晶片 is
 * the same in both scripts), so whatever must meet normalised text — a query term, a currency name in a fact pattern —
 * is taken through each region's path in turn. One home, so patterns and queries stay in step with the index.
 */
public final class RegionalForms {

    private final ScriptConverter converter = new ScriptConverter();
    private final RegionalVocabulary vocabulary;

    public RegionalForms() {
        this(RegionalVocabulary.fromResources());
    }

    public RegionalForms(RegionalVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The term as normalisation leaves it in a text of {@code region} written in Traditional characters. */
    public String asTraditionalOf(String term, Region region) {
        return vocabulary.apply(converter.toSimplified(term, Script.TRADITIONAL, region).text(), region).text();
    }
}
