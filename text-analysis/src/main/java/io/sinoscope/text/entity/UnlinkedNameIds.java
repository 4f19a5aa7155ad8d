package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ids of unlinked names. A transliterated name's id is its phonetic key and type,
 * {@code unlinked:<type>:~<key>} (拉马福萨 and 拉瑪佛沙 are both {@code unlinked:person:~la-ma-fu-sa}), so articles
 * analysed apart join without shared state; an organisation keys the name before its suffix and keeps the suffix
 * ({@code ~an-sai-le-mi-da集团}). Any other name keeps its normalized surface ({@code unlinked:person:张志远}).
 * Query code uses {@link #candidates} to find the unlinked entity a searched spelling may be. Immutable and thread-safe.
 */
public final class UnlinkedNameIds {

    private final TransliterationTable table;
    private final TransliterationKey keys;

    UnlinkedNameIds(TransliterationTable table) {
        this.table = table;
        this.keys = new TransliterationKey(table);
    }

    /**
     * The keyed id of a name, when it is transliterated: its shape says so, or {@code looseShape} (a title before it)
     * allows rarer transliteration characters.
     */
    Optional<String> keyed(String normalized, EntityType type, boolean looseShape) {
        String suffix = type == EntityType.ORGANIZATION ? NameNoiseFilter.organisationSuffix(normalized) : null;
        String name = suffix == null ? normalized : normalized.substring(0, normalized.length() - suffix.length());
        if (!(table.shaped(name) || looseShape && table.transliterationChars(name))) {
            return Optional.empty();
        }
        return keys.of(name).map(key -> prefix(type) + "~" + key + (suffix == null ? "" : suffix));
    }

    static String bySurface(EntityType type, String normalized) {
        return prefix(type) + normalized;
    }

    /** The phonetic key of a keyed person or place id ({@code unlinked:person:~bo-si-di-ge}); empty otherwise. */
    static Optional<String> key(String id) {
        int tilde = id.indexOf('~');
        if (tilde < 0 || id.startsWith("unlinked:organization:")) {
            return Optional.empty();
        }
        return Optional.of(id.substring(tilde + 1));
    }

    /** Whether a keyed id has a key of three or more syllables (two-syllable keys are shared by different names). */
    static boolean strongKey(String id) {
        int tilde = id.indexOf('~');
        return tilde >= 0 && id.indexOf('-', tilde) != id.lastIndexOf('-');
    }

    /**
     * Every id an unlinked name written {@code normalized} (mainland Simplified, as {@code TextAnalyzer.normalize}
     * gives it) could have, one per type: a search for one spelling can then find the articles of any other spelling
     * with the same key.
     */
    public List<String> candidates(String normalized) {
        List<String> ids = new ArrayList<>();
        for (EntityType type : List.of(EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION)) {
            keyed(normalized.strip(), type, true).ifPresent(ids::add);
        }
        return ids;
    }

    private static String prefix(EntityType type) {
        return "unlinked:" + type.name().toLowerCase(Locale.ROOT) + ":";
    }
}
