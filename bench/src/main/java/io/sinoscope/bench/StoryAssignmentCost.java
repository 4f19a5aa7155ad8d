package io.sinoscope.bench;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.contracts.ExtractedFact;
import io.sinoscope.query.story.StoryClusterer;
import io.sinoscope.query.story.StoryClusteringConfig;
import io.sinoscope.query.story.StoryEvidence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What it costs the story clusterer (query-service, {@code io.sinoscope.query.story}) to assign one article, in this
 * JVM, one thread, no stack: synthetic enriched events (the analysis is nlp-service's cost, measured elsewhere) for
 * {@code articles} articles reporting {@code articles / 4} events, one to eight reports each from the three regions,
 * 600 characters of normalised text drawn from an event vocabulary and common words, two common and two rare
 * entities (the person with a transliterated name, so it gets phonetic keys), three figures, a tariff measure on one
 * event in three. Timed per article: reading the event as evidence ({@code StoryEvidence.of}: entity keys, figure
 * keys, the regional vocabulary fold) and the assignment.
 *
 * <pre>
 * ./mvnw -q -DskipTests package -pl bench -am
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.StoryAssignmentCost [--articles 10000]
 * </pre>
 *
 * Two arrival patterns: a burst (every article within one hour, so nothing is evicted and every story stays a
 * candidate: the index at its largest) and a steady stream (the same articles over ten days, with eviction behind
 * the four-day window). Each runs once to warm up and once measured, on a fresh clusterer; reported per article in
 * microseconds: this thread's CPU time (which other processes on the machine do not inflate), of it the CPU time of
 * {@code StoryEvidence.of} alone (a separate pass), and the wall time of reading and assigning as mean, median, 99th
 * percentile and maximum.
 */
public final class StoryAssignmentCost {

    /** Common words and characters every article's text is partly drawn from. */
    static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你"
            + "发展经济市场政府企业国际合作表示宣布进口出口关税政策部门官员会议记者问题影响增长投资产业技术";

    /** Characters Chinese writes foreign names with, for a person whose name gets phonetic keys. */
    private static final String TRANSLITERATION = "阿巴贝比波布达德迪多杜尔菲弗格哈赫霍基吉卡科克拉莱兰里利罗卢马曼梅米莫穆纳尼诺帕佩皮普萨塞斯索塔特托瓦维沃西扎泽";

    private static final String[] REGIONS = {"CN", "TW", "HK"};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StoryAssignmentCost() {
    }

    public static void main(String[] args) {
        int articles = Options.parse(args).integer("articles", 10_000);
        System.out.printf("%-8s %8s %10s %12s %10s %10s %10s %10s %8s%n", "arrival", "articles", "cpu µs",
                "evidence µs", "mean µs", "p50 µs", "p99 µs", "max µs", "stories");
        run("burst", generate(articles, Duration.ofHours(1), 1));
        run("steady", generate(articles, Duration.ofDays(10), 1));
    }

    private static void run(String name, List<ArticleEnriched> input) {
        assignAll(input);
        long[] nanos = new long[input.size()];
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < input.size(); i++) {
            long start = System.nanoTime();
            clusterer.assign(StoryEvidence.of(input.get(i)));
            nanos[i] = System.nanoTime() - start;
        }
        double cpuPerArticle = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / input.size();
        long evidenceCpu = THREADS.getCurrentThreadCpuTime();
        int read = 0;
        for (ArticleEnriched article : input) {
            read += StoryEvidence.of(article).entities().size();
        }
        double evidencePerArticle = (THREADS.getCurrentThreadCpuTime() - evidenceCpu) / 1e3 / input.size();
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e3;
        System.out.printf("%-8s %8d %10.1f %12.1f %10.1f %10.1f %10.1f %10.1f %8d%n", name, input.size(),
                cpuPerArticle, evidencePerArticle, mean, sorted[sorted.length / 2] / 1e3,
                sorted[(int) (sorted.length * 0.99)] / 1e3, sorted[sorted.length - 1] / 1e3,
                read > 0 ? clusterer.liveStories() : 0);
    }

    private static int assignAll(List<ArticleEnriched> input) {
        StoryClusterer clusterer = new StoryClusterer(StoryClusteringConfig.defaults());
        input.forEach(article -> clusterer.assign(StoryEvidence.of(article)));
        return clusterer.liveStories();
    }

    /** Seeded: the same arguments give the same articles, in publication order. */
    static List<ArticleEnriched> generate(int articles, Duration span, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int events = Math.max(1, articles / 4);
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        List<ArticleEnriched> out = new ArrayList<>(articles);
        int event = 0;
        while (out.size() < articles) {
            Instant eventTime = start.plusMillis((long) ((double) span.toMillis() * event / events));
            String vocabulary = hanRun(random, 40);
            String person = pick(random, TRANSLITERATION, 4);
            List<EnrichedEntity> entities = List.of(
                    entity("Q" + random.nextInt(20), "LOCATION", hanRun(random, 2)),
                    entity("Q" + random.nextInt(20), "LOCATION", hanRun(random, 2)),
                    entity("org:" + random.nextInt(5_000), "ORGANIZATION", hanRun(random, 4)),
                    entity("unlinked:person:" + person, "PERSON", person));
            List<ExtractedFact> facts = new ArrayList<>();
            if (event % 3 == 0) {
                facts.add(new ExtractedFact("tariff_change", "", 10.0 + random.nextInt(90), "%", null, null, 0, 0,
                        Map.of("imposing_country", "c" + random.nextInt(20), "affected_country",
                                "c" + random.nextInt(20), "goods", hanRun(random, 3), "from", 10.0)));
            }
            facts.add(new ExtractedFact("percent", "", (double) random.nextInt(100), "%", null, null, 0, 0, Map.of()));
            facts.add(new ExtractedFact("money", "", 1e8 * (1 + random.nextInt(500)), null, "CNY", null, 0, 0,
                    Map.of()));
            int reports = 1 + random.nextInt(8);
            for (int r = 0; r < reports && out.size() < articles; r++) {
                Instant at = eventTime.plusSeconds(random.nextInt(6 * 3600));
                String title = pick(random, vocabulary, 12);
                String text = body(random, vocabulary, 600);
                out.add(new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, "a" + out.size(), null, "bench", null,
                        title, text, at, null, title, text, "SIMPLIFIED", REGIONS[random.nextInt(REGIONS.length)],
                        1.0, entities, facts, List.of(), List.of(), null, "bench", at, null, null, 1L));
            }
            event++;
        }
        out.sort((a, b) -> a.publishedAt().compareTo(b.publishedAt()));
        return out;
    }

    private static EnrichedEntity entity(String id, String type, String name) {
        return new EnrichedEntity(id, name, type, List.of(new EntityMention(name, 0, name.length(), 0.9)));
    }

    private static String body(SplittableRandom random, String vocabulary, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length) {
            text.append(random.nextInt(10) < 6 ? pick(random, vocabulary, 6) : pick(random, COMMON, 6));
            text.append(random.nextInt(4) == 0 ? "。" : "，");
        }
        return text.toString();
    }

    private static String pick(SplittableRandom random, String from, int length) {
        int at = random.nextInt(Math.max(1, from.length() - length));
        return from.substring(at, Math.min(from.length(), at + length));
    }

    private static String hanRun(SplittableRandom random, int length) {
        StringBuilder run = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            run.append((char) (0x4E00 + random.nextInt(0x5200)));
        }
        return run.toString();
    }
}
