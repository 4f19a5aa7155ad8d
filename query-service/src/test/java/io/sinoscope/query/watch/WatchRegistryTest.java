package io.sinoscope.query.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.ExtractedFact;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.search.lucene.LuceneQueryFactory;
import io.sinoscope.query.search.lucene.LuceneSavedSearches;
import io.sinoscope.text.TextAnalyzer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The registry's matching of the parts of a watch, and its loads racing changes made through the API. */
class WatchRegistryTest {

    private static LuceneQueryFactory factory;
    private WatchRegistry registry;

    @BeforeAll
    static void analyzer() {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        factory = new LuceneQueryFactory(new TermVariants(analyzer), analyzer);
    }

    @BeforeEach
    void emptyRegistry() {
        registry = new WatchRegistry(new LuceneSavedSearches(factory));
        registry.replaceAll(List.of(), registry.generation());
    }

    private static CompiledWatch search(String id, String q) {
        return new CompiledWatch(id, new SearchRequest(QueryParser.parse(q), null, null, null, null, null, null,
                SearchRequest.SortOrder.DATE, 0, 1), q, Set.of(), List.of());
    }

    private static ArticleEnriched article(String text, List<EnrichedEntity> entities, List<ExtractedFact> facts) {
        return new ArticleEnriched(ArticleEnriched.SCHEMA_VERSION, "a1", "ext-a1", "dev", null, text, text,
                Instant.parse("2026-01-01T00:00:00Z"), "h1", text, text, "SIMPLIFIED", "CN", 0.9, entities, facts,
                List.of(), List.of(), null, "t", Instant.parse("2026-01-01T00:00:00Z"), null, null);
    }

    private Set<String> matched(ArticleEnriched article) {
        return Set.copyOf(registry.match(article).stream().map(WatchMatch::watchId).toList());
    }

    @Test
    void everyPartOfAWatchMustHold() {
        FactCondition bigDollars = new FactCondition("money", null, null, null, null, 1e9, "USD", "money >= 1e9 USD");
        registry.put(search("search", "收购 晶圆厂"));
        registry.put(new CompiledWatch("entity", null, null, Set.of("Q1"), List.of()));
        registry.put(new CompiledWatch("fact", null, null, Set.of(), List.of(bigDollars)));
        registry.put(new CompiledWatch("all", search("x", "收购").search(), "收购", Set.of("Q1"), List.of(bigDollars)));
        ExtractedFact twoBillion = new ExtractedFact("money", "20亿美元", 2e9, "currency", "USD", null, 4, 9, Map.of());
        ExtractedFact halfBillion = new ExtractedFact("money", "5亿美元", 5e8, "currency", "USD", null, 4, 8, Map.of());
        EnrichedEntity q1 = new EnrichedEntity("Q1", "Firm", "ORGANIZATION", List.of());
        assertEquals(Set.of("search", "entity", "fact", "all"),
                matched(article("该公司以20亿美元收购晶圆厂。", List.of(q1), List.of(twoBillion))));
        assertEquals(Set.of("search", "entity"),
                matched(article("该公司以5亿美元收购晶圆厂。", List.of(q1), List.of(halfBillion))));
        assertEquals(Set.of("fact"), matched(article("该公司以20亿美元出售资产。", List.of(), List.of(twoBillion))));
        List<String> because = registry.match(article("该公司以20亿美元收购晶圆厂。", List.of(q1), List.of(twoBillion)))
                .stream().filter(m -> m.watchId().equals("all")).findFirst().orElseThrow().because();
        assertEquals(List.of("search: 收购", "entity: Q1", "fact: money >= 1e9 USD (money 20亿美元)"), because);
    }

    @Test
    void aLoadKeepsWhatChangedThroughThisReplicaAfterTheStoreWasRead() {
        registry.put(search("old", "稀土"));
        registry.put(search("deleted", "稀土"));
        long readAfter = registry.generation();
        // The store was read here: it has old and deleted, not new. Then, through the API:
        registry.put(search("new", "稀土"));
        registry.remove("deleted");
        registry.replaceAll(List.of(search("old", "稀土"), search("deleted", "稀土")), readAfter);
        assertEquals(Set.of("old", "new"), matched(article("稀土出口收紧。", List.of(), List.of())));
        // The next load sees the store as it is now, and drops what it no longer holds.
        registry.replaceAll(List.of(search("new", "稀土")), registry.generation());
        assertEquals(Set.of("new"), matched(article("稀土出口收紧。", List.of(), List.of())));
        assertEquals(1, registry.size());
        assertTrue(registry.generation() > readAfter);
    }
}
