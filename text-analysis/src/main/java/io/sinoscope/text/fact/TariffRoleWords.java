package io.sinoscope.text.fact;

import io.sinoscope.text.Region;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that say who imposes a tariff change on whom, from resource {@value #RESOURCE}: markers of the affected
 * side (对X), export and passive words (X输美, X遭美国加征), short forms of governments (美方), bodies acting for a
 * country and whose a bare body name is in each region's press. Word lists are kept longest first, so that where two
 * start at one position the longer is read.
 */
final class TariffRoleWords {

    static final String RESOURCE = "tariff-roles-v1.tsv";

    final Map<String, Boolean> markers = new HashMap<>(); // term → strong
    final List<String> notMarkers = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    /** The source words and the empty one: what may stand between a marker and its country. */
    final List<String> sourcesAndNothing = new ArrayList<>();
    final List<String> joiners = new ArrayList<>();
    final List<String> exports = new ArrayList<>();
    /** Export words a one-character country name may follow: 输美, but not 出口港. */
    final Set<String> exportsBeforeAbbreviations = new HashSet<>();
    final List<String> exportAfter = new ArrayList<>();
    final List<String> passives = new ArrayList<>();
    final List<String> announcements = new ArrayList<>();
    /** Origin words → the word that must follow the country ("" when none): 原产于X, 自X进口. */
    final Map<String, String> origins = new HashMap<>();
    final List<String> notPassives = new ArrayList<>();
    /** Short forms and metonyms (美方, 港府) → gazetteer entity id. */
    final Map<String, String> parties = new HashMap<>();
    /** One-character country names read after a marker or export word (华, 美) → gazetteer entity id. */
    final Map<String, String> abbreviations = new HashMap<>();
    final List<String> notAbbreviations = new ArrayList<>();
    /** Gazetteer entity id of a body or city acting for a country → that country's (or union's) entity id. */
    final Map<String, String> bodies = new HashMap<>();
    final Set<String> genericBodies = new HashSet<>();
    final List<String> notParties = new ArrayList<>();
    /** Words between goods and their duty that qualify the duty: 威士忌的报复性关税, 钢铁的额外关税. */
    final List<String> dutyModifiers = new ArrayList<>();
    /** Region code → a word that names a party only in that region's press (我国, 内地) → its entity id. */
    final Map<String, Map<String, String>> regionParties = new HashMap<>();
    /** Region code → bare body name → entity id of the country whose body it is in that region's press. */
    final Map<String, Map<String, String>> regionDefaults = new HashMap<>();

    static TariffRoleWords fromResources() {
        TariffRoleWords words = new TariffRoleWords();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 2)) {
            words.add(row);
        }
        words.sourcesAndNothing.addAll(words.sources);
        words.sourcesAndNothing.add("");
        for (List<String> list : List.of(words.notMarkers, words.sources, words.joiners, words.exports,
                words.exportAfter, words.passives, words.notPassives, words.notAbbreviations, words.dutyModifiers)) {
            list.sort(Comparator.comparingInt(String::length).reversed());
        }
        return words;
    }

    private void add(String[] row) {
        switch (row[0]) {
            case "marker" -> markers.put(row[1], "strong".equals(value(row, 2)));
            case "not-marker" -> notMarkers.add(row[1]);
            case "source" -> sources.add(row[1]);
            case "joiner" -> joiners.add(row[1]);
            case "export" -> {
                exports.add(row[1]);
                if (row.length > 2 && row[2].equals("abbrev")) {
                    exportsBeforeAbbreviations.add(row[1]);
                }
            }
            case "export-after" -> exportAfter.add(row[1]);
            case "passive" -> passives.add(row[1]);
            case "announce" -> announcements.add(row[1]);
            case "origin" -> origins.put(row[1], row.length > 2 ? row[2] : "");
            case "not-passive" -> notPassives.add(row[1]);
            case "party" -> parties.put(row[1], value(row, 2));
            case "abbrev" -> abbreviations.put(row[1], value(row, 2));
            case "not-abbrev" -> notAbbreviations.add(row[1]);
            case "body" -> bodies.put(row[1], value(row, 2));
            case "generic-body" -> genericBodies.add(row[1]);
            case "not-party" -> notParties.add(row[1]);
            case "duty-modifier" -> dutyModifiers.add(row[1]);
            case "region-party" -> regionParties.computeIfAbsent(row[1], k -> new HashMap<>()).put(value(row, 2), value(row, 3));
            case "region-default" -> regionDefaults.computeIfAbsent(row[1], k -> new HashMap<>())
                    .put(value(row, 2), value(row, 3));
            default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + row[0]);
        }
    }

    /** The entity id of the country whose {@code body} it is in {@code region}'s press, or null when the press leaves doubt. */
    String regionDefault(Region region, String body) {
        return regionDefaults.getOrDefault(region.code(), Map.of()).get(body);
    }

    /** The words that name a party in {@code region}'s press alone (我国, 内地), with their entity ids. */
    Map<String, String> regionParties(Region region) {
        return regionParties.getOrDefault(region.code(), Map.of());
    }

    /** The longest of {@code words} that {@code text} has at {@code at}, or null. */
    static String at(String text, int at, List<String> words) {
        for (String word : words) {
            if (text.startsWith(word, at)) {
                return word;
            }
        }
        return null;
    }

    /** Whether one of {@code words} covers position {@code at} of {@code text} (a marker inside 对此, 被迫). */
    static boolean covered(String text, int at, List<String> words) {
        for (String word : words) {
            for (int from = Math.max(0, at - word.length() + 1); from <= at; from++) {
                if (text.startsWith(word, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String value(String[] row, int column) {
        if (row.length <= column || row[column].isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + String.join("\t", row) + " lacks column " + (column + 1));
        }
        return row[column];
    }

    /** The last strong marker (对, 针对, 向) in {@code text[from, to)} that opens a phrase, or -1. */
    int strongMarkerBefore(String text, int from, int to) {
        for (int at = to - 1; at >= from; at--) {
            for (Map.Entry<String, Boolean> m : markers.entrySet()) {
                if (m.getValue() && text.startsWith(m.getKey(), at) && at + m.getKey().length() < to
                        && !covered(text, at, notMarkers)) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** Where the longest marker starting at {@code marker} ends. */
    int markerEnd(String text, int marker) {
        int best = marker + 1;
        for (String m : markers.keySet()) {
            if (text.startsWith(m, marker)) {
                best = Math.max(best, marker + m.length());
            }
        }
        return best;
    }
}
