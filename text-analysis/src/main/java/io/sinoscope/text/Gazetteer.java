package io.sinoscope.text;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.text.resource.AnalyzerData;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical entities and every regional spelling of their names, from resource {@value #RESOURCE}.
 *
 * <p>Each alias is indexed under its own form and under the forms the Simplified converters give
 * it, so a look-up succeeds whether the caller passes 納坦雅胡, 纳坦雅胡 or 内塔尼亚胡, and the
 * entity linker can match aliases in normalized (Simplified) text. Latin letters are compared
 * case-insensitively. An alias that would point at two entities is a data error and fails loading.
 * Immutable after construction, so one instance is shared across threads.
 */
public final class Gazetteer {

    static final String RESOURCE = "gazetteer-v1.tsv";

    private final Map<String, CanonicalEntity> byId;
    private final Map<String, CanonicalEntity> byKey;
    /** Folded forms the knowledge base contributed, and of them those that link only with context. */
    private final Set<String> knowledgeBaseKeys;
    private final Set<String> guardedKeys;
    /** Toneless pinyin of knowledge-base entities, by id ("ning bo shi"). */
    private final Map<String, String> pinyin;
    private final int curated;
    private volatile EntityNameIndex nameIndex;

    private Gazetteer(Map<String, CanonicalEntity> byId, Map<String, CanonicalEntity> byKey, Set<String> knowledgeBaseKeys,
                      Set<String> guardedKeys, Map<String, String> pinyin, int curated) {
        this.byId = byId;
        this.byKey = byKey;
        this.knowledgeBaseKeys = knowledgeBaseKeys;
        this.guardedKeys = guardedKeys;
        this.pinyin = pinyin;
        this.curated = curated;
    }

    /** The curated gazetteer with the CC-CEDICT knowledge base merged under it. */
    public static Gazetteer fromResources() {
        return load(true);
    }

    private static final class Shared {
        static final Gazetteer INSTANCE = fromResources();
    }

    /**
     * The process-wide {@link #fromResources()} gazetteer, loaded on first call: the analyzer and a fact extractor
     * built alone both take it from here, so neither has to build the other to share it (loading costs seconds).
     */
    public static Gazetteer shared() {
        return Shared.INSTANCE;
    }

    /** The curated gazetteer alone: for comparing what the knowledge base adds. */
    public static Gazetteer curatedOnly() {
        return load(false);
    }

    private static Gazetteer load(boolean withKnowledgeBase) {
        Map<String, CanonicalEntity> byId = new LinkedHashMap<>();
        Map<String, CanonicalEntity> byKey = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 5)) {
            List<String> aliases = Arrays.stream(row[4].split("\\|")).map(String::strip)
                    .filter(alias -> !alias.isEmpty()).toList();
            CanonicalEntity entity = new CanonicalEntity(row[0], row[1], EntityType.valueOf(row[2]), row[3], aliases);
            if (byId.put(entity.id(), entity) != null) {
                throw new IllegalStateException(RESOURCE + " lists id " + entity.id() + " twice");
            }
            for (String alias : aliases) {
                for (String key : keys(alias)) {
                    CanonicalEntity previous = byKey.putIfAbsent(key, entity);
                    if (previous != null && previous != entity) {
                        throw new IllegalStateException(RESOURCE + ": alias " + alias + " of " + entity.id()
                                + " already belongs to " + previous.id());
                    }
                }
            }
        }
        int curated = byId.size();
        if (!withKnowledgeBase) {
            return new Gazetteer(Map.copyOf(byId), Map.copyOf(byKey), Set.of(), Set.of(), Map.of(), curated);
        }
        KnowledgeBaseMerge merge = new KnowledgeBaseMerge(byId, byKey);
        merge.addAll(KnowledgeBase.entries());
        return new Gazetteer(merge.entities(), merge.keys(), merge.knowledgeBaseKeys(), merge.guardedKeys(),
                merge.pinyin(), curated);
    }

    /** Whether this folded alias form came from the knowledge base rather than the curated gazetteer. */
    public boolean fromKnowledgeBase(String foldedForm) {
        return knowledgeBaseKeys.contains(foldedForm);
    }

    /**
     * Whether this folded alias form links only where the text supports a name: a knowledge-base form that is short,
     * also a common word, a surname or given name, or a name of several entities.
     */
    public boolean isGuarded(String foldedForm) {
        return guardedKeys.contains(foldedForm);
    }

    /** Whether the entity is one of the curated gazetteer's (its ids, names and Wikidata ids are authoritative). */
    public boolean isCurated(String id) {
        CanonicalEntity entity = byId.get(id);
        return entity != null && !pinyin.containsKey(id) && !id.startsWith("cedict:");
    }

    /** Number of entities from the curated gazetteer; the rest come from the knowledge base. */
    public int curatedCount() {
        return curated;
    }

    /** Toneless pinyin of a knowledge-base entity's name, spaced by syllable; empty when unknown. */
    public String pinyin(String id) {
        return pinyin.getOrDefault(id, "");
    }

    /** Search over every name, English name and pinyin; built on first use (query-service), not by the analyzer. */
    public EntityNameIndex nameIndex() {
        EntityNameIndex index = nameIndex;
        if (index == null) {
            synchronized (this) {
                index = nameIndex;
                if (index == null) {
                    index = new EntityNameIndex(this);
                    nameIndex = index;
                }
            }
        }
        return index;
    }

    /** The entity with this alias, written in any script or regional variant. */
    public Optional<CanonicalEntity> lookup(String alias) {
        // The keys of keys(alias), in the same order, each converted only when the ones before it missed.
        CanonicalEntity entity = byKey.get(fold(alias));
        if (entity == null) {
            entity = byKey.get(fold(HanLP.t2s(alias)));
        }
        if (entity == null) {
            entity = byKey.get(fold(HanLP.tw2s(alias)));
        }
        if (entity == null) {
            entity = byKey.get(fold(HanLP.hk2s(alias)));
        }
        return Optional.ofNullable(entity);
    }

    public Optional<CanonicalEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<CanonicalEntity> entities() {
        return byId.values();
    }

    /**
     * Every indexed alias form, already {@linkplain #fold folded}, with its entity; includes the
     * Simplified forms that occur in normalized text.
     */
    public Map<String, CanonicalEntity> aliasForms() {
        return byKey;
    }

    /**
     * The comparison form of a name: NFKC, lower-case, one kind of middle dot, single spaces. Keeps
     * one char per input char apart from NFKC, so text folded per character lines up with it.
     */
    public static String fold(String text) {
        if (isFolded(text)) {
            return text;
        }
        String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!folded.isEmpty() && folded.charAt(folded.length() - 1) != ' ') {
                    folded.append(' ');
                }
            } else {
                folded.append(foldChar(c));
            }
        }
        return folded.toString();
    }

    /**
     * Text made only of CJK Unified Ideographs, lower-case ASCII letters and digits: NFKC, lower-casing, dot and
     * space folding all leave it unchanged, so {@link #fold} can return it without normalising (most tokens).
     */
    private static boolean isFolded(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '\u4E00' && c <= '\u9FFF') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    /** Per-character part of {@link #fold}, for matching inside longer text without shifting offsets. */
    public static char foldChar(char c) {
        return switch (c) {
            case '\u2027', '\u30FB', '\uFF65', '\u2219' -> '\u00B7';
            default -> Character.toLowerCase(c);
        };
    }

    static Set<String> keys(String alias) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(fold(alias));
        keys.add(fold(HanLP.t2s(alias)));
        keys.add(fold(HanLP.tw2s(alias)));
        keys.add(fold(HanLP.hk2s(alias)));
        keys.remove("");
        return keys;
    }
}
