package io.sinoscope.text.entity;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.Gazetteer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Listed people and places by the phonetic key of their transliterated names, so an unlisted regional spelling of a
 * listed name joins its entity: the knowledge base lists 明尼阿波利斯, a Taiwan article writes 明尼亞波利斯, a Hong
 * Kong one 尼亞美 for 尼亚美. Only keys of three or more syllables (two-syllable keys are shared by different
 * names), only names whose characters are transliteration characters, and only a key that belongs to one entity
 * of the type.
 */
final class KeyedNames {

    private final Map<String, CanonicalEntity> byKey;

    KeyedNames(Gazetteer gazetteer, TransliterationTable table) {
        TransliterationKey keys = new TransliterationKey(table);
        Map<String, CanonicalEntity> found = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (CanonicalEntity entity : gazetteer.entities()) {
            if (entity.type() != EntityType.PERSON && entity.type() != EntityType.LOCATION) {
                continue;
            }
            for (String alias : entity.aliases()) {
                String form = Gazetteer.fold(HanLP.t2s(alias));
                if (!table.shaped(form)) {
                    continue;
                }
                keys.of(form).filter(KeyedNames::strong).ifPresent(key -> {
                    String typed = entity.type() + "\t" + key;
                    CanonicalEntity previous = found.putIfAbsent(typed, entity);
                    if (previous != null && !previous.id().equals(entity.id())) {
                        ambiguous.add(typed);
                    }
                });
            }
        }
        ambiguous.forEach(found::remove);
        this.byKey = Map.copyOf(found);
    }

    /** The listed entity of this type whose name has this key, if exactly one has. */
    Optional<CanonicalEntity> entity(EntityType type, String key) {
        return strong(key) ? Optional.ofNullable(byKey.get(type + "\t" + key)) : Optional.empty();
    }

    private static boolean strong(String key) {
        return key.indexOf('-') != key.lastIndexOf('-');
    }
}
