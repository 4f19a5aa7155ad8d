package io.sinoscope.query.service;

import io.sinoscope.query.search.ArticleSearcher;
import io.sinoscope.query.search.SearchHit;
import io.sinoscope.query.search.SearchPage;
import io.sinoscope.query.search.SearchRequest;
import java.io.IOException;

/**
 * The hits of one search for export, walked page by page after each page's last hit (as a client following
 * {@code nextCursor} would), so no more than a page is ever held. The first page is already searched: its total
 * answers before any hit is written. Each page is searched on the index as it is then; an article indexed or removed
 * during the walk may be missed or shown, never repeated, since the sort is total.
 */
public final class SearchExport {

    private final ArticleSearcher backend;
    private final SearchRequest request;
    private final SearchPage first;
    private final int limit;
    private final int pageSize;

    /**
     * @param request the search, its entity clauses resolved, scored at a fixed instant
     * @param first   its first page, of {@code pageSize} hits or {@code limit} if fewer
     */
    SearchExport(ArticleSearcher backend, SearchRequest request, SearchPage first, int limit, int pageSize) {
        this.backend = backend;
        this.request = request;
        this.first = first;
        this.limit = limit;
        this.pageSize = pageSize;
    }

    /** What a hit is written to. */
    public interface HitSink {
        void hit(SearchHit hit) throws IOException;

        /** After each page: a place to flush, so the client receives hits as they are found. */
        void pageDone() throws IOException;
    }

    /** Every matching article, as counted when the first page was searched. */
    public long total() {
        return first.total();
    }

    /** The most hits this export writes. */
    public int limit() {
        return limit;
    }

    /** Whether more articles match than the export writes. */
    public boolean truncated() {
        return first.total() > limit;
    }

    /** Writes the hits in order, at most {@link #limit()} of them. */
    public void writeTo(HitSink sink) throws IOException {
        SearchPage page = first;
        int written = 0;
        while (true) {
            for (SearchHit hit : page.hits()) {
                if (written == limit) {
                    break;
                }
                sink.hit(hit);
                written++;
            }
            sink.pageDone();
            if (page.next() == null || written >= limit) {
                return;
            }
            page = backend.search(request.after(page.next(), Math.min(pageSize, limit - written),
                    request.scoredAt()));
        }
    }
}
