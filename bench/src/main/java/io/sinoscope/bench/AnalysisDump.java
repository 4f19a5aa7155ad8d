package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.text.Analysis;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.fact.Fact;
import io.sinoscope.text.topic.Topic;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes every field of {@link TextAnalyzer#analyze} for a fixed set of inputs, so a speed change can be checked to
 * leave the output alone: run it with the old and the new build and compare the files byte for byte.
 *
 * <pre>
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.AnalysisDump \
 *     [--corpus samples/corpus/articles.ndjson] [--sets text-analysis/src/test/resources] --out FILE
 * </pre>
 *
 * Inputs: the corpus texts, the ~2,000-character articles {@link AnalysisThroughput} joins from them, and the
 * sentence or article of every row of the evaluation and held-out sets ({@code *.tsv} under {@code --sets}). Relative dates resolve
 * against a fixed instant; fact attributes are written in key order (their maps have no stable order of their own).
 */
public final class AnalysisDump {

    private static final Instant PUBLISHED = Instant.parse("2026-11-20T08:00:00Z");

    private AnalysisDump() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path corpus = Path.of(options.get("corpus", "samples/corpus/articles.ndjson"));
        Path sets = Path.of(options.get("sets", "text-analysis/src/test/resources"));
        Path out = Path.of(options.get("out", "analysis-dump.txt"));
        List<String> inputs = inputs(corpus, sets);
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (int i = 0; i < inputs.size(); i++) {
                write(writer, i, inputs.get(i), analyzer.analyze(inputs.get(i), PUBLISHED));
            }
        }
        System.out.printf("%d inputs written to %s%n", inputs.size(), out);
    }

    static List<String> inputs(Path corpus, Path sets) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        Set<String> inputs = new LinkedHashSet<>(texts);
        inputs.addAll(AnalysisThroughput.articles(corpus));
        try (Stream<Path> files = Files.walk(sets)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("#") && !line.isBlank()) {
                        inputs.add(longestColumn(line));
                    }
                }
            }
        }
        return List.copyOf(inputs);
    }

    /** The text of a row: the sets keep it in different columns, but it is always the longest one. */
    private static String longestColumn(String line) {
        String longest = "";
        for (String column : line.split("\t")) {
            if (column.length() > longest.length()) {
                longest = column;
            }
        }
        return longest;
    }

    private static void write(PrintWriter out, int index, String input, Analysis analysis) {
        NormalizedText text = analysis.text();
        out.println("### " + index + " " + oneLine(input));
        out.println("normalized " + oneLine(text.normalized()));
        out.println("script " + text.script() + " region " + text.region() + " confidence " + text.regionConfidence());
        OffsetMap offsets = text.offsets();
        StringBuilder map = new StringBuilder("offsets " + offsets.normalizedLength() + "/" + offsets.originalLength() + ":");
        for (int i = 0; i <= offsets.normalizedLength(); i++) {
            map.append(' ').append(offsets.toOriginal(i)).append('-').append(offsets.toOriginalEnd(i));
        }
        out.println(map);
        out.println("tokens " + analysis.tokens());
        for (LinkedEntity entity : analysis.entities()) {
            out.println("entity " + entity);
        }
        out.println("keywords " + analysis.keywords());
        for (Fact fact : analysis.facts()) {
            out.println("fact " + fact.kind() + " " + fact.text() + " " + fact.value() + " " + fact.unit() + " "
                    + fact.currency() + " " + fact.date() + " " + fact.start() + "-" + fact.end() + " sentence "
                    + fact.sentence() + " confidence " + fact.confidence() + " " + sorted(fact.attributes()));
        }
        for (Topic topic : analysis.topics()) {
            out.println("topic " + topic);
        }
        out.println("summary " + oneLine(analysis.summary()));
    }

    /** Maps in key order at every depth; lists and values as they print. */
    private static String sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> ordered = new TreeMap<>();
            map.forEach((key, item) -> ordered.put(String.valueOf(key), sorted(item)));
            return ordered.toString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(AnalysisDump::sorted).toList().toString();
        }
        return String.valueOf(value);
    }

    private static String oneLine(String text) {
        return text.replace("\n", "\\n");
    }
}
