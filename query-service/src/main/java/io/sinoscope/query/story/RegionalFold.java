package io.sinoscope.query.story;

import io.sinoscope.text.Region;
import io.sinoscope.text.normalize.RegionalVocabulary;

/**
 * Folds the regional vocabulary of every region into the normalised text before it is compared, whatever region the
 * article was read as. Normalisation applies one region's rules, the region its script and cues suggest; a Hong Kong
 * report read as Taiwan's or as OTHER keeps the Hong Kong words that the mainland and Taiwan reports of the same event
 * write otherwise. The rules are text-analysis's own (the OpenCC-derived table and the project's regional vocabulary,
 * {@link RegionalVocabulary}); a text already folded passes unchanged, since every rule's target is the mainland form.
 */
final class RegionalFold {

    private static final class Rules {
        static final RegionalVocabulary VOCABULARY = RegionalVocabulary.fromResources();
    }

    private static final Region[] REGIONS = {Region.TAIWAN, Region.HONG_KONG, Region.OTHER};

    private RegionalFold() {
    }

    static String fold(String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return normalized;
        }
        String text = normalized;
        for (Region region : REGIONS) {
            text = Rules.VOCABULARY.apply(text, region).text();
        }
        return text;
    }
}
