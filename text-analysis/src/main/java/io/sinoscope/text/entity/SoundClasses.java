package io.sinoscope.text.entity;

import io.sinoscope.text.resource.AnalyzerData;

import java.util.HashMap;
import java.util.Map;

/**
 * Equivalences between folded transliteration syllables that regions choose systematically apart, learned from
 * CC-CEDICT's pairs of one English name under two spellings ({@value #RESOURCE}, written by
 * {@code TransliterationFoldsGenerator} from the development half of those pairs). A row may make a rime equal to a
 * rime after any initial, an initial to an initial before any rime, or a whole syllable to another; the generator
 * keeps only those that join more variant spellings than different names (on the current data two whole syllables,
 * ai = a and fu = fa). Each row maps a member to its class's representative, so applying it is a lookup. Immutable
 * and thread-safe.
 */
final class SoundClasses {

    static final String RESOURCE = "transliteration-folds-v1.tsv";
    static final SoundClasses NONE = new SoundClasses(Map.of(), Map.of(), Map.of());

    /** The initials {@link TransliterationKey#fold} leaves; any other start of a folded syllable is its rime. */
    private static final String INITIALS = "bdgslmfnhw";

    private final Map<String, String> initials;
    private final Map<String, String> rimes;
    private final Map<String, String> syllables;

    SoundClasses(Map<String, String> initials, Map<String, String> rimes, Map<String, String> syllables) {
        this.initials = Map.copyOf(initials);
        this.rimes = Map.copyOf(rimes);
        this.syllables = Map.copyOf(syllables);
    }

    static SoundClasses fromResources() {
        Map<String, String> initials = new HashMap<>();
        Map<String, String> rimes = new HashMap<>();
        Map<String, String> syllables = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 3)) {
            Map<String, String> target = switch (row[0]) {
                case "initial" -> initials;
                case "rime" -> rimes;
                case "syllable" -> syllables;
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + row[0]);
            };
            target.put(row[1], row[2]);
        }
        return new SoundClasses(initials, rimes, syllables);
    }

    /** The representative of a folded syllable's class: the whole syllable's first, then its initial's and rime's. */
    String apply(String folded) {
        String syllable = syllables.getOrDefault(folded, folded);
        String initial = initial(syllable);
        String rime = syllable.substring(initial.length());
        return initials.getOrDefault(initial, initial) + rimes.getOrDefault(rime, rime);
    }

    /** The initial of a folded syllable, empty when it starts with its rime. */
    static String initial(String folded) {
        return folded.length() > 1 && INITIALS.indexOf(folded.charAt(0)) >= 0
                ? folded.substring(0, 1) : "";
    }
}
