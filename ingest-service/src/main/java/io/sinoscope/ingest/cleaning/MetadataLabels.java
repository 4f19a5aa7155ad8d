package io.sinoscope.ingest.cleaning;

import java.util.List;
import java.util.regex.Pattern;

/** The labels of {@code metadata-labels-v1.tsv} (發佈時間：, 更新時間：, 来源：) as patterns, each with its colon. */
final class MetadataLabels {

    private static final List<String[]> ROWS = CleaningData.rows("metadata-labels-v1.tsv", 2);

    /** Any label with its colon. */
    static final Pattern ANY = labels(null);
    static final Pattern PUBLISHED = labels("PUBLISHED");
    static final Pattern UPDATED = labels("UPDATED");

    private MetadataLabels() {
    }

    private static Pattern labels(String kind) {
        List<String> words = ROWS.stream().filter(row -> kind == null || row[0].strip().equals(kind))
                .map(row -> row[1].strip()).toList();
        return Pattern.compile(CalendarWords.alternation(words) + "\\s*[:：]");
    }
}
