package io.sinoscope.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.ExtractedFact;
import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.search.lucene.LuceneIndex;
import io.sinoscope.query.search.lucene.LuceneQueryFactory;
import io.sinoscope.query.search.lucene.LuceneSavedSearches;
import io.sinoscope.query.search.lucene.SearchQueries;
import io.sinoscope.query.watch.CompiledWatch;
import io.sinoscope.query.watch.FactCondition;
import io.sinoscope.query.watch.WatchMatch;
import io.sinoscope.query.watch.WatchRegistry;
import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * What it costs query-service to match one newly indexed article against many watches (issue 26): the service's own
 * {@link WatchRegistry} over {@link LuceneSavedSearches} (the percolation: each part of a watch filed where an article
 * finds it, only the candidates checked in full), against evaluating every watch in full on the article's
 * {@code MemoryIndex}. In this JVM, one thread, no stack; the analysis is nlp-service's cost and is not included.
 *
 * <pre>
 * ./mvnw -q -DskipTests package -pl bench -am
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.WatchMatchingCost \
 *     [--watches 10000] [--articles 100] [--rounds 2] [--json FILE]
 * ./sinoscope bench watches [ARGS]
 * </pre>
 *
 * The articles are {@link StoryAssignmentCost}'s synthetic enriched events (600 characters of an event's vocabulary
 * and common words, two place ids out of 20, an organisation out of 5,000, a person, three figures, a tariff measure
 * on one event in three, from the three regions): a day's stream of 10,000 (2,500 events), of which {@code articles}
 * evenly spaced are matched. The watches, seeded, are a deployment's mix: 70 % saved searches of
 * two words (the first a common word or a word of some event's own vocabulary, the second always an event's, so most
 * searches miss most articles and a few match those of their event), 20 % entity watches (an organisation, one in ten
 * a place), 10 % fact conditions (a tariff change on one of 20 targets, or money of at least 1e10 CNY naming an
 * organisation). Each article is first matched both ways once, which warms both up, and the two answers must be the
 * same watches (the run fails otherwise); then each way runs {@code rounds} times over the articles, timed. Reported
 * per article: mean thread CPU and wall time, and the watches matched.
 */
public final class WatchMatchingCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Articles of the stream the watches' words are drawn from. */
    private static final int STREAM = 10_000;
    /** Two-character words the common part of every article draws from (StoryAssignmentCost's COMMON). */
    private static final List<String> COMMON_WORDS = List.of("发展", "经济", "市场", "政府", "企业", "国际", "合作",
            "表示", "宣布", "进口", "出口", "关税", "政策", "部门", "官员", "会议", "记者", "问题", "影响", "增长", "投资",
            "产业", "技术");

    private WatchMatchingCost() {
    }

    /** A watch as the registry holds it, and its compiled search for evaluating it in full (null without one). */
    private record Watch(CompiledWatch compiled, Query query) {
    }

    /** Per-article figures of one way of matching. */
    private record Timing(double cpuMicros, double meanMicros, double p50Micros, double p99Micros, long matched) {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        ResultJson result = new ResultJson("watches", WatchMatchingCost.class, options);
        int watchCount = options.integer("watches", 10_000);
        int articleCount = options.integer("articles", 100);
        int rounds = options.integer("rounds", 2);

        // The watches' words come from a day's stream of 10,000 articles (2,500 events); the articles matched are an
        // even sample of it, so a watch on some event's words meets that event's reports about as often as in
        // production: rarely.
        List<ArticleEnriched> stream = StoryAssignmentCost.generate(Math.max(articleCount, STREAM), Duration.ofDays(1),
                26);
        List<ArticleEnriched> articles = new ArrayList<>();
        for (int i = 0; i < articleCount; i++) {
            articles.add(stream.get((int) ((long) i * stream.size() / articleCount)));
        }
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        LuceneQueryFactory factory = new LuceneQueryFactory(new TermVariants(analyzer), analyzer);
        long compileStart = System.nanoTime();
        List<Watch> watches = watches(watchCount, stream, factory, new SplittableRandom(26));
        WatchRegistry registry = new WatchRegistry(new LuceneSavedSearches(factory));
        registry.replaceAll(watches.stream().map(Watch::compiled).toList(), registry.generation());
        double compileSeconds = (System.nanoTime() - compileStart) / 1e9;
        System.out.printf("watch matching: %d watches (%d with a search) compiled and filed in %.1f s; %d articles, "
                        + "%d timed rounds after a warm-up%n", registry.size(),
                watches.stream().filter(w -> w.query() != null).count(), compileSeconds, articles.size(), rounds);

        BigramAnalyzer bigrams = new BigramAnalyzer();
        // The check that both ways give the same watches is also the warm-up of both.
        for (int i = 0; i < articles.size(); i++) {
            Set<String> percolated = ids(registry.match(articles.get(i)));
            Set<String> everything = evaluateAll(watches, articles.get(i), bigrams);
            if (!percolated.equals(everything)) {
                throw new IllegalStateException("article " + articles.get(i).id() + ": the registry matched "
                        + percolated.size() + " watches, evaluating every watch " + everything.size());
            }
        }
        Timing percolation = time(articles.size() * rounds, i -> registry.match(articles.get(i % articles.size()))
                .size());
        Timing everyWatch = time(articles.size() * rounds, i -> evaluateAll(watches, articles.get(i % articles.size()),
                bigrams).size());

        System.out.printf("%-22s %10s %10s %10s %10s %10s%n", "per article", "cpu µs", "mean µs", "p50 µs", "p99 µs",
                "matched");
        print("registry (percolation)", percolation, articles.size() * rounds);
        print("every watch in full", everyWatch, articles.size() * rounds);
        System.out.printf("every watch in full costs %.1f× the registry's CPU; at 25 articles/s the registry needs "
                + "%.1f %% of one core%n", everyWatch.cpuMicros() / percolation.cpuMicros(),
                percolation.cpuMicros() * 25 / 1e4);

        ObjectNode results = result.results();
        results.put("watches", registry.size());
        results.put("articles", articles.size());
        results.put("rounds", rounds);
        ResultJson.put(results, "compileSeconds", compileSeconds);
        json(results.putObject("registry"), percolation, articles.size() * rounds);
        json(results.putObject("everyWatch"), everyWatch, articles.size() * rounds);
        ResultJson.put(results, "everyWatchOverRegistryCpu", everyWatch.cpuMicros() / percolation.cpuMicros());
        result.finish(options);
    }

    private static List<Watch> watches(int count, List<ArticleEnriched> articles, LuceneQueryFactory factory,
            SplittableRandom random) {
        List<Watch> watches = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            String id = "w" + w;
            int kind = random.nextInt(10);
            if (kind < 7) {
                String first = random.nextBoolean() ? COMMON_WORDS.get(random.nextInt(COMMON_WORDS.size()))
                        : eventWord(articles, random);
                String q = first + " " + eventWord(articles, random);
                SearchRequest request = new SearchRequest(QueryParser.parse(q), null, null, null, null, null, null,
                        SearchRequest.SortOrder.DATE, 0, 1);
                watches.add(new Watch(new CompiledWatch(id, request, q, Set.of(), List.of()),
                        SearchQueries.compose(factory.build(request.query()), request, 0, 1, 0)));
            } else if (kind < 9) {
                String entity = random.nextInt(10) == 0 ? "Q" + random.nextInt(20) : "org:" + random.nextInt(5_000);
                watches.add(new Watch(new CompiledWatch(id, null, null, Set.of(entity), List.of()), null));
            } else {
                FactCondition condition = random.nextBoolean()
                        ? new FactCondition("tariff_change", null, Set.of("c" + random.nextInt(20)), null, null, null,
                                null, "tariff change")
                        : new FactCondition("money", null, null, Set.of("org:" + random.nextInt(5_000)), Set.of(), 1e10,
                                "CNY", "money");
                watches.add(new Watch(new CompiledWatch(id, null, null, Set.of(), List.of(condition)), null));
            }
        }
        return watches;
    }

    /**
     * Two adjacent characters of some article's text from its event's own vocabulary (no common character), so the
     * word is specific to the few reports of that event, as a watched name or term is.
     */
    private static String eventWord(List<ArticleEnriched> articles, SplittableRandom random) {
        String text = articles.get(random.nextInt(articles.size())).normalizedText();
        while (true) {
            int at = random.nextInt(text.length() - 1);
            char first = text.charAt(at);
            char second = text.charAt(at + 1);
            if (Character.isIdeographic(first) && Character.isIdeographic(second)
                    && StoryAssignmentCost.COMMON.indexOf(first) < 0
                    && StoryAssignmentCost.COMMON.indexOf(second) < 0) {
                return text.substring(at, at + 2);
            }
        }
    }

    /**
     * Every watch in full, none skipped: its search on the article's own MemoryIndex (the document the index holds,
     * as the registry reads it), its entities, its facts.
     */
    private static Set<String> evaluateAll(List<Watch> watches, ArticleEnriched event, BigramAnalyzer bigrams) {
        IndexedArticle article = IndexedArticle.of(event);
        IndexSearcher searcher = MemoryIndex.fromDocument(LuceneIndex.toDocument(article), bigrams).createSearcher();
        searcher.setQueryCache(null);
        Set<String> entityIds = article.entityIds();
        Set<String> matched = new HashSet<>();
        try {
            for (Watch watch : watches) {
                CompiledWatch w = watch.compiled();
                if (watch.query() != null && searcher.count(watch.query()) == 0) {
                    continue;
                }
                if (!w.entityIds().isEmpty() && w.entityIds().stream().noneMatch(entityIds::contains)) {
                    continue;
                }
                if (!w.facts().isEmpty() && !anyFact(w.facts(), event.facts(), entityIds)) {
                    continue;
                }
                matched.add(w.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matched;
    }

    private static boolean anyFact(List<FactCondition> conditions, List<ExtractedFact> facts, Set<String> entityIds) {
        for (FactCondition condition : conditions) {
            for (ExtractedFact fact : facts) {
                if (condition.matches(fact, entityIds)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> ids(List<WatchMatch> matches) {
        Set<String> ids = new HashSet<>();
        matches.forEach(m -> ids.add(m.watchId()));
        return ids;
    }

    private static Timing time(int runs, java.util.function.IntUnaryOperator match) {
        long[] nanos = new long[runs];
        long matched = 0;
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            matched += match.applyAsInt(i);
            nanos[i] = System.nanoTime() - start;
        }
        double cpuMicros = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / runs;
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Timing(cpuMicros, Arrays.stream(nanos).average().orElse(0) / 1e3, sorted[runs / 2] / 1e3,
                sorted[(int) (runs * 0.99)] / 1e3, matched);
    }

    private static void print(String name, Timing t, int runs) {
        System.out.printf("%-22s %10.1f %10.1f %10.1f %10.1f %10.2f%n", name, t.cpuMicros(), t.meanMicros(),
                t.p50Micros(), t.p99Micros(), (double) t.matched() / runs);
    }

    private static void json(ObjectNode node, Timing t, int runs) {
        ResultJson.put(node, "cpuMicrosPerArticle", t.cpuMicros());
        ResultJson.put(node, "meanMicros", t.meanMicros());
        ResultJson.put(node, "p50Micros", t.p50Micros());
        ResultJson.put(node, "p99Micros", t.p99Micros());
        ResultJson.put(node, "watchesMatchedPerArticle", (double) t.matched() / runs);
    }
}
