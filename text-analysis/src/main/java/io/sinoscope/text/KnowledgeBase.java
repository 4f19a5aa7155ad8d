package io.sinoscope.text;

import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The open-data entities of resource {@value #RESOURCE}, generated from CC-CEDICT's proper nouns (see
 * CedictKnowledgeBaseGenerator in the tests). {@link Gazetteer} merges them under the curated gazetteer.
 */
final class KnowledgeBase {

    static final String RESOURCE = "knowledge-base-cedict-v1.tsv";

    /** One row: forms that link on their own, and guarded forms that link only where the text supports a name. */
    record Entry(String id, String name, EntityType type, String pinyin, List<String> forms, List<String> guarded) {
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 6)) {
            entries.add(new Entry(row[0], row[1], EntityType.valueOf(row[2]), row[3], split(row[4]), split(row[5])));
        }
        return entries;
    }

    private static List<String> split(String column) {
        return Arrays.stream(column.split("\\|")).map(String::strip).filter(form -> !form.isEmpty()).toList();
    }

    private KnowledgeBase() {
    }
}
