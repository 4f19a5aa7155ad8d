package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The word lists of {@value #RESOURCE}: what HanLP glues to the ends of a name (time words, verbs, particles), the
 * words before a name that make it a place, and the endings that make a name a place or an organisation.
 * Mainland Simplified, matched on normalized text. Immutable and thread-safe.
 */
final class NameEdges {

    static final String RESOURCE = "name-edges-v1.tsv";

    private final List<String> trails;
    private final List<String> leads;
    private final List<String> placeBefore;
    private final List<String> placeSuffixes;
    private final List<String> orgSuffixes;

    private NameEdges(List<String> trails, List<String> leads, List<String> placeBefore, List<String> placeSuffixes,
                      List<String> orgSuffixes) {
        this.trails = List.copyOf(trails);
        this.leads = List.copyOf(leads);
        this.placeBefore = List.copyOf(placeBefore);
        this.placeSuffixes = List.copyOf(placeSuffixes);
        this.orgSuffixes = List.copyOf(orgSuffixes);
    }

    static NameEdges fromResources() {
        List<String> trails = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        List<String> placeBefore = new ArrayList<>();
        List<String> placeSuffixes = new ArrayList<>();
        List<String> orgSuffixes = new ArrayList<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 2)) {
            List<String> target = switch (row[0]) {
                case "trail" -> trails;
                case "lead" -> leads;
                case "place-before" -> placeBefore;
                case "place-suffix" -> placeSuffixes;
                case "org-suffix" -> orgSuffixes;
                default -> throw new IllegalStateException(RESOURCE + ": unknown side " + row[0]);
            };
            target.add(row[1]);
        }
        return new NameEdges(trails, leads, placeBefore, placeSuffixes, orgSuffixes);
    }

    /** How many characters to cut from the end of {@code surface} (a trailing time word, verb or particle), keeping two. */
    int trailingCut(String surface) {
        for (String trail : trails) {
            if (surface.endsWith(trail) && surface.length() - trail.length() >= 2) {
                return trail.length();
            }
        }
        return 0;
    }

    /** The length of a particle {@code surface} starts with that leaves at least one character, else 0. */
    int leadingParticle(String surface) {
        for (String lead : leads) {
            if (surface.startsWith(lead) && surface.length() > lead.length()) {
                return lead.length();
            }
        }
        return 0;
    }

    /** How many characters to cut from the start of {@code surface} (a particle or preposition), keeping two. */
    int leadingCut(String surface) {
        for (String lead : leads) {
            if (surface.startsWith(lead) && surface.length() - lead.length() >= 2) {
                return lead.length();
            }
        }
        return 0;
    }

    /** Whether the text before {@code start} ends with a word that makes the following name a place. */
    boolean placeBefore(String normalized, int start) {
        for (String word : placeBefore) {
            if (start >= word.length() && normalized.startsWith(word, start - word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The type a name's ending gives it (卢萨卡港 a place, …集团 an organisation), if any; the ending alone is no name. */
    Optional<EntityType> typeBySuffix(String surface) {
        for (String suffix : orgSuffixes) {
            if (surface.endsWith(suffix) && surface.length() > suffix.length() + 1) {
                return Optional.of(EntityType.ORGANIZATION);
            }
        }
        for (String suffix : placeSuffixes) {
            if (surface.endsWith(suffix) && surface.length() > suffix.length() + 1) {
                return Optional.of(EntityType.LOCATION);
            }
        }
        return Optional.empty();
    }
}
