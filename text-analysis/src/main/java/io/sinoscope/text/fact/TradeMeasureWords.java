package io.sinoscope.text.fact;

import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of trade measures from resource {@value #RESOURCE}: cues naming export controls and sanctions (and the
 * list of parties a cue names), licensing policies, tariff measures without a rate, the verbs that make a cue a
 * measure someone takes, how targets and names are listed, the status words, the settings in which a sentence
 * only talks about a measure, and the words around an effective date. Word lists are kept longest first, so that
 * where two start at one position the longer is read.
 */
final class TradeMeasureWords {

    static final String RESOURCE = "trade-measure-cues-v1.tsv";
    /** The statuses in the order they are checked: a lifted or suspended measure is said so whatever else is said. */
    static final List<String> STATUS_ORDER = List.of("lifted", "suspended", "threatened", "in_force");

    /** A two-word cue around the goods: 禁止 … 出口. */
    record Pair(String first, String second, FactKind kind) {
    }

    final Map<String, FactKind> cues = new HashMap<>();
    /** Cue → the code of the list of parties it names (entity_list, unreliable_entity_list, ...). */
    final Map<String, String> lists = new HashMap<>();
    final List<String> licenceCues = new ArrayList<>();
    final List<String> exportWords = new ArrayList<>();
    final List<String> destinations = new ArrayList<>();
    final List<String> licenceStops = new ArrayList<>();
    final List<String> revokes = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    final List<String> locationLeads = new ArrayList<>();
    final List<String> etc = new ArrayList<>();
    final List<String> tariffNouns = new ArrayList<>();
    /** Verb taking a duty stated without a rate → direction (impose, suspend, lift, maintain). */
    final Map<String, String> tariffActs = new HashMap<>();
    final Map<String, String> tariffActsAfter = new HashMap<>();
    final List<String> objectionBreakers = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();
    final List<String> objectCues = new ArrayList<>();
    final List<String> acts = new ArrayList<>();
    final List<String> listVerbs = new ArrayList<>();
    final List<String> descriptors = new ArrayList<>();
    final List<String> orgSuffixes = new ArrayList<>();
    final List<String> counters = new ArrayList<>();
    final List<String> goodsPrefixes = new ArrayList<>();
    final List<String> all = new ArrayList<>();
    final Map<String, List<String>> statuses = new LinkedHashMap<>();
    final List<String> settings = new ArrayList<>();
    /** Setting word → its class: hypothetical, question, denial, analysis, history, objection, urging. */
    final Map<String, String> settingClasses = new HashMap<>();
    final List<String> notSettings = new ArrayList<>();
    /** Words after a measure in its sentence that make it only talk (a rumour: …的传闻); class as for settings. */
    final List<String> settingsAfter = new ArrayList<>();
    /** Words before a licence cue saying a firm applied for a licence: a procedure, not a policy. */
    final List<String> applied = new ArrayList<>();
    final List<String> dateAfter = new ArrayList<>();
    final List<String> dateNow = new ArrayList<>();
    /** List cues that are a measure only when parties are put on or taken off them (黑名单). */
    final List<String> listingOnly = new ArrayList<>();
    /** Verbs of supplying or selling that close an export-ban pair when a country is named before them. */
    final List<String> supplyWords = new ArrayList<>();
    /** Duty nouns that are reliefs (关税减让, 零关税): the act's direction turns over. */
    final List<String> concessions = new ArrayList<>();
    final List<String> dateBefore = new ArrayList<>();
    /** Regime cues that are a measure only when they name an imposer, a target, a party or goods. */
    final List<String> needsObject = new ArrayList<>();
    /** Words holding a list joiner that join nothing: 参与, 和平. */
    final List<String> notJoiners = new ArrayList<>();
    /** Words opening a list item that refer back instead of naming: 其高管, 该公司. */
    final List<String> pronouns = new ArrayList<>();
    /** Word → month or year: from the first day of the next month or year (下月起, 明年元旦). */
    final Map<String, String> dateNext = new HashMap<>();

    static TradeMeasureWords fromResources() {
        TradeMeasureWords words = new TradeMeasureWords();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 2)) {
            words.add(row);
        }
        List<List<String>> lists = new ArrayList<>(List.of(words.objectCues, words.acts, words.listVerbs,
                words.descriptors, words.orgSuffixes, words.counters, words.goodsPrefixes, words.all, words.settings, words.notSettings,
                words.dateAfter, words.dateNow, words.licenceCues, words.exportWords, words.destinations, words.licenceStops,
                words.revokes, words.titles, words.locationLeads, words.etc, words.tariffNouns,
                words.objectionBreakers, words.listingOnly, words.supplyWords, words.concessions, words.dateBefore,
                words.notJoiners, words.pronouns, words.settingsAfter, words.applied));
        lists.addAll(words.statuses.values());
        for (List<String> list : lists) {
            list.sort(Comparator.comparingInt(String::length).reversed());
        }
        return words;
    }

    private void add(String[] row) {
        switch (row[0]) {
            case "cue" -> {
                cues.put(row[1], kind(row, 2));
                if (row.length > 3 && !row[3].isEmpty()) {
                    lists.put(row[1], row[3]);
                }
            }
            case "licence-cue" -> licenceCues.add(row[1]);
            case "export-word" -> exportWords.add(row[1]);
            case "destination" -> destinations.add(row[1]);
            case "licence-stop" -> licenceStops.add(row[1]);
            case "revokes" -> revokes.add(row[1]);
            case "title" -> titles.add(row[1]);
            case "location-lead" -> locationLeads.add(row[1]);
            case "etc" -> etc.add(row[1]);
            case "tariff-noun" -> tariffNouns.add(row[1]);
            case "tariff-act" -> tariffActs.put(row[1], direction(row));
            case "tariff-act-after" -> tariffActsAfter.put(row[1], direction(row));
            case "objection-breaker" -> objectionBreakers.add(row[1]);
            case "pair" -> pairs.add(new Pair(row[1], value(row, 3), kind(row, 2)));
            case "object-cue" -> objectCues.add(row[1]);
            case "act" -> acts.add(row[1]);
            case "list-verb" -> listVerbs.add(row[1]);
            case "descriptor" -> descriptors.add(row[1]);
            case "org-suffix" -> orgSuffixes.add(row[1]);
            case "counter" -> counters.add(row[1]);
            case "goods-prefix" -> goodsPrefixes.add(row[1]);
            case "all" -> all.add(row[1]);
            case "status" -> {
                if (!STATUS_ORDER.contains(row[1])) {
                    throw new IllegalStateException(RESOURCE + ": unknown status " + row[1]);
                }
                statuses.computeIfAbsent(row[1], k -> new ArrayList<>()).add(value(row, 2));
            }
            case "setting" -> {
                settings.add(value(row, 2));
                settingClasses.put(row[2], row[1]);
            }
            case "not-setting" -> notSettings.add(row[1]);
            case "setting-after" -> {
                settingsAfter.add(value(row, 2));
                settingClasses.put(row[2], row[1]);
            }
            case "applied" -> applied.add(row[1]);
            case "date-after" -> dateAfter.add(row[1]);
            case "date-now" -> dateNow.add(row[1]);
            case "listing-only" -> listingOnly.add(row[1]);
            case "supply-word" -> supplyWords.add(row[1]);
            case "concession" -> concessions.add(row[1]);
            case "date-before" -> dateBefore.add(row[1]);
            case "not-joiner" -> notJoiners.add(row[1]);
            case "needs-object" -> needsObject.add(row[1]);
            case "pronoun" -> pronouns.add(row[1]);
            case "date-next" -> {
                String unit = value(row, 2);
                if (!List.of("month", "year").contains(unit)) {
                    throw new IllegalStateException(RESOURCE + ": unknown date-next unit " + unit);
                }
                dateNext.put(row[1], unit);
            }
            default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + row[0]);
        }
    }

    private static String direction(String[] row) {
        String direction = value(row, 2);
        if (!List.of("impose", "suspend", "lift", "maintain").contains(direction)) {
            throw new IllegalStateException(RESOURCE + ": unknown direction " + direction);
        }
        return direction;
    }

    private static FactKind kind(String[] row, int column) {
        return switch (value(row, column)) {
            case "export_control" -> FactKind.EXPORT_CONTROL;
            case "sanction" -> FactKind.SANCTION;
            default -> throw new IllegalStateException(RESOURCE + ": unknown measure " + row[column]);
        };
    }

    /** Whether one of {@code words} ends exactly at {@code end} of {@code text}. */
    static String endingAt(String text, int end, List<String> words) {
        for (String word : words) {
            if (end - word.length() >= 0 && text.startsWith(word, end - word.length())) {
                return word;
            }
        }
        return null;
    }

    private static String value(String[] row, int column) {
        if (row.length <= column || row[column].isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + String.join("\t", row) + " lacks column " + (column + 1));
        }
        return row[column];
    }
}
