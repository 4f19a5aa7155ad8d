package io.sinoscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sinoscope.text.TextAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the full analysis ({@code TextAnalyzer.analyze}) scales with text length on adversarial texts: each family is
 * one pattern repeated to 1k, 10k, 30k, 100k and 300k characters, and the figure is CPU milliseconds per 1,000
 * characters. Linear analysis keeps that figure flat across sizes; a step that rescans a clause or sentence per
 * match makes it grow with the size (issue 21: 增速5%， × 16,000 took 7.1 s).
 *
 * <pre>
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.AdversarialScaling \
 *     [--sizes 1000,10000,30000,100000,300000] [--families percent,tariff,...] [--min-seconds 2]
 *     [--skip-after 90] [--corpus samples/corpus/articles.ndjson] [--json FILE]
 * </pre>
 *
 * Each size runs at least once and is repeated until {@code --min-seconds} of CPU time are spent; after a warm-up on
 * the smallest size. A family whose single run took longer than {@code --skip-after} seconds skips its larger sizes
 * (reported as skipped), so a quadratic family does not hold the machine for an hour.
 */
public final class AdversarialScaling {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Instant PUBLISHED = Instant.parse("2026-10-14T02:20:00Z");

    private AdversarialScaling() {
    }

    /** The repeated units, one per family. */
    static Map<String, List<String>> families(String newsMix) {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("percent", List.of("增速5%，"));
        families.put("percent-sentence", List.of("中国经济增速5%，"));
        families.put("tariff", List.of("美国对中国商品加征关税由10%提高至25%，"));
        families.put("tariff-variants", List.of("美国对中国商品加征关税由10%提高至25%，", "关税下调至10%，",
                "对日本汽车加征15%关税，", "维持13%税率。", "关税下调10个百分点至47%；", "暂停实施24%的额外关税，"));
        families.put("money", List.of("投资5000亿美元（约3.5万亿元人民币），", "人民币300亿元，"));
        families.put("quantity", List.of("进口1200万吨美国大豆，", "出动300名警员，"));
        families.put("dates", List.of("2026年10月13日，", "上周二，", "11月1日起，"));
        families.put("names", List.of("特朗普与习近平会见，", "英伟达和商务部、", "川普在华盛顿表示，"));
        families.put("no-punctuation", List.of("经济增速5%关税由10%提高至25%投资50亿美元进口12万吨特朗普"));
        families.put("news", List.of(newsMix));
        return families;
    }

    /** {@code units} repeated in turn until exactly {@code length} characters. */
    static String repeat(List<String> units, int length) {
        StringBuilder text = new StringBuilder(length + 64);
        for (int i = 0; text.length() < length; i++) {
            text.append(units.get(i % units.size()));
        }
        text.setLength(length);
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        ResultJson result = new ResultJson("adversarial-scaling", AdversarialScaling.class, options);
        List<Integer> sizes = new ArrayList<>();
        for (String size : options.get("sizes", "1000,10000,30000,100000,300000").split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        double minSeconds = Double.parseDouble(options.get("min-seconds", "2"));
        double skipAfter = Double.parseDouble(options.get("skip-after", "90"));
        Map<String, List<String>> all = families(newsMix(Path.of(options.get("corpus", "samples/corpus/articles.ndjson"))));
        List<String> wanted = List.of(options.get("families", String.join(",", all.keySet())).split(","));

        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            for (String family : wanted) {
                analyzer.analyze(repeat(all.get(family), sizes.get(0)), PUBLISHED);
            }
        }

        ObjectNode perFamily = result.results().putObject("cpuMillisPer1000Chars");
        StringBuilder table = new StringBuilder("| family |");
        sizes.forEach(size -> table.append(' ').append(size / 1000).append("k |"));
        table.append(" largest / smallest |\n|---|");
        sizes.forEach(size -> table.append("---|"));
        table.append("---|\n");
        for (String family : wanted) {
            ObjectNode node = perFamily.putObject(family);
            table.append("| ").append(family).append(" |");
            double first = Double.NaN;
            double last = Double.NaN;
            boolean skipping = false;
            for (int size : sizes) {
                if (skipping) {
                    node.putNull(Integer.toString(size));
                    table.append(" skipped |");
                    continue;
                }
                String text = repeat(all.get(family), size);
                long cpu = 0;
                long slowest = 0;
                int runs = 0;
                long sink = 0;
                while (runs == 0 || cpu < minSeconds * 1e9) {
                    long before = THREADS.getCurrentThreadCpuTime();
                    sink += analyzer.analyze(text, PUBLISHED).facts().size();
                    long spent = THREADS.getCurrentThreadCpuTime() - before;
                    cpu += spent;
                    slowest = Math.max(slowest, spent);
                    runs++;
                }
                double perThousand = cpu / 1e6 / runs / (size / 1000.0);
                ResultJson.put(node, Integer.toString(size), perThousand);
                table.append(String.format(" %.2f |", perThousand));
                System.out.printf("%-16s %7d chars: %9.3f ms per 1,000 chars (%d runs, %d facts)%n", family, size,
                        perThousand, runs, sink / runs);
                first = Double.isNaN(first) ? perThousand : first;
                last = perThousand;
                skipping = slowest / 1e9 > skipAfter;
            }
            table.append(String.format(" %.1f× |%n", last / first));
        }
        System.out.println();
        System.out.print(table);
        result.finish(options);
    }

    /** The demo corpus' texts joined: ordinary news, the control family. */
    private static String newsMix(Path corpus) throws Exception {
        StringBuilder mix = new StringBuilder();
        for (String line : Files.readAllLines(corpus)) {
            if (!line.isBlank()) {
                JsonNode article = ResultJson.JSON.readTree(line);
                mix.append(article.path("text").asText()).append('\n');
            }
        }
        return mix.toString();
    }
}
