package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.sinoscope.contracts.ArticleIngested;
import io.sinoscope.contracts.Topics;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Fills a running stack's query-service with synthetic articles for {@link QueryLatency}.
 *
 * <pre>
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.QueryIndexFill \
 *     (--articles 100000 | --up-to 100000) [--chars 2000] [--kafka localhost:19092] [--query http://localhost:8083] \
 *     [--threads 2]
 * </pre>
 *
 * Articles are published as {@code articles.ingested} events, the contract ingest-service writes, so the real
 * nlp-service analyses them (its consumers in parallel) and query-service stores and indexes exactly what the pipeline
 * makes: normalised bigrams, linked entity ids, topics, regions, offset maps. ingest-service is bypassed: it is
 * measured by {@link IngestThroughput} and is the slowest stage, which would only stretch the fill. The filler words
 * follow a Zipf distribution ({@link WordVocabulary}) and name no gazetteer entity, dates spread over 2026. Waits until query-service serves
 * every article and prints the rate.
 */
public final class QueryIndexFill {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final Instant FIRST_DAY = Instant.parse("2026-01-01T00:00:00Z");
    static final int DAYS = 365;

    private QueryIndexFill() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int chars = options.integer("chars", 2000);
        int threads = options.integer("threads", 2);
        String source = options.get("source", "qbench-" + UUID.randomUUID().toString().substring(0, 8));
        SearchClient search = new SearchClient(URI.create(options.get("query", "http://localhost:8083")));
        String kafka = options.get("kafka", "localhost:19092");

        long before = search.articles(null);
        // --up-to: only what is missing, so the launcher's query benchmark grows one corpus run after run.
        long upTo = options.integer("up-to", 0);
        int articles = upTo > 0 ? (int) Math.max(0, upTo - before) : options.integer("articles", 10_000);
        if (articles == 0) {
            System.out.printf("query fill: query-service already holds %d articles (--up-to %d)%n", before, upTo);
            return;
        }
        System.out.printf("query fill: %d articles of ~%d characters, source %s, %d generator threads; "
                + "query-service holds %d articles%n", articles, chars, source, threads, before);
        long started = System.nanoTime();
        publish(kafka, source, articles, chars, threads);
        System.out.printf("published %d articles.ingested events in %.1f s%n", articles,
                (System.nanoTime() - started) / 1e9);
        long served;
        long lastReport = 0;
        while ((served = search.articles(source)) < articles) {
            long now = System.nanoTime();
            if (now - lastReport > 10e9) {
                double seconds = (now - started) / 1e9;
                System.out.printf("%.0f s: %d of %d searchable (%.0f/s)%n", seconds, served, articles, served / seconds);
                lastReport = now;
            }
            Thread.sleep(1000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("all %d articles searchable after %.1f s: %.0f articles/s analysed, stored and indexed "
                + "end to end; query-service now holds %d%n", served, seconds, served / seconds, search.articles(null));
    }

    /** Generation in parallel (each thread its own seeded share of the corpus); one producer, as it is thread-safe. */
    private static void publish(String kafka, String source, int articles, int chars, int threads) throws Exception {
        WordVocabulary words = WordVocabulary.withoutGazetteerNames(7);
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, "20"),
                new StringSerializer(), new StringSerializer())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    SyntheticCorpus corpus = SyntheticCorpus.forSearch(thread, chars, words, FIRST_DAY, DAYS);
                    for (int i = thread; i < articles; i += threads) {
                        ArticleIngested event = event(source, "q" + i, corpus.article());
                        producer.send(new ProducerRecord<>(Topics.ARTICLES_INGESTED, event.id(),
                                JSON.writeValueAsString(event)));
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            producer.flush();
        }
    }

    private static ArticleIngested event(String source, String externalId, SyntheticCorpus.SyntheticArticle article)
            throws Exception {
        // These events bypass ingest-service (which gives each new article a random id): a stable id per source +
        // externalId makes a rerun of the fill replace its articles instead of adding copies; the hash names the version.
        String id = UUID.nameUUIDFromBytes((source + "\u0000" + externalId).getBytes(StandardCharsets.UTF_8)).toString();
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((article.title() + "\n" + article.text()).getBytes(StandardCharsets.UTF_8));
        return new ArticleIngested(ArticleIngested.SCHEMA_VERSION, id, externalId, source,
                "https://bench.example/" + source + "/" + externalId, article.title(), article.text(),
                article.publishedAt(), "zh", HexFormat.of().formatHex(digest), Instant.now(), null);
    }
}
