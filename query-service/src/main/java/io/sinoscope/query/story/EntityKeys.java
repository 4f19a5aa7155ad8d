package io.sinoscope.query.story;

import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.text.entity.TransliterationKey;
import io.sinoscope.text.entity.TransliterationTable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The keys one linked entity is compared by across regions: its id, and the forms any region's linking of the same
 * name would share. One region links 潘功勝 to the knowledge base, another leaves a firm or an official unlinked or
 * links a differently spelt transliteration elsewhere; what stays common is the name in the normalised script
 * ({@code =宁波远}) and, for a transliterated name, its phonetic key from text-analysis's {@link TransliterationKey}
 * ({@code ~wa-lan-de} for 霍兰德 and 霍蘭德), the key the linker gives unlinked names. A key is kept for the whole
 * name and for each part of a name written with ·, so 马库斯·霍兰德 and 麥卡斯·霍蘭德 share the surname's key; only
 * keys of three or more syllables (two-syllable keys are shared by different names).
 */
final class EntityKeys {

    static final String SURFACE = "=";
    static final String SOUND = "~";

    private static final class Table {
        static final TransliterationTable TABLE = TransliterationTable.fromResources();
        static final TransliterationKey KEYS = new TransliterationKey(TABLE);
    }

    private EntityKeys() {
    }

    /** The entity's id first, then its surface and sound keys. */
    static List<String> of(EnrichedEntity entity, NormalizedSpans spans) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(entity.id());
        Set<String> forms = new LinkedHashSet<>();
        if (entity.name() != null && isHan(entity.name())) {
            forms.add(entity.name());
        }
        if (entity.mentions() != null) {
            for (EntityMention mention : entity.mentions()) {
                if (mention.surface() != null && !mention.surface().isBlank()) {
                    forms.add(spans.normalized(mention.surface(), mention.end()));
                }
            }
        }
        for (String form : forms) {
            String name = form.strip();
            if (name.codePointCount(0, name.length()) >= 2 && isHan(name)) {
                keys.add(SURFACE + name.replace("·", ""));
            }
            sound(name).ifPresent(key -> addSound(keys, key));
            if (name.indexOf('·') > 0) {
                for (String part : name.split("·")) {
                    sound(part).ifPresent(key -> addSound(keys, key));
                }
            }
        }
        return List.copyOf(keys);
    }

    /**
     * A sound key, and for a key of exactly four syllables each three-syllable key one dropped syllable leaves: one
     * region's transliteration of a name often drops a syllable another keeps (魏菲德 for 韦特菲尔德: wei-fei-de,
     * wei-de-fei-de). Longer keys are not cut: their shorter forms would meet too many other names.
     */
    private static void addSound(Set<String> keys, String key) {
        keys.add(SOUND + key);
        String[] syllables = key.split("-");
        if (syllables.length == 4) {
            for (int drop = 0; drop < syllables.length; drop++) {
                StringBuilder shorter = new StringBuilder();
                for (int i = 0; i < syllables.length; i++) {
                    if (i != drop) {
                        shorter.append(shorter.isEmpty() ? "" : "-").append(syllables[i]);
                    }
                }
                keys.add(SOUND + shorter);
            }
        }
    }

    private static Optional<String> sound(String name) {
        String plain = name.replace("·", "");
        if (plain.length() < 3 || !Table.TABLE.transliterationChars(plain)) {
            return Optional.empty();
        }
        return Table.KEYS.of(name).filter(key -> key.indexOf('-') != key.lastIndexOf('-'));
    }

    private static boolean isHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || c == '·');
    }
}
