package io.sinoscope.query.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.text.Analysis;
import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/**
 * The cost of percolating one article against many watches (issue 26 asks for the figure at 10,000): every article is
 * matched against {@code -Dwatches.scale=N} (default 10,000) saved searches of two terms each, one drawn from words the
 * articles use and one from words they do not, as most watches of a real deployment miss most articles. Prints the
 * mean time per article with the anchor pre-filter and, for comparison, evaluating every search on the article; and
 * checks both give the same watches. No timing is asserted (machines differ); run it with
 * {@code ./mvnw -q -o -pl query-service -am test -Dtest=SavedSearchesScaleTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SavedSearchesScaleTest {

    private static final String[] TEXTS = {
        "美国商务部周二宣布对华为实施新的出口管制，限制先进芯片出口。",
        "美國商務部週二宣布對華為實施新的出口管制，限制先進晶片出口。",
        "特朗普表示將向中國貨品加徵關稅，港股隨即下跌。",
        "稀土出口配额今年将收紧，大豆进口则继续增加。",
        "台積電宣布在日本熊本設立第二座晶圓廠。",
        "英伟达发布新一代人工智能芯片，股价上涨。",
        "本港初創企業推出新軟件，協助中小企管理存貨。",
        "海地总统府附近周末发生枪击事件。",
    };

    @Test
    void matchingTenThousandWatches() throws IOException {
        int watches = Integer.getInteger("watches.scale", 10_000);
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        LuceneQueryFactory factory = new LuceneQueryFactory(new TermVariants(analyzer), analyzer);
        List<IndexedArticle> articles = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            Analysis analysis = analyzer.analyze(TEXTS[i]);
            String normalized = analysis.text().normalized();
            Set<String> entities = new LinkedHashSet<>();
            analysis.entities().forEach(e -> entities.add(e.id()));
            articles.add(new IndexedArticle("s" + i, "ext-s" + i, "dev", TEXTS[i], normalized, normalized, "CN",
                    Instant.parse("2026-01-01T00:00:00Z"), "h" + i, entities, TEXTS[i], List.of(), null));
            for (int c = 0; c + 2 <= normalized.length(); c += 2) {
                String word = normalized.substring(c, c + 2);
                if (Character.isIdeographic(word.codePointAt(0)) && Character.isIdeographic(word.codePointAt(1))) {
                    used.add(word);
                }
            }
        }
        Random random = new Random(26);
        LuceneSavedSearches percolator = new LuceneSavedSearches(factory);
        List<Query> compiled = new ArrayList<>();
        long compileStart = System.nanoTime();
        for (int w = 0; w < watches; w++) {
            // An unused word: two characters from a block of rare ones, so most watches miss every article.
            String rare = new String(Character.toChars(0x4E00 + 3000 + random.nextInt(6000)))
                    + new String(Character.toChars(0x4E00 + 3000 + random.nextInt(6000)));
            String q = used.get(random.nextInt(used.size())) + " " + rare;
            SearchRequest request = new SearchRequest(QueryParser.parse(q), null, null, null, null, null, null,
                    SearchRequest.SortOrder.DATE, 0, 1);
            percolator.save("w" + w, request);
            compiled.add(SearchQueries.compose(factory.build(request.query()), request, 0, 1, 0));
        }
        double compileMs = (System.nanoTime() - compileStart) / 1e6;
        BigramAnalyzer bigrams = new BigramAnalyzer();
        int rounds = 5;
        long filtered = 0;
        long everything = 0;
        for (int round = 0; round < rounds; round++) {
            for (IndexedArticle article : articles) {
                long start = System.nanoTime();
                Set<String> matched = percolator.matching(article);
                filtered += System.nanoTime() - start;
                start = System.nanoTime();
                IndexSearcher searcher = MemoryIndex.fromDocument(LuceneIndex.toDocument(article), bigrams)
                        .createSearcher();
                searcher.setQueryCache(null);
                Set<String> all = new HashSet<>();
                for (int w = 0; w < compiled.size(); w++) {
                    if (searcher.count(compiled.get(w)) > 0) {
                        all.add("w" + w);
                    }
                }
                everything += System.nanoTime() - start;
                assertEquals(all, matched, "article " + article.id());
            }
        }
        int matches = rounds * articles.size();
        System.out.printf("watch percolation: %d watches (compiled in %.0f ms), per article: %.2f ms with the anchor "
                + "pre-filter, %.2f ms evaluating every watch%n", watches, compileMs, filtered / 1e6 / matches,
                everything / 1e6 / matches);
    }
}
