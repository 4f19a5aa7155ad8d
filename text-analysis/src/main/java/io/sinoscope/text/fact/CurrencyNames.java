package io.sinoscope.text.fact;

import io.sinoscope.text.Region;
import io.sinoscope.text.normalize.RegionalForms;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A currency name as the fact patterns meet it: they run on the normalised text, so 港幣 from CLDR's zh-Hant table
 * is looked for as whatever the analyser makes of 港幣 in a Taiwan, Hong Kong or other text (港币). Converting each
 * name with the analyser's own converters and vocabulary, rather than keeping a Simplified copy by hand, keeps the
 * two in step when either changes.
 */
final class CurrencyNames {

    private final RegionalForms forms = new RegionalForms();

    /** The name as written and as each region's normalisation leaves it. */
    Set<String> asNormalized(String name) {
        Set<String> surfaces = new LinkedHashSet<>();
        surfaces.add(name);
        for (Region region : Region.values()) {
            surfaces.add(forms.asTraditionalOf(name, region));
        }
        return surfaces;
    }
}
