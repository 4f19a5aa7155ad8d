package io.sinoscope.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;

/**
 * The library calls the text-analysis steps wrap, configured as the steps configure them, so a comparison measures
 * what our code adds and not a different HanLP setting.
 */
final class RawHanLp {

    private RawHanLp() {
    }

    /**
     * HanLP's segmenter with person, place and organisation recognition, custom dictionary (holding the gazetteer
     * once a {@code TextAnalyzer} is loaded) and offsets: {@code io.sinoscope.text.segment.Segmenter}'s configuration.
     * A new one per call, as the step builds it, since a {@link Segment} carries per-call state.
     */
    static Segment nerSegment() {
        return HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true).enableCustomDictionary(true).enableOffset(true);
    }
}
