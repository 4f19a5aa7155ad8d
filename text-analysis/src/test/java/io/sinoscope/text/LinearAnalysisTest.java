package io.sinoscope.text;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: 300,000 characters of tariff clauses (one sentence of commas, 13,636 tariff changes) took ~70 s of CPU
 * when the work per match grew with the sentence; linear analysis takes about one second warm. 20 s of this thread's
 * CPU time separates the two with room for a cold JIT; CPU time, not wall time, so a busy machine does not count.
 * Timing figures per family and size: bench's AdversarialScaling.
 */
class LinearAnalysisTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Instant PUBLISHED = Instant.parse("2026-10-14T02:20:00Z");
    private static final List<String> TARIFF_CLAUSE = List.of("美国对中国商品加征关税由10%提高至25%，");

    @Test
    void aSentenceOfThousandsOfTariffChangesIsAnalysedInBoundedTime() {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        analyzer.analyze(AnalysisGoldenTest.repeat(TARIFF_CLAUSE, 2_000), PUBLISHED); // loads HanLP's models
        String text = AnalysisGoldenTest.repeat(TARIFF_CLAUSE, 300_000);

        long before = THREADS.getCurrentThreadCpuTime();
        Analysis analysis = analyzer.analyze(text, PUBLISHED);
        double seconds = (THREADS.getCurrentThreadCpuTime() - before) / 1e9;

        assertEquals(13_636, analysis.facts().stream().filter(f -> f.kind().code().equals("tariff_change")).count());
        assertTrue(seconds < 20, "300,000 characters of tariff clauses took " + seconds + " s of CPU");
    }
}
