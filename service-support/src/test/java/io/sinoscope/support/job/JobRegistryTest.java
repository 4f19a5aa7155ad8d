package io.sinoscope.support.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.support.problem.ProblemException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobRegistryTest {

    /** Runs a job only when the test says so, so "still running" is a state the test controls. */
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final JobRegistry registry = new JobRegistry(2, pending::add);

    @Test
    void aJobReportsItsCountersAndParametersAndSucceeds() {
        Job job = registry.startExclusive("replay", Map.of("limit", "5"), List.of("replayed", "skipped"), j -> {
            j.total(3);
            j.add("replayed", 2);
            j.add("skipped", 1);
        });
        assertEquals(Job.State.QUEUED, job.state());

        pending.pop().run();

        Job.View view = job.view();
        assertEquals("SUCCEEDED", view.state());
        assertEquals(3, view.total());
        assertEquals(Map.of("replayed", 2L, "skipped", 1L), view.counts());
        assertEquals(List.of("replayed", "skipped"), List.copyOf(view.counts().keySet()), "counters keep their order");
        assertEquals(Map.of("limit", "5"), view.parameters());
        assertTrue(view.finishedAt() != null && view.startedAt() != null);
    }

    @Test
    void aSecondJobOfTheSameTypeIsRefusedWhileTheFirstRuns() {
        Job first = registry.startExclusive("replay", Map.of(), List.of(), j -> { });

        ProblemException refused = assertThrows(ProblemException.class,
                () -> registry.startExclusive("replay", Map.of(), List.of(), j -> { }));
        assertEquals(409, refused.problem().status());
        assertTrue(refused.getMessage().contains(first.id()), refused.getMessage());
        assertTrue(refused.getMessage().contains("a replay job is already running"), refused.getMessage());
        assertTrue(refused.getMessage().contains("queued at " + first.view().createdAt()), refused.getMessage());
        assertTrue(refused.getMessage().contains("progress 0 so far"), refused.getMessage());

        registry.startExclusive("reindex", Map.of(), List.of(), j -> { });
        pending.pop().run();
        registry.startExclusive("replay", Map.of(), List.of(), j -> { });
    }

    @Test
    void aFailureIsRecordedWithItsMessage() {
        Job job = registry.startExclusive("replay", Map.of(), List.of(), j -> {
            throw new IllegalStateException("broker gone");
        });
        pending.pop().run();

        assertEquals(Job.State.FAILED, job.state());
        assertEquals("IllegalStateException: broker gone", job.view().error());
    }

    @Test
    void onlyTheLastFinishedJobsAreKept() {
        Job oldest = registry.startExclusive("a", Map.of(), List.of(), j -> { });
        pending.pop().run();
        Job middle = registry.startExclusive("a", Map.of(), List.of(), j -> { });
        pending.pop().run();
        Job newest = registry.startExclusive("a", Map.of(), List.of(), j -> { });

        assertFalse(registry.find(oldest.id()).isPresent());
        assertTrue(registry.find(middle.id()).isPresent());
        assertTrue(registry.find(newest.id()).isPresent());
    }

    @Test
    void aRecordedJobShowsItsTypeWithoutTheKindsScopeAndEveryRecordedCounter() {
        Instant started = Instant.parse("2026-01-01T00:00:00Z");
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("done", 300L);
        counts.put("removed", 2L);
        JobLedger.Entry entry = new JobLedger.Entry("j1", "reindex@query-0/7", "RUNNING", Map.of("trigger", "api"),
                800, 300, counts, "query-0/7", started, null, started.plusSeconds(60), null);

        Job.View view = JobRegistry.view(entry);

        assertEquals("reindex", view.type());
        assertEquals(List.of("done", "removed"), List.copyOf(view.counts().keySet()));
        assertEquals(300L, view.counts().get("done"));
        assertEquals(Map.of("trigger", "api"), view.parameters());
        assertEquals("300 of 800", entry.progress());
        assertEquals("republish", JobLedger.type("republish"));
    }

    @Test
    void anUnknownCounterIsAProgrammingError() {
        Job job = registry.startExclusive("a", Map.of(), List.of("done"), j -> { });
        assertThrows(IllegalArgumentException.class, () -> job.add("typo", 1));
    }
}
