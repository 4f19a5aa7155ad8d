package io.sinoscope.bench;

import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.SearchRequest.SortOrder;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.search.lucene.LuceneQueryFactory;
import io.sinoscope.query.search.lucene.SearchQueries;
import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor under the service's search latency: the very Lucene query query-service runs for a request (built by its
 * own {@link LuceneQueryFactory} and {@link SearchQueries}), top ten by the same sort, on a bare {@link IndexSearcher}.
 * What the service adds on top is HTTP and JSON, building the query per request (term variants, gazetteer), counting
 * facets over every hit, and highlighting snippets mapped back to the original text.
 *
 * <p>Reads the last commit of the service's index directory, read-only: a commit is an immutable snapshot, the
 * reader pins its files, and nothing is written, so the running service is not disturbed. Stop writing to the index
 * (let the fill finish and one commit interval pass) before comparing.
 */
final class RawLuceneBaseline implements AutoCloseable {

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, Prepared> prepared = new HashMap<>();

    private record Prepared(Query query, boolean byDate) {
    }

    RawLuceneBaseline(Path indexDirectory, List<BenchQuery> mix, double freshnessWeight, Duration freshnessPivot)
            throws IOException {
        directory = FSDirectory.open(indexDirectory);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        LuceneQueryFactory factory = new LuceneQueryFactory(new TermVariants(analyzer), analyzer);
        long now = System.currentTimeMillis();
        for (BenchQuery query : mix) {
            SearchRequest request = request(query);
            prepared.put(query.name(), new Prepared(SearchQueries.compose(factory.build(request.query()), request,
                    freshnessWeight, freshnessPivot.toMillis(), now), request.sort() == SortOrder.DATE));
        }
    }

    int articles() {
        return reader.numDocs();
    }

    /** Top ten of the query, as the service's first page; returns the total hits Lucene reports. */
    long search(BenchQuery query) throws IOException {
        Prepared p = prepared.get(query.name());
        return p.byDate() ? searcher.search(p.query(), 10, SearchQueries.BY_DATE, true).totalHits.value()
                : searcher.search(p.query(), 10).totalHits.value();
    }

    private static SearchRequest request(BenchQuery query) {
        return new SearchRequest(QueryParser.parse(query.parameter("q")), instant(query.parameter("from")),
                instant(query.parameter("to")), query.parameter("source"), query.parameter("region"),
                query.parameter("entity"), query.parameter("topic"),
                "date".equals(query.parameter("sort")) ? SortOrder.DATE : SortOrder.RELEVANCE, 0, 10);
    }

    /** The mix gives full instants, so the service's date-only rules (start or end of day) do not come in. */
    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
