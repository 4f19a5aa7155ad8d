package io.sinoscope.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One query of the fixed mix: a name for the report and the parameters of {@code GET /api/v1/search}.
 *
 * @param parameters in URI order
 */
record BenchQuery(String name, Map<String, String> parameters) {

    /**
     * The mix, chosen to cover the cost classes of the search path over a {@link QueryIndexFill} corpus: a term in a
     * third of the articles, a term in one of {@value SyntheticCorpus#RARE_EVERY}, a quoted phrase, an entity named in
     * the other script (川普 in the corpus's Taiwan sentence, 特朗普 its mainland alias: the entity id and every
     * alias are searched), two terms, filters on region, topic and a date range, and a common term sorted by date.
     */
    static List<BenchQuery> mix() {
        return List.of(
                of("common-term", "q", "关税"),
                of("rare-term", "q", "钙钛矿"),
                of("phrase", "q", "\"出口管制\""),
                of("entity-alias-tw", "q", "川普"),
                of("entity-alias-cn", "q", "特朗普"),
                of("two-terms", "q", "稀土 悉尼"),
                of("filtered", "q", "芯片", "region", "TW", "topic", "chips-export-controls",
                        "from", "2026-03-01T00:00:00Z", "to", "2026-05-31T23:59:59Z"),
                of("date-sorted", "q", "关税", "sort", "date"));
    }

    private static BenchQuery of(String name, String... keyValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            parameters.put(keyValues[i], keyValues[i + 1]);
        }
        return new BenchQuery(name, Collections.unmodifiableMap(parameters));
    }

    String parameter(String name) {
        return parameters.get(name);
    }
}
