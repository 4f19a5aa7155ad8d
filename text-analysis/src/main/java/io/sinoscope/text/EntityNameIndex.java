package io.sinoscope.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every name an entity is found by, folded: its alias forms, its English name, and its toneless pinyin written
 * together and by syllable (宁波市: "ningboshi", "ning bo shi"). Answers "which entities have a name equal to, or
 * containing, this needle" from an index of the names' characters and character pairs, so a look-up reads the names
 * sharing the needle's rarest pair rather than all of them (the gazetteer with the knowledge base has over 60,000).
 */
public final class EntityNameIndex {

    private final String[] names;
    private final CanonicalEntity[][] owners;
    private final Map<String, int[]> grams;
    private final Map<String, Integer> exact = new HashMap<>();

    EntityNameIndex(Gazetteer gazetteer) {
        Map<String, Set<CanonicalEntity>> byName = new LinkedHashMap<>();
        gazetteer.aliasForms().forEach((form, entity) -> byName.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(entity));
        for (CanonicalEntity entity : gazetteer.entities()) {
            byName.computeIfAbsent(Gazetteer.fold(entity.name()), k -> new LinkedHashSet<>()).add(entity);
            String spaced = gazetteer.pinyin(entity.id());
            if (spaced.isEmpty()) {
                spaced = pinyinOf(entity);
            }
            if (!spaced.isEmpty()) {
                byName.computeIfAbsent(spaced, k -> new LinkedHashSet<>()).add(entity);
                byName.computeIfAbsent(spaced.replace(" ", ""), k -> new LinkedHashSet<>()).add(entity);
            }
        }
        byName.remove("");
        names = byName.keySet().toArray(String[]::new);
        owners = new CanonicalEntity[names.length][];
        Map<String, int[]> building = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            owners[i] = byName.get(names[i]).toArray(CanonicalEntity[]::new);
            exact.put(names[i], i);
            for (String gram : gramsOf(names[i])) {
                int size = sizes.merge(gram, 1, Integer::sum);
                int[] posting = building.computeIfAbsent(gram, k -> new int[2]);
                if (size > posting.length) {
                    posting = Arrays.copyOf(posting, posting.length * 2);
                    building.put(gram, posting);
                }
                posting[size - 1] = i;
            }
        }
        building.replaceAll((gram, posting) -> Arrays.copyOf(posting, sizes.get(gram)));
        grams = building;
    }

    /** Toneless pinyin of a curated entity's first Chinese alias, by HanLP: 宁波 → "ning bo". */
    private static String pinyinOf(CanonicalEntity entity) {
        for (String alias : entity.aliases()) {
            if (alias.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                List<String> syllables = new ArrayList<>();
                for (Pinyin pinyin : HanLP.convertToPinyinList(HanLP.t2s(alias))) {
                    String syllable = pinyin.getPinyinWithoutTone().toLowerCase(Locale.ROOT).replace("ü", "u")
                            .replace("v", "u");
                    if (syllable.equals("none")) {
                        return "";
                    }
                    syllables.add(syllable);
                }
                return String.join(" ", syllables);
            }
        }
        return "";
    }

    /** The distinct characters and character pairs of a name. */
    private static Set<String> gramsOf(String name) {
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i < name.length(); i++) {
            grams.add(name.substring(i, i + 1));
            if (i + 1 < name.length()) {
                grams.add(name.substring(i, i + 2));
            }
        }
        return grams;
    }

    /**
     * Entities with a name equal to one of the folded {@code needles} (value true), then entities with a name
     * containing one (false), at most {@code limit} in all.
     */
    public Map<CanonicalEntity, Boolean> find(Set<String> needles, int limit) {
        Map<CanonicalEntity, Boolean> found = new LinkedHashMap<>();
        for (String needle : needles) {
            Integer at = exact.get(needle);
            if (at != null) {
                for (CanonicalEntity entity : owners[at]) {
                    if (found.size() < limit) {
                        found.put(entity, true);
                    }
                }
            }
        }
        for (String needle : needles) {
            int[] posting = rarest(needle);
            for (int i = 0; posting != null && i < posting.length && found.size() < limit; i++) {
                if (names[posting[i]].contains(needle)) {
                    for (CanonicalEntity entity : owners[posting[i]]) {
                        if (found.size() < limit) {
                            found.putIfAbsent(entity, false);
                        }
                    }
                }
            }
        }
        return found;
    }

    private int[] rarest(String needle) {
        if (needle.isEmpty()) {
            return null;
        }
        if (needle.length() == 1) {
            return grams.get(needle);
        }
        int[] rarest = null;
        for (int i = 0; i + 1 < needle.length(); i++) {
            int[] posting = grams.get(needle.substring(i, i + 2));
            if (posting == null) {
                return null;
            }
            if (rarest == null || posting.length < rarest.length) {
                rarest = posting;
            }
        }
        return rarest;
    }

    /**
     * The one entity whose canonical (English) name folds to {@code folded}; empty when none or several have it
     * (two places called Victoria are no answer to "Victoria").
     */
    public Optional<CanonicalEntity> byName(String folded) {
        Integer at = exact.get(folded);
        if (at == null) {
            return Optional.empty();
        }
        CanonicalEntity only = null;
        for (CanonicalEntity entity : owners[at]) {
            if (Gazetteer.fold(entity.name()).equals(folded)) {
                if (only != null && !only.id().equals(entity.id())) {
                    return Optional.empty();
                }
                only = entity;
            }
        }
        return Optional.ofNullable(only);
    }

    /** Number of distinct names indexed. */
    public int size() {
        return names.length;
    }
}
