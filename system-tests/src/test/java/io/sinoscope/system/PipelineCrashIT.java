package io.sinoscope.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.localstack.testing.SharedTestStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, "kill anything, lose nothing": while a client streams {@value #ARTICLES} articles into ingest-service,
 * each of the three services in turn is killed with SIGKILL mid-stream and started again a few seconds later as the
 * same instance (same port, properties, database, index directory and consumer group): nlp-service, then
 * query-service, then ingest-service itself.
 *
 * <p>The client ({@link ResilientIngest}) does what the README asks of one: a batch that got no answer (ingest down
 * or dying mid-answer) or a 503 is sent again with the same source and externalIds. At the end, once every consumer
 * group has caught up, every article ingest accepted must be found by search exactly once, stored exactly once in
 * both services' tables (with its entity mentions and facts once), published, and nothing accepted may be missing.
 *
 * <p>Each kill falls mid-stream: the client holds at a kill's threshold until the previous service is back, and
 * the kill comes once the threshold is passed, while the client goes on sending (articles more than {@value #LEAD}
 * past the threshold wait for the kill); sending goes on while the killed service is down and restarts. ingest-service is killed while it is answering a batch, so that answer breaks off
 * after some of its lines.
 */
class PipelineCrashIT {

    private static final String API_KEY = "pipeline-crash-key";
    private static final int ARTICLES = 2400;
    private static final int CHUNK = 40;
    private static final Duration PACE = Duration.ofMillis(400);
    /** How far past a kill's threshold the client may send before the kill has happened. */
    private static final int LEAD = 200;
    /** How long a killed service stays down before it is started again. */
    private static final Duration DOWN = Duration.ofSeconds(3);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String source = "pipeline-" + run;
    private final ExecutorService streamer = Executors.newSingleThreadExecutor();
    private RunningSystem system;

    @AfterEach
    void stop() throws Exception {
        streamer.shutdownNow();
        streamer.awaitTermination(30, TimeUnit.SECONDS);
        if (system != null) {
            system.close();
        }
    }

    /**
     * A fault: which service, and how many articles are sent before it is killed. {@code armed} opens when the test
     * is ready to kill it (the previous fault's service is back), {@code done} once it is killed.
     */
    private record Fault(ServiceProcess service, int after, CountDownLatch armed, CountDownLatch done) {
        Fault(ServiceProcess service, int after) {
            this(service, after, new CountDownLatch(1), new CountDownLatch(1));
        }
    }

    @Test
    void killingEachServiceMidStreamLosesNothingAndDoublesNothing() throws Exception {
        long started = System.nanoTime();
        system = RunningSystem.start(API_KEY, RunningSystem.fastFailover());
        long ready = System.nanoTime();
        NewsBriefs briefs = new NewsBriefs(source);
        ResilientIngest client = new ResilientIngest(system.ingest, API_KEY);
        List<Fault> faults = List.of(new Fault(system.nlp, 400), new Fault(system.query, 1000),
                new Fault(system.ingest, 1600));

        AtomicInteger sent = new AtomicInteger();
        Future<?> stream = streamer.submit(() -> {
            for (int first = 0; first < ARTICLES; first += CHUNK) {
                for (Fault fault : faults) {
                    if (first >= fault.after()) {
                        fault.armed().await();
                    }
                    if (first >= fault.after() + LEAD) {
                        fault.done().await();
                    }
                }
                List<Map<String, Object>> chunk = new ArrayList<>();
                for (int i = first; i < Math.min(ARTICLES, first + CHUNK); i++) {
                    chunk.add(briefs.article(i));
                }
                client.send(chunk, Duration.ofMinutes(4));
                sent.addAndGet(chunk.size());
                Thread.sleep(PACE.toMillis());
            }
            return null;
        });

        List<String> log = new ArrayList<>();
        for (Fault fault : faults) {
            ServiceProcess service = fault.service();
            fault.armed().countDown();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> sent.get() >= fault.after() || stream.isDone());
            // read just before the kill of query-service, just after the others' (a search takes a while)
            int searchable = service == system.query ? RunOutcome.searchTotal(system.query, source) : -1;
            if (service == system.ingest) {
                // kill it while it answers a batch (if none is being answered within 20 s, kill it anyway)
                try {
                    await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(1))
                            .until(() -> client.midAnswer() || stream.isDone());
                } catch (ConditionTimeoutException e) {
                    System.out.println("no batch was being answered when ingest-service was killed");
                }
            }
            if (stream.isDone()) {
                stream.get(); // the streamer failed: its exception says why
            }
            int sentAtKill = sent.get();
            long killedAt = System.nanoTime();
            service.kill();
            fault.done().countDown();
            if (searchable < 0) {
                searchable = RunOutcome.searchTotal(system.query, source);
            }
            Thread.sleep(DOWN.toMillis());
            service.restart();
            service.awaitReady(START_TIMEOUT);
            String line = String.format("%s killed with %d articles sent and %d searchable; ready again %.1f s later, "
                    + "%d sent by then", service.name(), sentAtKill, searchable, seconds(System.nanoTime() - killedAt),
                    sent.get());
            System.out.println(line);
            log.add(line);
        }
        stream.get(6, TimeUnit.MINUTES);
        long streamed = System.nanoTime();
        System.out.println("client: " + client.summary());
        assertEquals(List.of(), client.violations(), "ingest answered something a correct ingest never answers");
        assertEquals(ARTICLES, client.accepted().size(), "articles accepted");
        assertTrue(client.unanswered.get() > 0, "the client never met the ingest outage: the kill tested nothing");

        Map<String, String> accepted = client.accepted();
        RunOutcome.awaitQuiet(system, source, accepted.size(), DRAIN_TIMEOUT);
        long drained = System.nanoTime();
        RunOutcome outcome = RunOutcome.read(system.query, SharedTestStack.postgresUrls()[0], source);
        String report = String.format("PipelineCrashIT: %d articles sent, %d accepted; %s; services started in "
                        + "%.1f s, stream with the three kills %.1f s, drained %.1f s later, whole test %.1f s",
                ARTICLES, accepted.size(), outcome.summary(), seconds(ready - started), seconds(streamed - ready),
                seconds(drained - streamed), seconds(System.nanoTime() - started));
        System.out.println(report);
        for (ServiceProcess service : system.services()) {
            assertTrue(service.isAlive(), service.name() + " died; see " + service.log());
        }
        assertEquals(List.of(), outcome.problems(accepted), report + "\n" + String.join("\n", log));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
