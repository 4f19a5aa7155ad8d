package io.sinoscope.support.curation;

import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityCuration;
import io.sinoscope.contracts.EntityMention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The analysts' overrides in force, applied to the entities linking found in one article. Immutable: a new override
 * makes a new instance. Later overrides (higher sequence) win over earlier ones.
 *
 * <p>Applied the same way by nlp-service to each new analysis and by query-service to each article it stores and to
 * stored articles its curation job rewrites, so an article comes out the same whichever of them saw the override
 * first.
 */
public final class CurationRules {

    /** Confidence of a mention an added or split-off alias found in the text: an analyst said so. */
    public static final double CURATED_CONFIDENCE = 0.95;
    private static final String UNLINKED = "unlinked:";
    private static final CurationRules NONE = new CurationRules(List.of());

    /** A canonical entity as overrides name it. */
    public record EntityRef(String id, String name, String type) {
    }

    private record Rejection(String entityId, String surface) {
    }

    private final long lastSequence;
    private final Map<String, String> mergedInto = new HashMap<>();
    /** entity id → surface form → entity the split sends it to. */
    private final Map<String, Map<String, String>> splits = new HashMap<>();
    /** surface form → entity an added or split-off alias names. */
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, List<Rejection>> rejections = new HashMap<>();
    private final Map<String, EntityRef> refs = new HashMap<>();

    private CurationRules(Collection<EntityCuration> overrides) {
        List<EntityCuration> ordered = new ArrayList<>(overrides);
        ordered.sort(Comparator.comparingLong(EntityCuration::sequence));
        long last = 0;
        for (EntityCuration o : ordered) {
            last = Math.max(last, o.sequence());
            remember(o.entityId(), o.entityName(), o.entityType());
            remember(o.otherEntityId(), o.otherName(), o.otherType());
            switch (o.kind()) {
                case EntityCuration.MERGE -> {
                    // A merge that would close a loop (B into A after A into B) undoes the earlier one instead.
                    if (canonicalId(o.entityId()).equals(o.otherEntityId())) {
                        mergedInto.remove(o.entityId());
                    }
                    mergedInto.put(o.otherEntityId(), o.entityId());
                    // The merged entity's own names (an unlinked one has no id to follow): they name the survivor.
                    o.aliasForms().forEach(form -> aliases.put(form, o.entityId()));
                }
                case EntityCuration.SPLIT_ALIAS -> {
                    Map<String, String> byForm = splits.computeIfAbsent(o.entityId(), k -> new HashMap<>());
                    for (String form : o.aliasForms()) {
                        byForm.put(form, o.otherEntityId());
                        aliases.put(form, o.otherEntityId());
                    }
                }
                case EntityCuration.ADD_ALIAS -> o.aliasForms().forEach(form -> aliases.put(form, o.entityId()));
                case EntityCuration.REJECT_MENTION -> rejections.computeIfAbsent(o.articleId(), k -> new ArrayList<>())
                        .add(new Rejection(o.entityId(), o.alias()));
                default -> {
                    // A kind from a newer producer: ignored rather than guessed at.
                }
            }
        }
        this.lastSequence = last;
    }

    public static CurationRules none() {
        return NONE;
    }

    public static CurationRules of(Collection<EntityCuration> overrides) {
        return overrides.isEmpty() ? NONE : new CurationRules(overrides);
    }

    public boolean isEmpty() {
        return lastSequence == 0;
    }

    /** The highest sequence among the overrides, 0 without any. */
    public long lastSequence() {
        return lastSequence;
    }

    /** The entity {@code id} now is: itself, or the survivor of the merges it went into. */
    public String canonicalId(String id) {
        String current = id;
        Set<String> seen = new HashSet<>();
        while (current != null && mergedInto.containsKey(current) && seen.add(current)) {
            current = mergedInto.get(current);
        }
        return current;
    }

    /** Ids merged, directly or not, into {@code id}'s survivor, the survivor left out. */
    public Set<String> mergedIds(String id) {
        String survivor = canonicalId(id);
        Set<String> merged = new HashSet<>();
        for (String from : mergedInto.keySet()) {
            if (canonicalId(from).equals(survivor)) {
                merged.add(from);
            }
        }
        return merged;
    }

    /** The entity an added or split-off alias names, by any of its recorded forms. */
    public Optional<String> aliasTarget(String surface) {
        return Optional.ofNullable(aliases.get(surface)).map(this::canonicalId);
    }

    /** Forms of the added and split-off aliases naming {@code id}'s survivor. */
    public Set<String> aliasesOf(String id) {
        String survivor = canonicalId(id);
        Set<String> forms = new java.util.LinkedHashSet<>();
        aliases.forEach((form, target) -> {
            if (canonicalId(target).equals(survivor)) {
                forms.add(form);
            }
        });
        return forms;
    }

    /** The name and type overrides give an entity (the survivor's for a merged one), if they name it. */
    public Optional<EntityRef> ref(String id) {
        return Optional.ofNullable(refs.get(canonicalId(id)));
    }

    /**
     * The article's entities with the overrides applied: mentions moved to the survivor of a merge or to the entity a
     * split alias now names, unlinked names written as an added alias linked, occurrences of an added alias in
     * {@code text} that nothing covers added, rejected mentions left out. Mentions keep their offsets.
     *
     * @param text the article's original text (the offsets' reference), or null to add no mention from text
     */
    public List<EnrichedEntity> apply(String articleId, String text, List<EnrichedEntity> entities) {
        if (isEmpty() || entities == null) {
            return entities;
        }
        Map<String, EntityRef> seenRefs = new HashMap<>();
        Map<String, List<EntityMention>> byEntity = new LinkedHashMap<>();
        List<int[]> covered = new ArrayList<>();
        for (EnrichedEntity entity : entities) {
            if (entity == null || entity.mentions() == null) {
                continue;
            }
            seenRefs.putIfAbsent(entity.id(), new EntityRef(entity.id(), entity.name(), entity.type()));
            for (EntityMention mention : entity.mentions()) {
                if (mention == null) {
                    continue;
                }
                covered.add(new int[] {mention.start(), mention.end()});
                String target = target(entity.id(), mention.surface());
                if (!rejected(articleId, target, mention.surface())) {
                    byEntity.computeIfAbsent(target, k -> new ArrayList<>()).add(mention);
                }
            }
        }
        if (text != null) {
            addAliasOccurrences(articleId, text, covered, byEntity);
        }
        List<EnrichedEntity> curated = new ArrayList<>();
        byEntity.forEach((id, mentions) -> {
            EntityRef ref = Optional.ofNullable(refs.get(id)).orElseGet(() -> seenRefs.getOrDefault(id,
                    new EntityRef(id, null, null)));
            mentions.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
            curated.add(new EnrichedEntity(id, ref.name(), ref.type(), List.copyOf(mentions)));
        });
        return curated;
    }

    /** Where a mention linked to {@code id} and written {@code surface} belongs now. */
    String target(String id, String surface) {
        String current = id;
        Set<String> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            Map<String, String> split = splits.get(current);
            if (split != null && split.containsKey(surface)) {
                return canonicalId(split.get(surface));
            }
            current = mergedInto.get(current);
        }
        if (id != null && id.startsWith(UNLINKED) && aliases.containsKey(surface)) {
            return canonicalId(aliases.get(surface));
        }
        return canonicalId(id);
    }

    private boolean rejected(String articleId, String entityId, String surface) {
        List<Rejection> inArticle = rejections.get(articleId);
        if (inArticle == null) {
            return false;
        }
        for (Rejection r : inArticle) {
            if (r.surface().equals(surface) && canonicalId(r.entityId()).equals(entityId)) {
                return true;
            }
        }
        return false;
    }

    private void addAliasOccurrences(String articleId, String text, List<int[]> covered,
            Map<String, List<EntityMention>> byEntity) {
        // Longest forms first, so a longer alias claims its span before a shorter one inside it.
        List<String> forms = new ArrayList<>(aliases.keySet());
        forms.sort(Comparator.comparingInt(String::length).reversed());
        for (String form : forms) {
            if (form.isEmpty()) {
                continue;
            }
            String target = canonicalId(aliases.get(form));
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                int end = at + form.length();
                if (overlaps(covered, at, end) || rejected(articleId, target, form)) {
                    continue;
                }
                covered.add(new int[] {at, end});
                byEntity.computeIfAbsent(target, k -> new ArrayList<>())
                        .add(new EntityMention(form, at, end, CURATED_CONFIDENCE));
            }
        }
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] span : spans) {
            if (span[0] < end && start < span[1]) {
                return true;
            }
        }
        return false;
    }

    private void remember(String id, String name, String type) {
        if (id != null && (name != null || type != null)) {
            refs.put(id, new EntityRef(id, name, type));
        }
    }
}
