package io.sinoscope.ingest.cleaning;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The weekday and day-period words of {@code calendar-words-v1.tsv}, as regular-expression alternations. */
final class CalendarWords {

    private static final List<String[]> ROWS = CleaningData.rows("calendar-words-v1.tsv", 3);

    private CalendarWords() {
    }

    /** A non-capturing alternation of every weekday word, longest first. */
    static String weekdays() {
        return alternation(words("WEEKDAY").keySet().stream().toList());
    }

    /** Day-period word → the first hour of its period on the 24-hour clock. */
    static Map<String, Integer> periods() {
        Map<String, Integer> periods = new LinkedHashMap<>();
        words("PERIOD").forEach((word, hour) -> periods.put(word, Integer.parseInt(hour)));
        return periods;
    }

    /** A non-capturing alternation of these words, longest first, so that 星期四 wins over a shorter word. */
    static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static Map<String, String> words(String kind) {
        Map<String, String> words = new LinkedHashMap<>();
        ROWS.stream().filter(row -> row[0].strip().equals(kind))
                .forEach(row -> words.put(row[1].strip(), row[2].strip()));
        return words;
    }
}
