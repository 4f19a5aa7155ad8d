package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.sinoscope.text.TextAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Characters per second of the full text-analysis pipeline (cleanup, script/region, conversion, segmentation, NER,
 * linking, facts, topics, keywords, summary) next to raw HanLP NER over the same texts, in the same JVM, one thread.
 *
 * <pre>
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.AnalysisThroughput \
 *     [--corpus samples/corpus/articles.ndjson] [--seconds 20]
 * </pre>
 *
 * Inputs are the project's own demo articles (all three regional styles), joined into ~2,000-character articles.
 *
 * <p>The baseline is the segmenter the pipeline itself builds ({@code io.sinoscope.text.segment.Segmenter}): person,
 * place and organisation recognition, custom dictionary (which holds the gazetteer once the analyzer is loaded),
 * offsets. It runs on the texts as given ("raw"), and, for reference, on the pipeline's normalised Simplified text,
 * which is what the pipeline actually segments.
 *
 * <p>The workloads alternate article by article, so a busy machine slows them alike, and each is timed both by the
 * wall clock and by this thread's CPU time; the ratio is taken from CPU time, which other processes on the machine
 * do not inflate. Articles per second of 2,000 characters are per core.
 */
public final class AnalysisThroughput {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AnalysisThroughput() {
    }

    /** Time spent in one workload: wall and thread-CPU nanoseconds, characters processed. */
    private static final class Meter {
        final String name;
        final ToIntFunction<Integer> work;
        long wallNanos;
        long cpuNanos;
        long chars;
        long sink;

        Meter(String name, ToIntFunction<Integer> work) {
            this.name = name;
            this.work = work;
        }

        void run(int article, int length) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            sink += work.applyAsInt(article);
            wallNanos += System.nanoTime() - wall;
            cpuNanos += THREADS.getCurrentThreadCpuTime() - cpu;
            chars += length;
        }

        double perCpuSecond() {
            return chars / (cpuNanos / 1e9);
        }

        double perWallSecond() {
            return chars / (wallNanos / 1e9);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path corpus = Path.of(options.get("corpus", "samples/corpus/articles.ndjson"));
        int seconds = options.integer("seconds", 20);
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure thread CPU time");
        }
        THREADS.setThreadCpuTimeEnabled(true);
        List<String> articles = articles(corpus);
        long chars = articles.stream().mapToLong(String::length).sum();
        System.out.printf("%d articles, %d characters on average%n", articles.size(), chars / articles.size());

        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        List<String> normalized = articles.stream().map(text -> analyzer.normalize(text).normalized()).toList();
        // The configuration Segmenter.segment uses; built per call there too.
        java.util.function.Supplier<Segment> segmenter = () -> HanLP.newSegment().enableNameRecognize(true)
                .enablePlaceRecognize(true).enableOrganizationRecognize(true).enableCustomDictionary(true)
                .enableOffset(true);
        for (int round = 0; round < 2; round++) {
            Meter pipeline = new Meter("full pipeline", i -> analyzer.analyze(articles.get(i)).entities().size());
            Meter raw = new Meter("raw HanLP NER", i -> segmenter.get().seg(articles.get(i)).size());
            Meter rawNormalized = new Meter("raw HanLP NER on the normalised text",
                    i -> segmenter.get().seg(normalized.get(i)).size());
            long deadline = System.nanoTime() + (long) (seconds / 2.0 * 1e9);
            for (int i = 0; System.nanoTime() < deadline; i++) {
                int article = i % articles.size();
                int length = articles.get(article).length();
                pipeline.run(article, length);
                raw.run(article, length);
                rawNormalized.run(article, length);
            }
            System.out.printf("%s (%d articles each):%n", round == 0 ? "warm-up" : "measured", pipeline.chars / (chars / articles.size()));
            for (Meter meter : List.of(pipeline, raw, rawNormalized)) {
                System.out.printf("  %-38s %,10.0f chars/CPU-s (%4.0f articles of 2,000 chars/s per core), %,10.0f chars/wall-s%n",
                        meter.name, meter.perCpuSecond(), meter.perCpuSecond() / 2000, meter.perWallSecond());
            }
            System.out.printf("  pipeline at %.0f%% of raw HanLP NER by CPU time (%.0f%% by wall clock; %.0f%% of it on the "
                            + "normalised text)%n", 100 * pipeline.perCpuSecond() / raw.perCpuSecond(),
                    100 * pipeline.perWallSecond() / raw.perWallSecond(),
                    100 * pipeline.perCpuSecond() / rawNormalized.perCpuSecond());
            if (pipeline.sink + raw.sink + rawNormalized.sink == Long.MIN_VALUE) {
                System.out.println();
            }
        }
    }

    private static List<String> articles(Path corpus) throws Exception {
        var json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                texts.add(json.readTree(line).path("text").asText());
            }
        }
        // Articles of ~2,000 characters: each text followed by the next ones until long enough.
        List<String> articles = new ArrayList<>();
        for (int start = 0; start < texts.size(); start++) {
            StringBuilder article = new StringBuilder();
            for (int k = start; article.length() < 2000; k++) {
                article.append(texts.get(k % texts.size())).append('\n');
            }
            articles.add(article.toString());
        }
        return articles;
    }
}
