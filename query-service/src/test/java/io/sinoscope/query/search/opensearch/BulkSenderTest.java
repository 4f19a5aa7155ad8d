package io.sinoscope.query.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;
import org.opensearch.client.opensearch.core.bulk.OperationType;

/**
 * The rebuild's back-pressure. The real node cannot be made to reject a bulk page on demand (its write queue size is a
 * start-up setting the runner's command line does not take), so the cluster's answers are written here, as the client
 * would have parsed them; the real node's happy path runs in OpenSearchSearchBackendTest.
 */
class BulkSenderTest {

    private final List<List<String>> sent = new ArrayList<>();
    private final List<Long> pauses = new ArrayList<>();

    @Test
    void onlyTheOverloadedOperationsAreSentAgainAfterGrowingPauses() {
        List<BulkResponse> answers = new ArrayList<>(List.of(
                response(ok("a"), overloaded("b"), ok("c"), overloaded("d")),
                response(ok("b"), overloaded("d")),
                response(ok("d"))));
        BulkSender sender = new BulkSender(page -> {
            sent.add(page.stream().map(o -> o.index().id()).toList());
            return answers.remove(0);
        }, 8, pauses::add);

        sender.sendAll(operations("a", "b", "c", "d"));

        assertEquals(List.of(List.of("a", "b", "c", "d"), List.of("b", "d"), List.of("d")), sent);
        assertEquals(List.of(100L, 200L), pauses);
    }

    @Test
    void aPageStillRejectedAfterTheLastRetryFails() {
        BulkSender sender = new BulkSender(page -> {
            sent.add(page.stream().map(o -> o.index().id()).toList());
            return response(overloaded("a"));
        }, 3, pauses::add);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sender.sendAll(operations("a")));

        assertTrue(e.getMessage().contains("after 3 retries"), e.getMessage());
        assertEquals(4, sent.size());
        assertEquals(List.of(100L, 200L, 400L), pauses);
    }

    @Test
    void anyOtherRejectionFailsAtOnceNamingTheArticle() {
        BulkSender sender = new BulkSender(page -> response(ok("a"), BulkResponseItem.of(i -> i
                .operationType(OperationType.Index).index("sinoscope-articles-1").id("b").status(400)
                .error(c -> c.type("mapper_parsing_exception").reason("failed to parse field [published_at]")))),
                8, pauses::add);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> sender.sendAll(operations("a", "b")));

        assertTrue(e.getMessage().contains("article b") && e.getMessage().contains("published_at"), e.getMessage());
        assertEquals(List.of(), pauses);
    }

    @Test
    void pausesStopGrowingAtTenSeconds() {
        List<BulkResponse> answers = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            answers.add(response(overloaded("a")));
        }
        answers.add(response(ok("a")));
        new BulkSender(page -> answers.remove(0), 9, pauses::add).sendAll(operations("a"));

        assertEquals(List.of(100L, 200L, 400L, 800L, 1600L, 3200L, 6400L, 10_000L, 10_000L), pauses);
    }

    private static List<BulkOperation> operations(String... ids) {
        List<BulkOperation> operations = new ArrayList<>();
        for (String id : ids) {
            operations.add(BulkOperation.of(o -> o.index(i -> i.index("sinoscope-articles").id(id)
                    .document(Map.of("id", id)))));
        }
        return operations;
    }

    private static BulkResponse response(BulkResponseItem... items) {
        boolean errors = List.of(items).stream().anyMatch(i -> i.error() != null);
        return BulkResponse.of(r -> r.took(1).errors(errors).items(List.of(items)));
    }

    private static BulkResponseItem ok(String id) {
        return BulkResponseItem.of(i -> i.operationType(OperationType.Index).index("sinoscope-articles-1").id(id)
                .status(201));
    }

    private static BulkResponseItem overloaded(String id) {
        return BulkResponseItem.of(i -> i.operationType(OperationType.Index).index("sinoscope-articles-1").id(id)
                .status(429).error(c -> c.type("rejected_execution_exception").reason("write queue full")));
    }
}
