package io.sinoscope.query.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Sends a rebuild page to OpenSearch as one bulk request, and sends again, after a growing pause, the operations the
 * cluster rejected as overloaded (HTTP 429, its write queue full). That is the rebuild's back-pressure: it goes no
 * faster than the cluster takes it. Any other rejection fails the page, naming the article and the reason.
 */
final class BulkSender {

    /** The bulk request itself: the client's {@code bulk}, or a stand-in in tests. */
    interface Send {
        BulkResponse send(List<BulkOperation> operations) throws IOException;
    }

    static final long FIRST_PAUSE_MILLIS = 100;
    static final long LONGEST_PAUSE_MILLIS = 10_000;

    private final Send send;
    private final int retries;
    private final LongConsumer pause;

    /**
     * @param retries times the rejected operations are sent again before the page fails
     * @param pause   waits the given milliseconds
     */
    BulkSender(Send send, int retries, LongConsumer pause) {
        this.send = send;
        this.retries = retries;
        this.pause = pause;
    }

    void sendAll(List<BulkOperation> operations) {
        List<BulkOperation> pending = operations;
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            BulkResponse response;
            try {
                response = send.send(pending);
            } catch (IOException e) {
                throw new UncheckedIOException("OpenSearch bulk request failed: " + e.getMessage(), e);
            }
            List<BulkOperation> rejected = overloaded(pending, response);
            if (rejected.isEmpty()) {
                return;
            }
            if (attempt >= retries) {
                throw new IllegalStateException("OpenSearch is still rejecting " + rejected.size()
                        + " articles as overloaded after " + retries + " retries");
            }
            pause.accept(Math.min(LONGEST_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << attempt));
            pending = rejected;
        }
    }

    /** The operations rejected with 429, in order; throws on any other failed item (items answer in request order). */
    private static List<BulkOperation> overloaded(List<BulkOperation> sent, BulkResponse response) {
        List<BulkOperation> rejected = new ArrayList<>();
        if (!response.errors()) {
            return rejected;
        }
        for (int i = 0; i < response.items().size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null) {
                continue;
            }
            if (item.status() != 429) {
                throw new IllegalStateException("OpenSearch refused article " + item.id() + " in " + item.index()
                        + " (HTTP " + item.status() + "): " + item.error().type() + ": " + item.error().reason());
            }
            rejected.add(sent.get(i));
        }
        return rejected;
    }
}
