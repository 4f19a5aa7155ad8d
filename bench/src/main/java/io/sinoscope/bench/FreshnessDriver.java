package io.sinoscope.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Freshness: how long after ingest accepts an article (its 202) a search lists it, at a fixed ingest rate, against a
 * running stack. Issue 10 target: p95 ≤ 2 s at 50 articles/s.
 *
 * <pre>
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.FreshnessDriver \
 *     [--rate 50] [--seconds 60] [--warmup 5] [--chars 2000] [--filler words] [--poll-ms 100] [--drain 30] \
 *     [--ingest http://localhost:8081] [--query http://localhost:8083] [--api-key KEY] \
 *     [--kafka localhost:19092] [--pids .sinoscope/pids] [--json FILE]
 *   --max [--steps 25,50,100,150,200,300,400] [--step-seconds 20]
 *     steps the rate up and reports the highest one whose backlog stayed bounded
 * </pre>
 *
 * Articles are {@link SyntheticCorpus} ones (~2,000 characters, none a near-duplicate of another), published "now",
 * one {@code POST /api/v1/articles} each. Their filler is {@code words} from a {@link WordVocabulary} by default: the
 * term distribution of news text. {@code --filler characters} draws random characters instead (the ingest
 * benchmark's filler), which makes nearly every bigram of every article a new term: a worst case for the index,
 * whose merges then spend their time writing a terms dictionary that grows with every article. Every article of a
 * run carries the run's marker word (a Latin token
 * such as {@code fresh3k9xq}, which query-service indexes whole) and the run's own source, so one search
 * ({@link FreshnessPoller}, every 100 ms) finds exactly this run's articles. Requests leave on a fixed schedule
 * whatever the earlier answers did (open loop), so a slow service does not quietly lower the offered rate; the
 * achieved rate is reported next to it. Freshness is measured up to the response of the first poll listing the
 * article, so its resolution is the poll interval plus one search.
 *
 * <p>Each phase (warm-up, then the measured run or each step of {@code --max}) is followed by a drain: polling goes
 * on until all its articles are listed or {@code --drain} seconds pass, so one phase's backlog does not count
 * against the next. Articles still not listed then count as infinitely late.
 *
 * <p>At the end the run's records on both topics split each phase's freshness into stages ({@link FreshnessStages}),
 * so a miss names the service it comes from.
 */
public final class FreshnessDriver {

    /** Requests in flight at most; beyond it the sender waits, which shows as an achieved rate below the offered. */
    private static final int MAX_IN_FLIGHT = 256;
    private static final String DEFAULT_STEPS = "25,50,100,150,200,300,400";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI ingest;
    private final String apiKey;
    private final String marker;
    private final String source;
    private final SyntheticCorpus corpus;
    private final FreshnessTracker tracker = new FreshnessTracker();

    private FreshnessDriver(URI ingest, String apiKey, String marker, SyntheticCorpus corpus) {
        this.ingest = ingest;
        this.apiKey = apiKey;
        this.marker = marker;
        this.source = "freshness-" + marker;
        this.corpus = corpus;
    }

    /** The articles' filler: {@code words} (the term distribution of news text) or random {@code characters}. */
    static SyntheticCorpus corpus(String filler, long seed, int chars) {
        return switch (filler) {
            case "words" -> SyntheticCorpus.ofWords(seed, chars, WordVocabulary.withoutGazetteerNames(7));
            case "characters" -> new SyntheticCorpus(seed, chars);
            default -> throw new IllegalArgumentException("--filler is words or characters, not " + filler);
        };
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        ResultJson result = new ResultJson("freshness", FreshnessDriver.class, options);
        URI ingest = URI.create(options.get("ingest", "http://localhost:8081"));
        SearchClient search = new SearchClient(URI.create(options.get("query", "http://localhost:8083")));
        String apiKey = options.secret("api-key", System.getenv("SINOSCOPE_API_KEY"));
        int chars = options.integer("chars", 2000);
        int pollMillis = options.integer("poll-ms", 100);
        Duration drain = Duration.ofSeconds(options.integer("drain", 30));
        List<FreshnessPhase> phases = phases(options);
        boolean max = options.flag("max");

        String marker = marker();
        var driver = new FreshnessDriver(ingest, apiKey, marker,
                corpus(options.get("filler", "words"), marker.hashCode(), chars));
        System.out.printf("freshness: marker %s, source %s, %s%n", driver.marker, driver.source,
                max ? "rate stepped up until the backlog grows" : "fixed rate");
        List<FreshnessPhase.Result> results = new ArrayList<>();
        List<Integer> reportedPhases = new ArrayList<>();
        long runStartMillis = System.currentTimeMillis();
        long polls;
        try (ServiceMemory memory = new ServiceMemory(Path.of(options.get("pids", ".sinoscope/pids")));
                FreshnessPoller poller = new FreshnessPoller(search, driver.tracker, driver.marker, driver.source,
                        pollMillis)) {
            for (int index = 0; index < phases.size(); index++) {
                FreshnessPhase.Result phase = driver.run(phases.get(index), index, drain);
                System.out.println(row(phase));
                if (phase.phase().reported()) {
                    results.add(phase);
                    reportedPhases.add(index);
                    if (max && !phase.bounded()) {
                        break;
                    }
                }
            }
            polls = poller.polls();
            if (poller.errors() > 0) {
                System.out.printf("%d of %d polls failed%n", poller.errors(), polls);
            }
            result.services(memory);
        }
        FreshnessStages.SendTimes sent = FreshnessStages.read(options.get("kafka", "localhost:19092"), driver.source,
                runStartMillis);
        List<FreshnessStages.Split> stages = reportedPhases.stream().map(phase -> FreshnessStages.split(
                driver.tracker.samples(phase), sent, driver.tracker::epochMillis)).toList();
        report(result, results, stages, max, polls);
        System.out.println();
        System.out.print(table(results));
        System.out.println();
        System.out.print(stageTable(results, stages));
        System.out.print(result.checkLines());
        result.finish(options);
    }

    /** The warm-up, then the measured run or, with --max, every step. */
    static List<FreshnessPhase> phases(Options options) {
        int warmup = options.integer("warmup", 5);
        List<FreshnessPhase> phases = new ArrayList<>();
        if (options.flag("max")) {
            int seconds = options.integer("step-seconds", 20);
            List<Double> steps = new ArrayList<>();
            for (String step : options.get("steps", DEFAULT_STEPS).split(",")) {
                steps.add(Double.parseDouble(step.strip()));
            }
            if (warmup > 0) {
                phases.add(new FreshnessPhase("warm-up", steps.get(0), warmup, false));
            }
            steps.forEach(rate -> phases.add(new FreshnessPhase(String.format("%.0f/s", rate), rate, seconds, true)));
        } else {
            double rate = Double.parseDouble(options.get("rate", "50"));
            if (warmup > 0) {
                phases.add(new FreshnessPhase("warm-up", rate, warmup, false));
            }
            phases.add(new FreshnessPhase("measured", rate, options.integer("seconds", 60), true));
        }
        return phases;
    }

    /** A marker no other run's articles hold: "fresh" and five random letters or digits, one Latin token. */
    static String marker() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder marker = new StringBuilder("fresh");
        for (int i = 0; i < 5; i++) {
            marker.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return marker.toString();
    }

    private FreshnessPhase.Result run(FreshnessPhase phase, int index, Duration drain) throws InterruptedException {
        long count = Math.round(phase.rate() * phase.seconds());
        long periodNanos = (long) (1e9 / phase.rate());
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        AtomicLong accepted = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        long started = System.nanoTime();
        for (long i = 0; i < count; i++) {
            LockSupport.parkNanos(started + i * periodNanos - System.nanoTime());
            inFlight.acquire();
            String externalId = index + "-" + i;
            String body = corpus.markedArticle(source, externalId, marker,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            http.sendAsync(request(body), HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                lastAnswer.accumulateAndGet(now, Math::max);
                if (failure == null && willBePublished(response)) {
                    tracker.accepted(externalId, index, now);
                    accepted.incrementAndGet();
                } else if (refused.incrementAndGet() <= 3) {
                    System.err.println(externalId + " not accepted: "
                            + (failure != null ? failure : response.statusCode() + " " + response.body()));
                }
                inFlight.release();
            });
        }
        inFlight.acquire(MAX_IN_FLIGHT);
        double sendingSeconds = (lastAnswer.get() - started) / 1e9;
        long drainUntil = System.nanoTime() + drain.toNanos();
        while (tracker.pending(index) > 0 && System.nanoTime() < drainUntil) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return phase.result(count, accepted.get(), refused.get(), sendingSeconds, tracker.samples(index),
                tracker.pending(index));
    }

    private HttpRequest request(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ingest.resolve("/api/v1/articles"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        return request.build();
    }

    /** A 202 for an article ingest stored to publish: a duplicate or a rejection would never become searchable. */
    private static boolean willBePublished(HttpResponse<String> response) {
        if (response.statusCode() != 202) {
            return false;
        }
        try {
            String status = ResultJson.JSON.readTree(response.body()).path("status").asText();
            return !"DUPLICATE".equals(status) && !"REJECTED".equals(status);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static void report(ResultJson result, List<FreshnessPhase.Result> phases, List<FreshnessStages.Split> stages,
            boolean max, long polls) {
        ObjectNode results = result.results();
        results.put("mode", max ? "max" : "fixed");
        results.put("polls", polls);
        ArrayNode rows = results.putArray("phases");
        for (int i = 0; i < phases.size(); i++) {
            rows.add(phases.get(i).json(ResultJson.JSON).set("stagesMillis", stages.get(i).json(ResultJson.JSON)));
        }
        if (max) {
            // The highest step before the first unbounded one: steps after it never ran.
            double highest = Double.NaN;
            for (FreshnessPhase.Result phase : phases) {
                if (!phase.bounded()) {
                    break;
                }
                highest = phase.phase().rate();
            }
            ResultJson.put(results, "maxBoundedRate", highest);
        }
        for (FreshnessPhase.Result phase : phases) {
            if (phase.phase().rate() == Targets.FRESHNESS_RATE) {
                result.check(Check.atMost(String.format("freshness p95 at %.0f/s", Targets.FRESHNESS_RATE),
                        phase.freshness().at(95), Targets.FRESHNESS_P95_MILLIS, "ms"));
            }
        }
    }

    private static String row(FreshnessPhase.Result r) {
        return String.format("| %s | %.0f | %.1f | %d | %d | %s | %s | %s | %s | %d | %s | %s |", r.phase().name(),
                r.phase().rate(), r.achievedRate(), r.accepted(), r.refused(), millis(r.freshness().at(50)),
                millis(r.freshness().at(95)), millis(r.freshness().at(99)), millis(r.freshness().at(100)),
                r.neverListed(), Double.isNaN(r.growth()) ? "-" : String.format("%+.3f", r.growth()),
                r.bounded() ? "yes" : "NO");
    }

    static String table(List<FreshnessPhase.Result> phases) {
        StringBuilder out = new StringBuilder("| phase | offered/s | achieved/s | accepted | refused | p50 ms | p95 ms "
                + "| p99 ms | max ms | never listed | growth s/s | bounded |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        phases.forEach(phase -> out.append(row(phase)).append('\n'));
        return out.toString();
    }

    static String stageTable(List<FreshnessPhase.Result> phases, List<FreshnessStages.Split> stages) {
        StringBuilder out = new StringBuilder("| phase | articles | relay p50 / p95 ms | analysis p50 / p95 ms "
                + "| searchable p50 / p95 ms |\n|---|---|---|---|---|\n");
        for (int i = 0; i < phases.size(); i++) {
            FreshnessStages.Split split = stages.get(i);
            out.append(String.format("| %s | %d | %s / %s | %s / %s | %s / %s |%n", phases.get(i).phase().name(),
                    split.relay().count(), millis(split.relay().at(50)), millis(split.relay().at(95)),
                    millis(split.analysis().at(50)), millis(split.analysis().at(95)),
                    millis(split.searchable().at(50)), millis(split.searchable().at(95))));
        }
        return out.toString();
    }

    private static String millis(double value) {
        return Double.isFinite(value) ? String.format("%.0f", value) : "never";
    }
}
