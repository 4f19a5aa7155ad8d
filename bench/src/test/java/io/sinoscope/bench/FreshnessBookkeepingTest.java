package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The freshness driver's arithmetic: matching polls to accepted articles, percentiles, the bounded-backlog rule. */
class FreshnessBookkeepingTest {

    private static final long MS = 1_000_000;

    @Test
    void freshnessRunsFromTheAcceptanceToTheFirstPollListingTheArticle() {
        FreshnessTracker tracker = new FreshnessTracker();
        tracker.accepted("a", 1, 1000 * MS);
        tracker.accepted("b", 1, 1100 * MS);
        tracker.accepted("w", 0, 900 * MS);

        assertEquals(1, tracker.listed(List.of("a"), 1400 * MS));
        assertEquals(1, tracker.listed(List.of("a", "b"), 1500 * MS), "a was listed before: only b is new");
        assertEquals(0, tracker.listed(List.of("a", "b"), 1600 * MS));

        List<Double> millis = tracker.samples(1).stream().map(FreshnessTracker.Sample::millis).sorted().toList();
        assertEquals(List.of(400.0, 400.0), millis);
        assertEquals(0, tracker.pending(1));
        assertEquals(1, tracker.pending(0), "the warm-up article is still waiting");
        assertEquals(2, tracker.listedCount());
    }

    @Test
    void anArticleListedBeforeItsAcceptanceWasProcessedIsFreshAtZero() {
        FreshnessTracker tracker = new FreshnessTracker();
        tracker.listed(List.of("x"), 500 * MS);
        tracker.accepted("x", 1, 520 * MS);

        assertEquals(List.of(new FreshnessTracker.Sample("x", 520 * MS, 0.0)), tracker.samples(1));
        assertEquals(0, tracker.pending(1));
    }

    @Test
    void articlesNeverListedCountAsInfinitelyLateAndMakeTheBacklogUnbounded() {
        FreshnessPhase phase = new FreshnessPhase("measured", 50, 10, true);
        List<FreshnessTracker.Sample> samples = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            samples.add(new FreshnessTracker.Sample("a" + i, i * 20 * MS, 300));
        }

        FreshnessPhase.Result result = phase.result(100, 100, 0, 2.0, samples, 10);

        assertEquals(300, result.freshness().at(50));
        assertTrue(Double.isInfinite(result.freshness().at(95)));
        assertFalse(result.bounded());
        var json = result.json(new ObjectMapper());
        assertTrue(json.path("freshnessMillis").path("p95").isNull(), json.toString());
        assertEquals(300.0, json.path("freshnessMillis").path("p50").asDouble());
        assertEquals(50.0, json.path("achievedRate").asDouble());
    }

    @Test
    void growthIsTheSlopeOfFreshnessOverTheRun() {
        List<FreshnessTracker.Sample> flat = new ArrayList<>();
        List<FreshnessTracker.Sample> growing = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long acceptedNanos = 7_000 * MS + i * 50 * MS; // 20 per second over 10 s
            flat.add(new FreshnessTracker.Sample("f" + i, acceptedNanos, 400 + (i % 2) * 100));
            growing.add(new FreshnessTracker.Sample("g" + i, acceptedNanos, 400 + i * 50 * 0.2));
        }
        assertEquals(0, FreshnessPhase.growth(flat), 0.01);
        assertEquals(0.2, FreshnessPhase.growth(growing), 1e-9);

        FreshnessPhase phase = new FreshnessPhase("20/s", 20, 10, true);
        assertTrue(phase.result(200, 200, 0, 10, flat, 0).bounded());
        assertFalse(phase.result(200, 200, 0, 10, growing, 0).bounded(), "lag growing 0.2 s per s");
        assertFalse(phase.result(200, 150, 50, 10, flat, 0).bounded(), "ingest took 15/s of the 20/s offered");
    }

    @Test
    void aPollWalksFurtherPagesOnlyWhileMatchesAreUnseen() throws Exception {
        StringBuilder hits = new StringBuilder();
        for (int i = 0; i < FreshnessPoller.PAGE_SIZE; i++) {
            hits.append(i == 0 ? "" : ",").append("{\"id\":\"u").append(i).append("\",\"externalId\":\"1-")
                    .append(i).append("\",\"source\":\"s\"}");
        }
        var page = FreshnessPoller.Page.parse(new ObjectMapper(),
                "{\"total\":130,\"hits\":[" + hits + "],\"facets\":{}}");

        assertEquals(130, page.total());
        assertEquals("1-0", page.externalIds().get(0));
        assertTrue(page.more(100), "30 matches are on the next page");
        assertFalse(page.more(130), "all seen");
        assertFalse(new FreshnessPoller.Page(130, List.of("1-0")).more(1), "a short page is the last");
    }

    @Test
    void maxModeStepsTheRateAfterAWarmUp() {
        List<FreshnessPhase> phases = FreshnessDriver.phases(Options.parse(
                new String[] {"--max", "--steps", "25, 50,100", "--step-seconds", "5", "--warmup", "2"}));

        assertEquals(List.of(new FreshnessPhase("warm-up", 25, 2, false), new FreshnessPhase("25/s", 25, 5, true),
                new FreshnessPhase("50/s", 50, 5, true), new FreshnessPhase("100/s", 100, 5, true)), phases);
        assertEquals(List.of(new FreshnessPhase("measured", 50, 60, true)),
                FreshnessDriver.phases(Options.parse(new String[] {"--warmup", "0"})));
    }

    @Test
    void theMarkerIsOneLatinTokenOfTheRun() {
        String marker = FreshnessDriver.marker();
        assertTrue(marker.matches("fresh[a-z0-9]{5}"), marker);
    }

    @Test
    void stagesSplitEachArticlesFreshnessAtTheKafkaSendTimes() {
        // Epoch clock = nanoTime / 1e6 + 1,000,000 ms; article a: 202 at 1,000,100 ms, listed 900 ms later.
        List<FreshnessTracker.Sample> samples = List.of(new FreshnessTracker.Sample("a", 100 * MS, 900),
                new FreshnessTracker.Sample("b", 200 * MS, 1500),
                new FreshnessTracker.Sample("never-enriched", 300 * MS, 50));
        var sent = new FreshnessStages.SendTimes(
                java.util.Map.of("a", 1_000_150L, "b", 1_000_199L, "never-enriched", 1_000_310L),
                java.util.Map.of("a", 1_000_400L, "b", 1_000_700L));

        FreshnessStages.Split split = FreshnessStages.split(samples, sent, nanos -> 1_000_000 + nanos / 1e6);

        assertEquals(2, split.relay().count(), "only articles seen at every stage are split");
        assertEquals(List.of(0.0, 50.0), List.of(split.relay().at(1), split.relay().at(100)),
                "b's record was stamped 1 ms before its 202 was read: zero, not negative");
        assertEquals(List.of(250.0, 501.0), List.of(split.analysis().at(1), split.analysis().at(100)));
        assertEquals(List.of(600.0, 1000.0), List.of(split.searchable().at(1), split.searchable().at(100)));
    }
}
