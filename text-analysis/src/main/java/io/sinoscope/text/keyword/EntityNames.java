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
    private final Gazetteer gazetteer;

    EntityNames(Gazetteer gazetteer) {
        this.aliases = gazetteer.aliasForms();
        this.gazetteer = gazetteer;
    }

    boolean isKnown(String term) {
        String key = Gazetteer.fold(term);
        return aliases.containsKey(key) && !gazetteer.isGuarded(key);
    }

    /** A guarded knowledge-base form (延长 "extend", also 延长县) is left as written: it is most often the word. */
    String canonical(String term) {
        String key = Gazetteer.fold(term);
        CanonicalEntity entity = gazetteer.isGuarded(key) ? null : aliases.get(key);
        return entity == null ? term : entity.aliases().get(0);
    }
}
