package io.sinoscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The freshness benchmark's one search client: every {@code interval} it asks query-service for the run's articles
 * ({@code q=<marker>&source=<source>&sort=date&size=20}) and reports the externalIds listed to the tracker. One
 * query for the whole run, never one per article, so the measurement adds a fixed ten searches a second to the
 * service, whatever the ingest rate.
 *
 * <p>The newest twenty are normally enough (at 100 articles/s, ten are new per poll). A page costs query-service a
 * stored document and a highlight per hit: at a hundred per page the poller alone took a third of the service's CPU
 * while it indexed 25 articles a second, which measured the benchmark, not the pipeline. When the search counts more
 * matches than the tracker has seen (a burst became visible at once, or the pipeline reordered articles by more than
 * a page), the same poll walks further pages until it has seen them all, up to the service's window of 10,000 hits.
 */
final class FreshnessPoller implements AutoCloseable {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGES = 10_000 / PAGE_SIZE;

    /** One page of a search: the total the service counts and the externalIds listed, newest first. */
    record Page(long total, List<String> externalIds) {

        static Page parse(ObjectMapper json, String body) throws IOException {
            JsonNode result = json.readTree(body);
            List<String> ids = new ArrayList<>();
            result.path("hits").forEach(hit -> ids.add(hit.path("externalId").asText()));
            return new Page(result.path("total").asLong(), ids);
        }

        /** Whether some match is on a later page: this one is full and fewer than the total have been seen. */
        boolean more(int seen) {
            return externalIds.size() == PAGE_SIZE && seen < total;
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final SearchClient search;
    private final FreshnessTracker tracker;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final long intervalNanos;
    private final Thread thread;
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile boolean running = true;

    FreshnessPoller(SearchClient search, FreshnessTracker tracker, String marker, String source, long intervalMillis) {
        this.search = search;
        this.tracker = tracker;
        this.intervalNanos = intervalMillis * 1_000_000;
        query.put("q", marker);
        query.put("source", source);
        query.put("sort", "date");
        query.put("size", Integer.toString(PAGE_SIZE));
        thread = new Thread(this::loop, "freshness-poller");
        thread.setDaemon(true);
        thread.start();
    }

    long polls() {
        return polls.get();
    }

    long errors() {
        return errors.get();
    }

    private void loop() {
        long next = System.nanoTime();
        while (running) {
            try {
                poll();
            } catch (IOException e) {
                if (errors.incrementAndGet() <= 3) {
                    System.err.println("poll failed: " + e.getMessage());
                }
            } catch (InterruptedException e) {
                return;
            }
            // Fixed schedule: a slow poll is followed at once by the next, not by a full interval.
            next += intervalNanos;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            } else {
                next = System.nanoTime();
            }
        }
    }

    private void poll() throws IOException, InterruptedException {
        polls.incrementAndGet();
        Page page;
        int number = 0;
        do {
            Map<String, String> parameters = new LinkedHashMap<>(query);
            if (number > 0) {
                parameters.put("page", Integer.toString(number));
            }
            page = Page.parse(json, search.search(search.uri(parameters)));
            tracker.listed(page.externalIds(), System.nanoTime());
        } while (page.more(tracker.listedCount()) && ++number < MAX_PAGES);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }
}
