package io.sinoscope.text.keyword;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Gazetteer;

import java.util.Map;

/**
 * Writes a gazetteer name the same way whatever variant the article used: 川普 and 特朗普 both
 * become 特朗普, 輝達 and 英偉達 become 英伟达. Normalisation leaves person transliterations as
 * written (they are linked, not rewritten), so without this a Taiwan and a mainland article on
 * the same story would not share their most important keyword. The canonical form is the entity's
 * first alias, which the gazetteer lists in mainland Simplified.
 *
 * <p>Looks terms up in the folded alias index directly: tokens come from normalised text, so the
 * script conversions {@link Gazetteer#lookup} tries would cost time (they did: a third of the
 * extractor's time on a long article) and find nothing more.
 */
final class EntityNames {

    private final Map<String, CanonicalEntity> aliases;

    EntityNames(Gazetteer gazetteer) {
        this.aliases = gazetteer.aliasForms();
    }

    boolean isKnown(String term) {
        return aliases.containsKey(Gazetteer.fold(term));
    }

    String canonical(String term) {
        CanonicalEntity entity = aliases.get(Gazetteer.fold(term));
        return entity == null ? term : entity.aliases().get(0);
    }
}
