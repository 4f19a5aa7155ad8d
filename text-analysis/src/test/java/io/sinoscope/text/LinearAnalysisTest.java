package io.sinoscope.text;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 21: analysis must cost the same per character at any length. A sentence of commas full of tariff changes was
 * quadratic (the work per match grew with the sentence): per 1,000 characters it cost about nine times more at
 * 300,000 characters than at 30,000. Linear analysis costs about the same at both. The test compares the two sizes in
 * one run, as a ratio of this thread's CPU time (not wall time, so a busy machine does not count, and no absolute
 * figure that depends on the machine); 4 separates linear from quadratic with room for JIT and GC noise. Timing
 * figures per family and size: bench's AdversarialScaling and docs/benchmarks.md.
 */
class LinearAnalysisTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Instant PUBLISHED = Instant.parse("2026-10-14T02:20:00Z");
    private static final List<String> TARIFF_CLAUSE = List.of("美国对中国商品加征关税由10%提高至25%，");

    @Test
    void aSentenceOfThousandsOfTariffChangesCostsTheSamePerCharacterAtTenTimesTheLength() {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        analyzer.analyze(AnalysisGoldenTest.repeat(TARIFF_CLAUSE, 30_000), PUBLISHED); // loads HanLP's models, warms the JIT

        double shortCost = cpuNanosPerCharacter(analyzer, AnalysisGoldenTest.repeat(TARIFF_CLAUSE, 30_000));
        String text = AnalysisGoldenTest.repeat(TARIFF_CLAUSE, 300_000);
        long before = THREADS.getCurrentThreadCpuTime();
        Analysis analysis = analyzer.analyze(text, PUBLISHED);
        double longCost = (double) (THREADS.getCurrentThreadCpuTime() - before) / text.length();

        assertEquals(13_636, analysis.facts().stream().filter(f -> f.kind().code().equals("tariff_change")).count());
        double ratio = longCost / shortCost;
        assertTrue(ratio < 4, "per character, 300,000 characters of tariff clauses cost " + ratio
                + " times what 30,000 did (" + longCost + " vs " + shortCost + " ns of CPU): work grows faster "
                + "than the text again");
    }

    private static double cpuNanosPerCharacter(TextAnalyzer analyzer, String text) {
        long before = THREADS.getCurrentThreadCpuTime();
        analyzer.analyze(text, PUBLISHED);
        return (double) (THREADS.getCurrentThreadCpuTime() - before) / text.length();
    }
}
