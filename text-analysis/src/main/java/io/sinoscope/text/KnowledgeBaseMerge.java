package io.sinoscope.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts knowledge-base entries under the curated gazetteer, which stays authoritative: an entry that names a curated
 * entity (one of its forms is that entity's alias, or its English name is that entity's name or English alias, with
 * a compatible type) lends that entity its forms as further aliases instead of becoming a second entity; a form
 * already taken by another entity stays with it; an entry left with no form is dropped.
 */
final class KnowledgeBaseMerge {

    private final Map<String, CanonicalEntity> entities = new LinkedHashMap<>();
    private final Map<String, List<String>> aliases = new HashMap<>();
    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, CanonicalEntity> curatedKeys;
    private final Map<String, CanonicalEntity> curatedNames = new HashMap<>();
    private final Set<String> knowledgeBaseKeys = new HashSet<>();
    private final Set<String> guardedKeys = new HashSet<>();
    private final Map<String, String> pinyin = new HashMap<>();
    private int merged;
    private int dropped;

    KnowledgeBaseMerge(Map<String, CanonicalEntity> curatedById, Map<String, CanonicalEntity> curatedKeys) {
        this.curatedKeys = curatedKeys;
        for (CanonicalEntity entity : curatedById.values()) {
            entities.put(entity.id(), entity);
            aliases.put(entity.id(), new ArrayList<>(entity.aliases()));
            curatedNames.putIfAbsent(Gazetteer.fold(entity.name()), entity);
        }
        curatedKeys.forEach((key, entity) -> owners.put(key, entity.id()));
    }

    /**
     * Merges all entries, first those that name a curated entity, so a form both such an entry and an unrelated
     * entry list goes to the curated entity (亚太经济合作组织: APEC) whatever the file order.
     */
    void addAll(List<KnowledgeBase.Entry> entries) {
        List<KnowledgeBase.Entry> rest = new ArrayList<>();
        for (KnowledgeBase.Entry entry : entries) {
            CanonicalEntity target = curatedTarget(entry);
            if (target != null) {
                add(entry, target);
            } else {
                rest.add(entry);
            }
        }
        for (KnowledgeBase.Entry entry : rest) {
            add(entry, null);
        }
    }

    private void add(KnowledgeBase.Entry entry, CanonicalEntity target) {
        String id = target != null ? target.id() : entry.id();
        if (target == null && entities.containsKey(id)) {
            throw new IllegalStateException(KnowledgeBase.RESOURCE + " lists id " + id + " twice");
        }
        List<String> kept = new ArrayList<>();
        keep(entry.forms(), false, id, kept);
        keep(entry.guarded(), true, id, kept);
        if (target != null) {
            List<String> known = aliases.get(id);
            kept.stream().filter(form -> !known.contains(form)).forEach(known::add);
            merged++;
        } else if (kept.isEmpty()) {
            dropped++;
        } else {
            entities.put(id, new CanonicalEntity(id, entry.name(), entry.type(), "", List.of()));
            aliases.put(id, kept);
            pinyin.put(id, entry.pinyin());
        }
    }

    /** The curated entity the entry names, by a free form, a guarded form of the same type, or its English name. */
    private CanonicalEntity curatedTarget(KnowledgeBase.Entry entry) {
        for (String form : entry.forms()) {
            for (String key : Gazetteer.keys(form)) {
                CanonicalEntity curated = curatedKeys.get(key);
                if (curated != null && compatible(curated.type(), entry.type())) {
                    return curated;
                }
            }
        }
        for (String form : entry.guarded()) {
            for (String key : Gazetteer.keys(form)) {
                CanonicalEntity curated = curatedKeys.get(key);
                if (curated != null && curated.type() == entry.type()) {
                    return curated;
                }
            }
        }
        String name = Gazetteer.fold(entry.name());
        CanonicalEntity curated = curatedKeys.getOrDefault(name, curatedNames.get(name));
        return curated != null && compatible(curated.type(), entry.type()) ? curated : null;
    }

    private static boolean compatible(EntityType curated, EntityType entry) {
        return curated == entry || entry == EntityType.OTHER;
    }

    private void keep(List<String> forms, boolean guarded, String id, List<String> kept) {
        for (String form : forms) {
            Set<String> keys = Gazetteer.keys(form);
            if (keys.stream().anyMatch(key -> owners.containsKey(key) && !owners.get(key).equals(id))) {
                continue;
            }
            for (String key : keys) {
                if (owners.putIfAbsent(key, id) == null || !curatedKeys.containsKey(key)) {
                    knowledgeBaseKeys.add(key);
                    if (guarded) {
                        guardedKeys.add(key);
                    }
                }
            }
            kept.add(form);
        }
    }

    Map<String, CanonicalEntity> entities() {
        Map<String, CanonicalEntity> built = new LinkedHashMap<>();
        entities.forEach((id, entity) -> built.put(id, new CanonicalEntity(id, entity.name(), entity.type(),
                entity.wikidataId(), aliases.get(id))));
        entities.clear();
        entities.putAll(built);
        return java.util.Collections.unmodifiableMap(built);
    }

    Map<String, CanonicalEntity> keys() {
        Map<String, CanonicalEntity> keys = new HashMap<>(owners.size() * 4 / 3 + 1);
        owners.forEach((key, id) -> keys.put(key, entities.get(id)));
        return java.util.Collections.unmodifiableMap(keys);
    }

    Set<String> knowledgeBaseKeys() {
        return Set.copyOf(knowledgeBaseKeys);
    }

    Set<String> guardedKeys() {
        return Set.copyOf(guardedKeys);
    }

    Map<String, String> pinyin() {
        return Map.copyOf(pinyin);
    }

    /** Entries merged into a curated entity, and entries dropped because every form belonged to another. */
    int mergedCount() {
        return merged;
    }

    int droppedCount() {
        return dropped;
    }
}
