package io.sinoscope.text.entity;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.Gazetteer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Listed people and places by the phonetic key of their transliterated names, so an unlisted regional spelling of a
 * listed name can join its entity: the knowledge base lists 明尼阿波利斯, a Taiwan article writes 明尼亞波利斯, a Hong
 * Kong one 尼亞美 for 尼亚美. Only keys of three or more syllables (two-syllable keys are shared by different
 * names), only names whose characters are transliteration characters, and only a key that belongs to one entity
 * among the people and places together: the recogniser's person-or-place guess for an unseen spelling is unreliable,
 * so a key a person and a place share (华盛顿) is ambiguous and joins neither. The linker makes such a join a
 * possible link, and only with context support ({@link EntityLinker}).
 */
final class KeyedNames {

    private final Map<String, CanonicalEntity> byKey;

    KeyedNames(Gazetteer gazetteer, TransliterationTable table) {
        Map<String, CanonicalEntity> unique = new HashMap<>();
        keyedAliases(gazetteer.entities(), table).forEach((key, entities) -> {
            if (entities.size() == 1) {
                unique.put(key, entities.keySet().iterator().next());
            }
        });
        this.byKey = Map.copyOf(unique);
    }

    /**
     * Every key of a listed person's or place's transliterated alias, with the entities having it, each with its
     * aliases of that key (mainland Simplified, folded).
     */
    static Map<String, Map<CanonicalEntity, Set<String>>> keyedAliases(Iterable<CanonicalEntity> entities,
                                                                        TransliterationTable table) {
        TransliterationKey keys = new TransliterationKey(table);
        Map<String, Map<CanonicalEntity, Set<String>>> found = new HashMap<>();
        for (CanonicalEntity entity : entities) {
            if (entity.type() != EntityType.PERSON && entity.type() != EntityType.LOCATION) {
                continue;
            }
            for (String alias : entity.aliases()) {
                String form = Gazetteer.fold(HanLP.t2s(alias));
                if (!table.shaped(form)) {
                    continue;
                }
                keys.of(form).filter(KeyedNames::strong).ifPresent(key -> found
                        .computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(entity, e -> new HashSet<>()).add(form));
            }
        }
        return found;
    }

    /** The listed person or place whose name has this key, if exactly one has. */
    Optional<CanonicalEntity> entity(String key) {
        return strong(key) ? Optional.ofNullable(byKey.get(key)) : Optional.empty();
    }

    static boolean strong(String key) {
        return key.indexOf('-') != key.lastIndexOf('-');
    }
}
