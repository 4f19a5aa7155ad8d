package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The word lists of {@value #RESOURCE}: what HanLP glues to the ends of a name (time words, verbs, particles), the
 * words before a name that make it a place, the endings that make a name a place or an organisation, and the words
 * after a name that only a firm or body takes or that say it acts (旗下, 董事长; 宣布, 表示).
 * Mainland Simplified, matched on normalized text. Immutable and thread-safe.
 */
final class NameEdges {

    static final String RESOURCE = "name-edges-v1.tsv";
    private static final List<String> SIDES = List.of("trail", "lead", "place-before", "place-suffix", "org-suffix",
            "org-after", "role-after", "actor-after", "gap");

    private final List<String> trails;
    private final List<String> leads;
    private final List<String> placeBefore;
    private final List<String> placeSuffixes;
    private final List<String> orgSuffixes;
    private final List<String> orgAfter;
    private final List<String> roleAfter;
    private final List<String> actorAfter;
    private final List<String> gaps;

    private NameEdges(Map<String, List<String>> sides) {
        this.trails = List.copyOf(sides.get("trail"));
        this.leads = List.copyOf(sides.get("lead"));
        this.placeBefore = List.copyOf(sides.get("place-before"));
        this.placeSuffixes = List.copyOf(sides.get("place-suffix"));
        this.orgSuffixes = List.copyOf(sides.get("org-suffix"));
        this.orgAfter = List.copyOf(sides.get("org-after"));
        this.roleAfter = List.copyOf(sides.get("role-after"));
        this.actorAfter = List.copyOf(sides.get("actor-after"));
        this.gaps = List.copyOf(sides.get("gap"));
    }

    static NameEdges fromResources() {
        Map<String, List<String>> sides = new HashMap<>();
        for (String side : SIDES) {
            sides.put(side, new ArrayList<>());
        }
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 2)) {
            List<String> target = sides.get(row[0]);
            if (target == null) {
                throw new IllegalStateException(RESOURCE + ": unknown side " + row[0]);
            }
            target.add(row[1]);
        }
        return new NameEdges(sides);
    }

    /**
     * Whether a word only a firm or a body takes follows {@code end}, after any gap words (诺瓦泰克|旗下,
     * 斯里兰卡航空|董事长): the name before it is an organisation's.
     */
    boolean organisationAfter(String normalized, int end) {
        return startsWithAny(normalized, skipGaps(normalized, end), orgAfter);
    }

    /**
     * Whether a firm's word, a firm's people or holdings, or a verb of announcing or saying follows {@code end}, after
     * any gap words (斯里兰卡航空|周三|宣布, 大阪燃气|社长): what stands before it acts, so it is no mere description of
     * a place's trade.
     */
    boolean actorAfter(String normalized, int end) {
        int at = skipGaps(normalized, end);
        return startsWithAny(normalized, at, orgAfter) || startsWithAny(normalized, at, roleAfter)
                || startsWithAny(normalized, at, actorAfter);
    }

    /** Whether a verb of announcing or saying follows {@code end} right away: a person or a body speaks, not a place. */
    boolean speakerAfter(String normalized, int end) {
        return startsWithAny(normalized, end, actorAfter);
    }

    private int skipGaps(String normalized, int at) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String gap : gaps) {
                if (normalized.startsWith(gap, at)) {
                    at += gap.length();
                    moved = true;
                    break;
                }
            }
        }
        return at;
    }

    private static boolean startsWithAny(String normalized, int at, List<String> words) {
        for (String word : words) {
            if (normalized.startsWith(word, at)) {
                return true;
            }
        }
        return false;
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
