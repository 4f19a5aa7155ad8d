package io.sinoscope.query.story;

import io.sinoscope.text.resource.AnalyzerData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event cue table ({@value #TABLE}, text-analysis's data folder, so it is fingerprinted with the analyzer's other
 * data): event types, units and places in the normalised forms every region's report comes to after the fold, and
 * the title words that announce a repeat. It is read once; {@link #find} scans a text for every form at once,
 * longest form first at each position.
 */
final class EventCues {

    static final String TABLE = "story-event-cues-v1.tsv";

    enum Kind { TYPE, UNIT, PLACE, REPEAT, EXCEPT }

    /** One form of the table and what it stands for. */
    record Cue(Kind kind, String key, String form) {
    }

    /** A cue found in a text, at {@code start}. */
    record Found(Cue cue, int start) {
    }

    private static final class Table {
        static final EventCues CUES = load();
    }

    /** Forms by their first character, longest first. */
    private final Map<Character, List<Cue>> byFirst;

    private EventCues(Map<Character, List<Cue>> byFirst) {
        this.byFirst = byFirst;
    }

    static EventCues get() {
        return Table.CUES;
    }

    private static EventCues load() {
        Map<String, Cue> cues = new LinkedHashMap<>();
        for (String[] row : AnalyzerData.readTsv(TABLE, 3)) {
            Kind kind = Kind.valueOf(row[0].toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            for (String form : row[2].split("\\|")) {
                String f = form.strip();
                if (f.isEmpty()) {
                    continue;
                }
                Cue previous = cues.put(f, new Cue(kind, row[1], f));
                if (previous != null && previous.kind() != kind) {
                    throw new IllegalStateException(TABLE + " lists " + f + " as " + previous.kind() + " and " + kind);
                }
            }
        }
        Map<Character, List<Cue>> byFirst = new HashMap<>();
        for (Cue cue : cues.values()) {
            byFirst.computeIfAbsent(cue.form().charAt(0), c -> new ArrayList<>()).add(cue);
        }
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((Cue c) -> -c.form().length())
                .thenComparing(Cue::form)));
        return new EventCues(byFirst);
    }

    /**
     * The cues of {@code text}, left to right; at each position the longest form wins and the scan resumes after it,
     * so 中国海警局 is one unit and 不再 hides the 再 of a repeat form.
     */
    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        int i = 0;
        while (i < text.length()) {
            List<Cue> candidates = byFirst.get(text.charAt(i));
            Cue matched = null;
            if (candidates != null) {
                for (Cue cue : candidates) {
                    if (text.startsWith(cue.form(), i)) {
                        matched = cue;
                        break;
                    }
                }
            }
            if (matched == null) {
                i++;
            } else {
                found.add(new Found(matched, i));
                i += matched.form().length();
            }
        }
        return found;
    }
}
