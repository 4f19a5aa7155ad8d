package io.sinoscope.bench;

import io.sinoscope.text.EntityNameIndex;
import io.sinoscope.text.TextAnalyzer;

import java.util.Locale;
import java.util.Set;

/**
 * Heap the analyzer retains once loaded (gazetteer with the knowledge base, HanLP, lexicons), and what query-service's
 * entity name index adds, by used memory after full collections: rough, but enough to compare the knowledge base in
 * and out (put a directory holding an empty {@code io/sinoscope/text/knowledge-base-cedict-v1.tsv} first on the
 * classpath for "out"). {@code java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.AnalyzerHeap}
 */
public final class AnalyzerHeap {

    private AnalyzerHeap() {
    }

    public static void main(String[] args) throws InterruptedException {
        long before = used();
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        analyzer.analyze("台積電在高雄新建的晶圓廠預計明年量產，鴻海也將擴大投資。");
        long after = used();
        long start = System.nanoTime();
        EntityNameIndex index = analyzer.gazetteer().nameIndex();
        long built = System.nanoTime() - start;
        long withIndex = used();
        System.out.printf(Locale.ROOT, "entities %d; analyzer retains %d MiB; name index: %d names, +%d MiB, built in %d ms%n",
                analyzer.gazetteer().entities().size(), (after - before) >> 20, index.size(), (withIndex - after) >> 20,
                built / 1_000_000);
        for (String needle : new String[] {"ningbo", "a"}) {
            start = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                index.find(Set.of(needle), 200);
            }
            System.out.printf(Locale.ROOT, "find(%s): %d µs per look-up%n", needle, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
