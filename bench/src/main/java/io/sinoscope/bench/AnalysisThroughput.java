package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.sinoscope.text.TextAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 */
public final class AnalysisThroughput {

    private AnalysisThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 1 && args[0].equals("--corpus") ? args[1] : "samples/corpus/articles.ndjson");
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        List<String> articles = articles(corpus);
        long chars = articles.stream().mapToLong(String::length).sum();
        System.out.printf("%d articles, %d characters on average%n", articles.size(), chars / articles.size());

        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        Segment ner = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true).enableOffset(true);
        for (int round = 0; round < 2; round++) {
            String label = round == 0 ? "warm-up" : "measured";
            double pipeline = charsPerSecond(articles, seconds / 2.0, text -> analyzer.analyze(text).entities().size());
            double raw = charsPerSecond(articles, seconds / 2.0, text -> ner.seg(text).size());
            System.out.printf("%s: full pipeline %.0f chars/s (%.0f articles of 2,000 chars/s), raw HanLP NER %.0f "
                    + "chars/s; pipeline at %.0f%% of raw%n", label, pipeline, pipeline / 2000, raw, 100 * pipeline / raw);
        }
    }

    private static double charsPerSecond(List<String> articles, double seconds, java.util.function.ToIntFunction<String> work) {
        long chars = 0;
        long sink = 0;
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        int i = 0;
        while (System.nanoTime() < deadline) {
            String text = articles.get(i++ % articles.size());
            sink += work.applyAsInt(text);
            chars += text.length();
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        return chars / ((System.nanoTime() - started) / 1e9);
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
