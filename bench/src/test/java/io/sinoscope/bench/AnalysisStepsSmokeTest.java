package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Every JMH benchmark method called once, directly, after the benchmark's own setup: a forked JMH run would load the
 * dictionaries again in a new JVM for each method, too slow for every build. The runner's ratio arithmetic is
 * checked on made-up scores.
 */
class AnalysisStepsSmokeTest {

    @Test
    void everyBenchmarkMethodRunsOnTheDemoCorpus() throws Exception {
        AnalysisStepsBenchmark benchmark = new AnalysisStepsBenchmark();
        benchmark.corpus = "../samples/corpus/articles.ndjson";
        benchmark.setUp();

        List<Method> methods = Arrays.stream(AnalysisStepsBenchmark.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class)).toList();
        assertEquals(8, methods.size());
        for (Method method : methods) {
            assertNotNull(method.invoke(benchmark), method.getName());
        }
        // Every step and raw call the runner pairs is a benchmark method.
        List<String> names = methods.stream().map(Method::getName).toList();
        AnalysisStepsRunner.PAIRS.forEach((step, raw) -> assertTrue(names.contains(step) && names.contains(raw)));
    }

    @Test
    void theTableGivesEachStepsSpeedAsAShareOfItsRawCall() {
        Map<String, double[]> micros = new LinkedHashMap<>();
        micros.put("normalize", new double[] {400, 10});
        micros.put("rawConvert", new double[] {100, 5});
        micros.put("analyze", new double[] {8000, 100});
        micros.put("rawNerSegmentAsGiven", new double[] {4000, 50});
        var percent = new ObjectMapper().createObjectNode();

        String table = AnalysisStepsRunner.table(micros, percent);

        assertTrue(table.contains("| normalize | 400 ± 10 | rawConvert | 100 ± 5 | 25 % |"), table);
        assertEquals(50.0, percent.path("analyze").asDouble());
        assertTrue(!table.contains("| segment |"), "a step left out of the run is left out of the table");
    }
}
