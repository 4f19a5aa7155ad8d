package io.sinoscope.query.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.text.Analysis;
import io.sinoscope.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Watch percolation on its dev set (src/test/resources/io/sinoscope/query/watch/percolation-dev.tsv: own articles in
 * mainland, Taiwan and Hong Kong styles, saved searches with the articles each should be told of). Two measures:
 * <ul>
 * <li>the percolator's answer equals what a search of an index holding every article answers for the same query,
 * article by article (its semantics are the search's: must be exact, whatever the pre-filter leaves out);</li>
 * <li>precision and recall of the notices against the hand-written expectations (cross-regional spellings, word
 * edges, exclusions), printed.</li>
 * </ul>
 */
class SavedSearchesDevSetTest {

    private static final String DEV_SET = "/io/sinoscope/query/watch/percolation-dev.tsv";

    private record DevWatch(String id, String q, String region, Set<String> expected) {
    }

    private static final Map<String, IndexedArticle> ARTICLES = new LinkedHashMap<>();
    private static final List<DevWatch> WATCHES = new ArrayList<>();
    private static LuceneQueryFactory factory;
    private static LuceneSavedSearches percolator;
    private static IndexSearcher searcher;

    @BeforeAll
    static void setUp() throws IOException {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        factory = new LuceneQueryFactory(new TermVariants(analyzer), analyzer);
        percolator = new LuceneSavedSearches(factory);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SavedSearchesDevSetTest.class.getResourceAsStream(DEV_SET), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("A")) {
                    ARTICLES.put(f[1], article(analyzer, f[1], f[2], f[3]));
                } else {
                    Set<String> expected = f[4].equals("-") ? Set.of()
                            : new TreeSet<>(Arrays.asList(f[4].split(",")));
                    WATCHES.add(new DevWatch(f[1], f[2], f[3].equals("-") ? null : f[3], expected));
                }
            }
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new BigramAnalyzer()))) {
            for (IndexedArticle article : ARTICLES.values()) {
                writer.addDocument(LuceneIndex.toDocument(article));
            }
        }
        searcher = new IndexSearcher(DirectoryReader.open(directory));
        for (DevWatch watch : WATCHES) {
            percolator.save(watch.id(), request(watch));
        }
    }

    private static IndexedArticle article(TextAnalyzer analyzer, String id, String region, String text) {
        Analysis analysis = analyzer.analyze(text);
        Set<String> entities = new LinkedHashSet<>();
        analysis.entities().forEach(e -> entities.add(e.id()));
        String normalized = analysis.text().normalized();
        return new IndexedArticle(id, "ext-" + id, "dev", text, normalized, normalized, region,
                Instant.parse("2026-01-01T00:00:00Z"), "h-" + id, entities, text, List.of(), null);
    }

    private static SearchRequest request(DevWatch watch) {
        return new SearchRequest(QueryParser.parse(watch.q()), null, null, null, watch.region(), null, null,
                SearchRequest.SortOrder.DATE, 0, 1);
    }

    /** What a search of the whole index answers for the watch's query. */
    private static Set<String> searched(DevWatch watch) throws IOException {
        SearchRequest request = request(watch);
        Query query = SearchQueries.compose(factory.build(request.query()), request, 0, 1, 0);
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 1000).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(IndexFields.ID));
        }
        return ids;
    }

    private static Map<String, Set<String>> percolated() {
        Map<String, Set<String>> told = new LinkedHashMap<>();
        WATCHES.forEach(w -> told.put(w.id(), new TreeSet<>()));
        for (IndexedArticle article : ARTICLES.values()) {
            for (String watch : percolator.matching(article)) {
                told.get(watch).add(article.id());
            }
        }
        return told;
    }

    @Test
    void everyWatchIsToldOfExactlyWhatItsSearchFinds() throws IOException {
        Map<String, Set<String>> told = percolated();
        for (DevWatch watch : WATCHES) {
            assertEquals(searched(watch), told.get(watch.id()), "watch " + watch.id() + " (" + watch.q() + ")");
        }
    }

    @Test
    void noticesMeetTheExpectations() {
        Map<String, Set<String>> told = percolated();
        int right = 0;
        int wrong = 0;
        int missed = 0;
        for (DevWatch watch : WATCHES) {
            Set<String> got = told.get(watch.id());
            for (String id : got) {
                if (watch.expected().contains(id)) {
                    right++;
                } else {
                    wrong++;
                    System.out.printf("  extra   %-26s %s%n", watch.id(), id);
                }
            }
            for (String id : watch.expected()) {
                if (!got.contains(id)) {
                    missed++;
                    System.out.printf("  missed  %-26s %s%n", watch.id(), id);
                }
            }
        }
        double precision = right / (double) Math.max(1, right + wrong);
        double recall = right / (double) Math.max(1, right + missed);
        System.out.printf("watch percolation dev set: %d watches x %d articles, precision %.3f, recall %.3f%n",
                WATCHES.size(), ARTICLES.size(), precision, recall);
        assertTrue(precision >= 0.95 && recall >= 0.95,
                "precision " + precision + ", recall " + recall + " (floor 0.95 each)");
    }

    @Test
    void aRemovedSearchIsToldNothing() {
        LuceneSavedSearches own = new LuceneSavedSearches(factory);
        DevWatch haiti = WATCHES.stream().filter(w -> w.id().equals("haiti")).findFirst().orElseThrow();
        own.save("h", request(haiti));
        assertEquals(Set.of("h"), own.matching(ARTICLES.get("cn-haiti")));
        own.remove("h");
        assertEquals(Set.of(), own.matching(ARTICLES.get("cn-haiti")));
        assertEquals(0, own.size());
    }
}
