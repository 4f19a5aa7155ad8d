package io.sinoscope.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link AnalysisStepsBenchmark} with JMH and prints each text-analysis step's speed as a share of the raw HanLP
 * call beside it (100 % = as fast as the library alone).
 *
 * <pre>
 * java -jar bench/target/sinoscope-bench-jmh.jar [--corpus samples/corpus/articles.ndjson] [--forks 1] \
 *     [--warmup-iterations 3] [--iterations 5] [--seconds 2] [--include 'normalize|rawConvert'] [--json FILE]
 * </pre>
 *
 * The defaults take about three minutes on 2 cores: eight benchmarks, each in its own fork (which loads the
 * dictionaries again, ~5 s), 3 × 2 s warm-up and 5 × 2 s measured.
 */
public final class AnalysisStepsRunner {

    /** Step → the raw call it is compared with. */
    static final Map<String, String> PAIRS = pairs();

    private AnalysisStepsRunner() {
    }

    private static Map<String, String> pairs() {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("normalize", "rawConvert");
        pairs.put("segment", "rawNerSegment");
        pairs.put("link", "rawNerSegment");
        pairs.put("facts", "rawNerSegment");
        pairs.put("analyze", "rawNerSegmentAsGiven");
        return pairs;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        ResultJson result = new ResultJson("jmh", AnalysisStepsRunner.class, options);
        String corpus = Path.of(options.get("corpus", "samples/corpus/articles.ndjson")).toAbsolutePath().toString();
        var jmh = new OptionsBuilder()
                .include(AnalysisStepsBenchmark.class.getName() + "\\.(" + options.get("include", ".*") + ")$")
                .param("corpus", corpus)
                .forks(options.integer("forks", 1))
                .warmupIterations(options.integer("warmup-iterations", 3))
                .measurementIterations(options.integer("iterations", 5))
                .warmupTime(TimeValue.seconds(options.integer("seconds", 2)))
                .measurementTime(TimeValue.seconds(options.integer("seconds", 2)))
                .build();
        Collection<RunResult> runs = new Runner(jmh).run();

        Map<String, double[]> micros = new LinkedHashMap<>();
        ObjectNode scores = result.results().putObject("microsecondsPerArticle");
        for (RunResult run : runs) {
            String name = run.getParams().getBenchmark().replaceFirst(".*\\.", "");
            double score = run.getPrimaryResult().getScore();
            double error = run.getPrimaryResult().getScoreError();
            micros.put(name, new double[] {score, error});
            ObjectNode node = scores.putObject(name);
            ResultJson.put(node, "score", score);
            ResultJson.put(node, "error", error);
        }
        System.out.println();
        System.out.print(table(micros, result.results().putObject("percentOfRaw")));
        result.finish(options);
    }

    /** The step-by-step table; each step's speed as a share of its raw call also goes into {@code percentOfRaw}. */
    static String table(Map<String, double[]> micros, ObjectNode percentOfRaw) {
        StringBuilder out = new StringBuilder(
                "| step | µs per article | raw call | µs per article | step speed, % of raw |\n|---|---|---|---|---|\n");
        for (var pair : PAIRS.entrySet()) {
            double[] step = micros.get(pair.getKey());
            double[] raw = micros.get(pair.getValue());
            if (step == null || raw == null) {
                continue;
            }
            double percent = 100 * raw[0] / step[0];
            ResultJson.put(percentOfRaw, pair.getKey(), percent);
            out.append(String.format("| %s | %s | %s | %s | %.0f %% |%n", pair.getKey(), score(step), pair.getValue(),
                    score(raw), percent));
        }
        return out.toString();
    }

    /** Score ± JMH's 99.9 % confidence half-width; a single iteration has none. */
    private static String score(double[] scoreAndError) {
        return Double.isNaN(scoreAndError[1]) ? String.format("%,.0f", scoreAndError[0])
                : String.format("%,.0f ± %,.0f", scoreAndError[0], scoreAndError[1]);
    }
}
