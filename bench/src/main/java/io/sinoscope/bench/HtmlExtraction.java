package io.sinoscope.bench;

import io.sinoscope.ingest.cleaning.HtmlArticleExtractor;
import io.sinoscope.ingest.cleaning.MainContentLocator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;

/**
 * Time to extract the article from pathologically nested pages (issue 21, finding 4), in this JVM, one thread, no
 * stack: {@code <div><p>字</p>} repeated with its divs never closed (each paragraph one level deeper), and plain
 * nested {@code <div>}s around one paragraph. Before the fix, 4,000 unclosed divs took 22.5 s (the extraction
 * measured every candidate block's whole subtree again); linear extraction grows with the page.
 *
 * <pre>
 * ./mvnw -q -DskipTests package -pl bench -am
 * java -Xss8m -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.HtmlExtraction [--rounds 3]
 * </pre>
 *
 * The depth limit ({@code sinoscope.intake.max-html-depth}, 1,000) is lifted here, so the deep pages are extracted
 * rather than refused. Each size is extracted {@code rounds} times after one warm-up; the best round is reported, by
 * this thread's CPU time (which other processes on the machine do not inflate) and by the wall clock.
 */
public final class HtmlExtraction {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HtmlExtraction() {
    }

    public static void main(String[] args) {
        int rounds = Options.parse(args).integer("rounds", 3);
        HtmlArticleExtractor extractor = new HtmlArticleExtractor(new MainContentLocator(), 1_000_000);
        int[] sizes = {1_000, 2_000, 4_000, 8_000, 10_000, 16_000};
        System.out.printf("%-28s %8s %12s %12s %10s%n", "page", "elements", "cpu ms", "wall ms", "text chars");
        run(extractor, "unclosed <div><p>字</p>", n -> "<div><p>字</p>".repeat(n), sizes, rounds);
        run(extractor, "nested <div> around <p>", n -> "<div>".repeat(n) + "<p>字字字字字字字字字字</p>"
                + "</div>".repeat(n), sizes, rounds);
    }

    private static void run(HtmlArticleExtractor extractor, String name, IntFunction<String> page, int[] sizes,
            int rounds) {
        for (int size : sizes) {
            String html = page.apply(size);
            extractor.extract(html);
            long bestCpu = Long.MAX_VALUE;
            long bestWall = Long.MAX_VALUE;
            int chars = 0;
            for (int round = 0; round < rounds; round++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                chars = extractor.extract(html).text().length();
                bestCpu = Math.min(bestCpu, THREADS.getCurrentThreadCpuTime() - cpu);
                bestWall = Math.min(bestWall, System.nanoTime() - wall);
            }
            System.out.printf("%-28s %8d %12.1f %12.1f %10d%n", name, size, bestCpu / 1e6, bestWall / 1e6, chars);
        }
    }
}
