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

    /**
     * The fact forms of issue 23 look around their match (厘 and 码 for a rate word, 成 for the word it may be part
     * of, a cue after the number): a fixed number of characters each, so one long sentence of them stays linear.
     */
    @Test
    void aSentenceOfThousandsOfSpokenPercentsAndNamedCurrenciesCostsTheSamePerCharacter() {
        List<String> clauses = List.of("银行减息半厘，", "央行降息半码，", "约两成企业，", "百分之零点五，", "降息25个基点，",
                "旅客3000万人次，", "亏损50亿南非兰特，", "派发5000元，", "增长10%左右，",
                // Round four: shared short names resolved by the countries of one endless sentence, falls, 八分一厘.
                "墨西哥抛售20亿比索，", "约30亿克朗，", "同比下降5.3%，", "减息八分一厘，", "28家企业，");
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        analyzer.analyze(AnalysisGoldenTest.repeat(clauses, 30_000), PUBLISHED);

        double shortCost = cpuNanosPerCharacter(analyzer, AnalysisGoldenTest.repeat(clauses, 30_000));
        String text = AnalysisGoldenTest.repeat(clauses, 300_000);
        long before = THREADS.getCurrentThreadCpuTime();
        Analysis analysis = analyzer.analyze(text, PUBLISHED);
        double longCost = (double) (THREADS.getCurrentThreadCpuTime() - before) / text.length();

        assertTrue(analysis.facts().stream().filter(f -> "li".equals(f.attributes().get("form"))).count() > 4_000);
        double ratio = longCost / shortCost;
        assertTrue(ratio < 4, "per character, 300,000 characters of spoken percents cost " + ratio
                + " times what 30,000 did (" + longCost + " vs " + shortCost + " ns of CPU)");
    }

    /**
     * Export controls and sanctions read their clause, marker phrase, listed names and the setting, status and
     * effective date around them within a fixed reach: one endless sentence of them stays linear.
     */
    @Test
    void aSentenceOfThousandsOfExportControlsAndSanctionsCostsTheSamePerCharacter() {
        List<String> clauses = List.of("商务部宣布自2026年8月1日起对美国实施镓、锗相关物项出口管制，",
                "美国商务部将中芯国际等12家中国企业列入实体清单，", "欧盟宣布对俄罗斯实施新一轮制裁，",
                "禁止两用物项对美国军事用户出口，");
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        analyzer.analyze(AnalysisGoldenTest.repeat(clauses, 30_000), PUBLISHED);

        double shortCost = cpuNanosPerCharacter(analyzer, AnalysisGoldenTest.repeat(clauses, 30_000));
        String text = AnalysisGoldenTest.repeat(clauses, 300_000);
        long before = THREADS.getCurrentThreadCpuTime();
        Analysis analysis = analyzer.analyze(text, PUBLISHED);
        double longCost = (double) (THREADS.getCurrentThreadCpuTime() - before) / text.length();

        // One measure per kind per sentence: the whole text is one sentence.
        assertEquals(2, analysis.facts().stream().filter(f -> f.kind().code().equals("export_control")
                || f.kind().code().equals("sanction")).count());
        double ratio = longCost / shortCost;
        assertTrue(ratio < 4, "per character, 300,000 characters of trade-measure clauses cost " + ratio
                + " times what 30,000 did (" + longCost + " vs " + shortCost + " ns of CPU)");
    }

    private static double cpuNanosPerCharacter(TextAnalyzer analyzer, String text) {
        long before = THREADS.getCurrentThreadCpuTime();
        analyzer.analyze(text, PUBLISHED);
        return (double) (THREADS.getCurrentThreadCpuTime() - before) / text.length();
    }
}
