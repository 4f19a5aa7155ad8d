package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;
import io.sinoscope.text.LinkedEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ids of unlinked names. A transliterated person's or place's id is its phonetic key,
 * {@code unlinked:name:~<key>} (拉马福萨 and 拉瑪佛沙 are both {@code unlinked:name:~la-ma-fu-sa}), so articles
 * analysed apart join without shared state. The id leaves the type out: the recogniser's person-or-place guess for
 * an unseen transliteration differs between articles (a city tagged as a person in one, a place in the next), and
 * the entity keeps the type of its mention. A dotted full name is keyed by its last part, the surname
 * ({@link #keyedPart}): 埃隆·马斯克 in one article and 马斯克 alone in another are one person, at the price of joining
 * two people of one surname. An organisation keys the name before its suffix and keeps its type and the suffix
 * ({@code unlinked:organization:~an-sai-le-mi-da集团}). Any other name keeps its type and normalized surface
 * ({@code unlinked:person:张志远}). Query code uses {@link #candidates} to find the unlinked entity a searched
 * spelling may be. Immutable and thread-safe.
 */
public final class UnlinkedNameIds {

    /** The prefix of a keyed person or place id, whatever type the recogniser guessed. */
    static final String KEYED_NAME = "unlinked:name:";
    /** The fewest characters a surname needs to key a dotted full name on its own ({@link #keyedPart}). */
    static final int SURNAME_CHARS = 3;

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
        String name = suffix == null ? keyedPart(normalized)
                : normalized.substring(0, normalized.length() - suffix.length());
        if (!(table.shaped(name) || looseShape && table.transliterationChars(name))) {
            return Optional.empty();
        }
        String prefix = type == EntityType.ORGANIZATION ? prefix(type) : KEYED_NAME;
        return keys.of(name).map(key -> prefix + "~" + key + (suffix == null ? "" : suffix));
    }

    /**
     * The part of a person's or place's name its key is made of, and whose shape says it is transliterated: after the
     * last middle dot when three or more characters follow it (the surname of 埃隆·马斯克, the form an article uses
     * once the person is introduced; the given name may be written with any character, 楊斯 or 延斯), else the whole
     * name. A shorter surname is kept with its given name: two syllables are shared by too many
     * names and words (伦敦 of 杰克·伦敦 is also London).
     */
    static String keyedPart(String name) {
        int dot = name.lastIndexOf('·');
        return dot >= 0 && name.length() - dot - 1 >= SURNAME_CHARS ? name.substring(dot + 1) : name;
    }

    /**
     * The key of the whole name, given name included, by which a listed person or place is looked up
     * ({@link KeyedNames}): another 马斯克 written in full is not the listed one by his surname alone.
     */
    Optional<String> wholeKey(String normalized) {
        return keys.of(normalized);
    }

    static String bySurface(EntityType type, String normalized) {
        return prefix(type) + normalized;
    }

    /** Whether a keyed id has a key of three or more syllables (two-syllable keys are shared by different names). */
    static boolean strongKey(String id) {
        int tilde = id.indexOf('~');
        return tilde >= 0 && id.indexOf('-', tilde) != id.lastIndexOf('-');
    }

    /**
     * Every id an unlinked name written {@code normalized} (mainland Simplified, as {@code TextAnalyzer.normalize}
     * gives it) could have, as a person or place and as an organisation: a search for one spelling can then find the
     * articles of any other spelling with the same key.
     */
    public List<String> candidates(String normalized) {
        List<String> ids = new ArrayList<>();
        for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
            keyed(normalized.strip(), type, true).ifPresent(ids::add);
        }
        return ids;
    }

    private static String prefix(EntityType type) {
        return LinkedEntity.UNLINKED_PREFIX + type.name().toLowerCase(Locale.ROOT) + ":";
    }
}
