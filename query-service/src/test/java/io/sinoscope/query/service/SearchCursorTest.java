package io.sinoscope.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.SearchRequest.SortOrder;
import io.sinoscope.query.search.SortKey;
import io.sinoscope.support.problem.ProblemException;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    private static SearchRequest request(String q, SortOrder sort, String region) {
        return new SearchRequest(QueryParser.parse(q), Instant.parse("2025-01-01T00:00:00Z"), null, null, region,
                null, null, sort, 0, 10);
    }

    private static final SearchRequest REQUEST = request("碲锭 OR 碲錠", SortOrder.RELEVANCE, null);

    @Test
    void aCursorReadsBackAsWritten() {
        for (SortKey key : new SortKey[] {new SortKey(3.1415927f, 1_746_086_400_000L, "cp-copy-a"),
                new SortKey(0f, SortKey.UNDATED, "文章-一"), new SortKey(Float.MIN_VALUE, 0L, null)}) {
            SearchCursor written = SearchCursor.after(key, REQUEST, 1_765_000_000_000L);
            String token = written.encode();
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            assertEquals(written, SearchCursor.decode(token, REQUEST));
        }
        // The page size may change between pages.
        SearchRequest bigger = new SearchRequest(REQUEST.query(), REQUEST.from(), null, null, null, null, null,
                SortOrder.RELEVANCE, 0, 100);
        SearchCursor.decode(SearchCursor.after(new SortKey(1f, 2L, "x"), REQUEST, 3L).encode(), bigger);
    }

    @Test
    void aCursorOfAnotherSearchOrAlteredIsAProblem() {
        String token = SearchCursor.after(new SortKey(1.5f, 1L, "cp-tw-stock"), REQUEST, 3L).encode();
        assertProblem(token, request("碲锭", SortOrder.RELEVANCE, null), "another q");
        assertProblem(token, request("碲锭 OR 碲錠", SortOrder.RELEVANCE, "TW"), "other filters");
        assertProblem(token, request("碲锭 OR 碲錠", SortOrder.DATE, null), "sorted by relevance, not date");
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        for (int i = 1; i < bytes.length; i++) {
            byte[] edited = bytes.clone();
            edited[i] ^= 0x10;
            assertProblem(Base64.getUrlEncoder().withoutPadding().encodeToString(edited), REQUEST, "nextCursor");
        }
        byte[] stale = bytes.clone();
        stale[0] = 2;
        assertProblem(Base64.getUrlEncoder().withoutPadding().encodeToString(stale), REQUEST, "format version 2");
        assertProblem(token.substring(0, token.length() - 3), REQUEST, "nextCursor");
        assertProblem("", REQUEST, "empty");
        assertProblem("{\"after\":1}", REQUEST, "base64url");
        assertProblem("A".repeat(2000), REQUEST, "longer than any");
    }

    private static void assertProblem(String token, SearchRequest request, String detail) {
        ProblemException problem = assertThrows(ProblemException.class, () -> SearchCursor.decode(token, request));
        assertTrue(problem.getMessage().contains(detail),
                token + ": " + problem.getMessage());
    }
}
