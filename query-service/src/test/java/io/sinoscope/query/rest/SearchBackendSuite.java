package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.TestEvents;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.SearchBackend;
import io.sinoscope.query.search.WordStatistics;
import io.sinoscope.text.TextAnalyzer;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search API's behaviour, whatever the backend: run once on the embedded Lucene index
 * ({@link LuceneSearchBackendTest}) and once on a real OpenSearch node ({@link OpenSearchSearchBackendTest}), with the
 * same fixtures and the same expectations. Fixture words (铋锭, bismuth ingots) appear in no other test's articles,
 * which share this database.
 */
abstract class SearchBackendSuite {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Set<String> SENT = new HashSet<>();
    private static final String TW = "sb-tw";
    private static final String HK = "sb-hk";
    private static final String CN = "sb-cn";
    private static final String MINER = "sb-miner";
    private static final String TRUMP = "Q22686";

    @Inject
    ObjectMapper json;
    @Inject
    TextAnalyzer analyzer;
    @Inject
    SearchBackend backend;

    @BeforeEach
    void sendFixturesOnce() throws Exception {
        synchronized (SENT) {
            if (SENT.add(getClass().getName())) {
                Fixtures fixtures = new Fixtures(analyzer);
                List<ArticleEnriched> articles = List.of(
                        fixtures.article(TW, "川普擬對鉍錠加稅", "川普政府宣布將對進口鉍錠加徵關稅，台灣晶片業者正評估對供應鏈的影響。",
                                "2025-03-01T02:00:00Z").mentions("川普").topics("tariffs", "chip-supply").build(),
                        fixtures.article(HK, "鉍錠關稅陰影", "特朗普再度揚言向鉍錠徵收關稅，本港晶片分銷商憂慮來貨成本上升。",
                                "2025-03-02T02:00:00Z").mentions("特朗普").topics("tariffs").build(),
                        fixtures.article(CN, "铋锭关税", "特朗普称将对进口铋锭加征关税，国内芯片企业表示影响有限。",
                                "2025-03-03T02:00:00Z").mentions("特朗普").topics("tariffs").build(),
                        fixtures.article(MINER, "铋锭库存", "MP Materials公司表示，铋锭库存充足，今年产量预计持平。",
                                "2025-03-04T02:00:00Z").source("mining-wire").topics("critical-minerals").build());
                for (ArticleEnriched article : articles) {
                    TestEvents.send(article.id(), json.writeValueAsString(article));
                }
                for (ArticleEnriched article : WordEdgeDevSet.articles(fixtures)) {
                    TestEvents.send(article.id(), json.writeValueAsString(article));
                }
                for (ArticleEnriched article : WordEdgeDevSet2.articles(fixtures)) {
                    TestEvents.send(article.id(), json.writeValueAsString(article));
                }
                for (ArticleEnriched article : WordEdgeDevSet3.articles(fixtures)) {
                    TestEvents.send(article.id(), json.writeValueAsString(article));
                }
                for (ArticleEnriched article : LinkerEdgeSearchSet.articles(fixtures)) {
                    TestEvents.send(article.id(), json.writeValueAsString(article));
                }
                for (ArticleEnriched article : CompoundSearchSet.articles(fixtures)) {
                    TestEvents.send(article.id(), json.writeValueAsString(article));
                }
                for (ArticleEnriched article : CursorPagingSet.articles(fixtures)) {
                    TestEvents.send(article.id(), json.writeValueAsString(article));
                }
                for (ArticleEnriched article : TransliterationSearchSet.articles(fixtures)) {
                    TestEvents.send(article.id(), json.writeValueAsString(article));
                }
                for (ArticleEnriched article : PossibleLinkSet.articles(fixtures)) {
                    TestEvents.send(article.id(), json.writeValueAsString(article));
                }
            }
        }
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", "铋锭")).then().body("total", equalTo(4)));
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", WordEdgeDevSet.TITLE,
                "source", WordEdgeDevSet.SOURCE, "size", "100")).then()
                .body("total", equalTo(WordEdgeDevSet.ARTICLES.size())));
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", WordEdgeDevSet2.TITLE,
                "source", WordEdgeDevSet2.SOURCE, "size", "100")).then()
                .body("total", equalTo(WordEdgeDevSet2.ARTICLES.size())));
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", WordEdgeDevSet3.TITLE,
                "source", WordEdgeDevSet3.SOURCE, "size", "100")).then()
                .body("total", equalTo(WordEdgeDevSet3.ARTICLES.size())));
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", LinkerEdgeSearchSet.TITLE,
                "source", LinkerEdgeSearchSet.SOURCE, "size", "100")).then()
                .body("total", equalTo(LinkerEdgeSearchSet.ARTICLES.size())));
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", CompoundSearchSet.TITLE,
                "source", CompoundSearchSet.SOURCE, "size", "100")).then()
                .body("total", equalTo(CompoundSearchSet.ARTICLES.size())));
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", CursorPagingSet.QUERY)).then()
                .body("total", equalTo(CursorPagingSet.SIZE)));
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", TransliterationSearchSet.TITLE,
                "source", TransliterationSearchSet.SOURCE, "size", "100")).then()
                .body("total", equalTo(TransliterationSearchSet.ARTICLES.size())));
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", PossibleLinkSet.TITLE,
                "source", PossibleLinkSet.SOURCE)).then().body("total", equalTo(2)));
    }

    /**
     * Word-edge precision on the dev set ({@link WordEdgeDevSet}): a name must not be found inside a longer, different
     * word (海地 in 沿海地区), and must still be found as a word, in another script, in a regional form, in a
     * company name, in text a line break split, and by its English name.
     */
    @Test
    void namesAreFoundAtWordEdgesNotInsideOtherWords() {
        assertEquals(List.of(), wordEdgeFailures("word-edge dev set", WordEdgeDevSet.CASES, WordEdgeDevSet.SOURCE));
    }

    /**
     * The second word-edge dev set ({@link WordEdgeDevSet2}): a name must not be found where it begins a longer name
     * or word of something else (韓國 in 韓國瑜, 几内亚 in 几内亚比绍), ends one (爱尔兰 in 北爱尔兰) or straddles two
     * words (加州 in 增加|州政府), and must still be found before a title (加州州長) or in a list (東京、大阪).
     */
    @Test
    void namesAreNotFoundInsideLongerNamesOrAcrossWordEdges() {
        assertEquals(WordEdgeDevSet2.KNOWN_MISSES,
                wordEdgeFailures("word-edge dev set 2", WordEdgeDevSet2.CASES, WordEdgeDevSet2.SOURCE));
    }

    /**
     * The third word-edge dev set ({@link WordEdgeDevSet3}): a listed short name must not be found where it is only a
     * fragment of a longer transliterated name nobody listed (莫迪 in 莫迪亚诺, 米莱 in 卡米萊) or the head of a brand,
     * club or product name, and must still be found as a word before a title or verb, in a list, at a line end.
     */
    @Test
    void namesAreNotFoundAsFragmentsOfLongerTransliteratedNames() {
        assertEquals(WordEdgeDevSet3.KNOWN_MISSES,
                wordEdgeFailures("word-edge dev set 3", WordEdgeDevSet3.CASES, WordEdgeDevSet3.SOURCE));
    }

    /**
     * The linker word-edge set ({@link LinkerEdgeSearchSet}), articles carrying the real linker's entities: a name
     * the linker no longer takes out of a longer word (孟加拉 of 孟加拉湾, 湖南 across 洞庭湖|南岸) must not find the
     * article by entity id, and the name standing alone must still be found.
     */
    @Test
    void linkedEntitiesDoNotMakeANameMatchInsideLongerWords() {
        assertEquals(List.of(), wordEdgeFailures("linker word-edge set", LinkerEdgeSearchSet.CASES,
                LinkerEdgeSearchSet.SOURCE));
    }

    /**
     * The compound set ({@link CompoundSearchSet}), articles carrying the real linker's entities: a listed name that
     * occurs only inside a compound of another entity (北京道, 日本海軍, 彰化縣政府) must not find the article, the
     * compound must, and the name standing alone must still be found.
     */
    @Test
    void aNameInsideACompoundOfAnotherEntityDoesNotFindIt() {
        assertEquals(List.of(), wordEdgeFailures("compound set", CompoundSearchSet.CASES, CompoundSearchSet.SOURCE));
    }

    /** The index words of a dev article, to say why it leaked or was missed. */
    private String probe(String id) {
        String text = java.util.stream.Stream.of(WordEdgeDevSet.ARTICLES, WordEdgeDevSet2.ARTICLES, WordEdgeDevSet3.ARTICLES,
                        LinkerEdgeSearchSet.ARTICLES, CompoundSearchSet.ARTICLES).flatMap(List::stream)
                .filter(a -> a.id().equals(id)).findFirst().orElseThrow().text();
        return io.sinoscope.query.search.ArticleWords.of("", analyzer.normalize(text).normalized()).toString();
    }

    private List<String> wordEdgeFailures(String label, List<WordEdgeDevSet.Case> cases, String source) {
        List<String> failures = new java.util.ArrayList<>();
        int decoys = 0;
        int held = 0;
        int positives = 0;
        int found = 0;
        for (WordEdgeDevSet.Case devCase : cases) {
            Set<String> hits = ids(search(Map.of("q", devCase.query(), "source", source, "size", "100")));
            for (String decoy : devCase.decoys()) {
                decoys++;
                if (hits.contains(decoy)) {
                    failures.add(devCase.query() + " leaked into decoy " + decoy);
                    System.out.println("  " + label + ": " + decoy + " has the words " + probe(decoy));
                } else {
                    held++;
                }
            }
            for (String positive : devCase.positives()) {
                positives++;
                if (hits.contains(positive)) {
                    found++;
                } else {
                    failures.add(devCase.query() + " missed " + positive);
                    System.out.println("  " + label + ": " + positive + " has the words " + probe(positive));
                }
            }
        }
        System.out.printf("%s on %s: decoys held %d/%d, positives found %d/%d%n", label, backend.name(), held,
                decoys, found, positives);
        failures.forEach(failure -> System.out.println("  " + label + ": " + failure));
        return failures;
    }

    /**
     * An unseen foreign name searched in another region's spelling ({@link TransliterationSearchSet}) finds the
     * article through its phonetic key, and a different name is not found.
     */
    @Test
    void anUnseenNameInAnotherSpellingFindsTheArticle() {
        assertEquals(List.of(), wordEdgeFailures("transliteration set", TransliterationSearchSet.CASES,
                TransliterationSearchSet.SOURCE));
    }

    /**
     * The entities API finds an unlinked name by its English spelling, which no article wrote and no dictionary lists;
     * an ordinary English word is not read as a name.
     */
    @Test
    void theEntitiesApiFindsAnUnlistedNameByItsEnglishSpelling() {
        given().queryParam("q", "Halvorsen").when().get("/api/v1/entities").then().statusCode(200)
                .body("entities.id", hasItem(TransliterationSearchSet.HALVORSEN_ID));
        given().queryParam("q", "halvorsen").when().get("/api/v1/entities").then().statusCode(200)
                .body("entities.id", hasItem(TransliterationSearchSet.HALVORSEN_ID));
        given().queryParam("q", "harvesting").when().get("/api/v1/entities").then().statusCode(200)
                .body("entities.id", not(hasItem(TransliterationSearchSet.HALVORSEN_ID)));
    }

    /**
     * A Taiwan spelling of a listed person (史塔默 for 斯塔默) that no list has is that person's id in the article, as
     * a possible link; the listed names beside it are not possible links.
     */
    @Test
    void aTaiwanSpellingOfAListedPersonIsAPossibleLinkToThatPerson() {
        given().when().get("/api/v1/articles/" + TransliterationSearchSet.TAIWAN_STARMER).then().statusCode(200)
                .body("entities.find { it.id == '" + TransliterationSearchSet.STARMER_ID + "' }.possible", equalTo(true))
                .body("entities.find { it.id == '" + TransliterationSearchSet.STARMER_ID + "' }.mentions[0].surface",
                        equalTo("史塔默"))
                .body("entities.findAll { it.id != '" + TransliterationSearchSet.STARMER_ID + "' }.possible",
                        not(hasItem(true)));
    }

    /**
     * A possible link ({@link PossibleLinkSet}) is found by the entity filter and by a search by the listed name, but
     * the entity facet counts only the sure link, and the hit says which of its links was possible.
     */
    @Test
    void aPossibleLinkIsFoundButNotCountedInTheEntityFacet() {
        String facet = "facets.entities.find { it.id == '" + PossibleLinkSet.STARMER_ID + "' }.count";
        for (Map<String, String> params : List.of(
                Map.of("q", PossibleLinkSet.TITLE, "entity", PossibleLinkSet.STARMER_ID, "source", PossibleLinkSet.SOURCE),
                Map.of("q", "entity:斯塔默", "source", PossibleLinkSet.SOURCE),
                Map.of("q", "斯塔默", "source", PossibleLinkSet.SOURCE),
                Map.of("q", "斯塔默", "source", PossibleLinkSet.SOURCE, "sort", "date"))) {
            Response found = search(params);
            System.out.printf("possible-link set on %s, %s: found %s, entity facet counts %s%n", backend.name(),
                    params, ids(found), found.path(facet));
            assertEquals(Set.of(PossibleLinkSet.POSSIBLE, PossibleLinkSet.SURE), ids(found), params.toString());
            found.then().body("total", equalTo(2)).body(facet, equalTo(1))
                    .body("hits.find { it.id == '" + PossibleLinkSet.POSSIBLE + "' }.possibleEntities",
                            equalTo(List.of(PossibleLinkSet.STARMER_ID)))
                    .body("hits.find { it.id == '" + PossibleLinkSet.SURE + "' }.possibleEntities",
                            equalTo(List.of()));
        }
        // The possible report alone (published an hour before the other): found by the filter, and the facet has
        // nothing of it to count.
        search(Map.of("q", PossibleLinkSet.TITLE, "entity", PossibleLinkSet.STARMER_ID, "source", PossibleLinkSet.SOURCE,
                "to", "2025-04-09T02:30:00Z")).then()
                .body("total", equalTo(1)).body("hits[0].id", equalTo(PossibleLinkSet.POSSIBLE))
                .body("facets.entities.id", not(hasItem(PossibleLinkSet.STARMER_ID)));
        // The same links the article view marks.
        given().when().get("/api/v1/articles/" + PossibleLinkSet.POSSIBLE).then().statusCode(200)
                .body("entities.find { it.id == '" + PossibleLinkSet.STARMER_ID + "' }.possible", equalTo(true));
        given().when().get("/api/v1/articles/" + PossibleLinkSet.SURE).then().statusCode(200)
                .body("entities.find { it.id == '" + PossibleLinkSet.STARMER_ID + "' }.possible", equalTo(false));
    }

    /**
     * The entity profile counts what the facet counts: as many articles as the facet of every article filed under the
     * entity (fewer than the filter finds, which takes the possible links too); its recent articles hold the sure
     * report, not the possible one, whose spelling it still lists among the names articles used.
     */
    @Test
    void theEntityProfileCountsSureLinksOnly() {
        Response filed = search(Map.of("q", "entity:斯塔默", "size", "1"));
        int counted = filed.path("facets.entities.find { it.id == '" + PossibleLinkSet.STARMER_ID + "' }.count");
        int found = filed.path("total");
        assertTrue(counted < found, counted + " counted of " + found + " found");
        given().when().get("/api/v1/entities/" + PossibleLinkSet.STARMER_ID).then().statusCode(200)
                .body("articleCount", equalTo(counted))
                .body("recentArticles.id", hasItem(PossibleLinkSet.SURE))
                .body("recentArticles.id", not(hasItem(PossibleLinkSet.POSSIBLE)))
                .body("recentArticles.id", not(hasItem(TransliterationSearchSet.TAIWAN_STARMER)))
                .body("names.name", hasItem("史塔默"))
                .body("names.name", hasItem("斯塔默"));
    }

    /** An unlinked name is listed nowhere: its low confidence does not make it a possible link to anyone. */
    @Test
    void anUnlinkedNameIsNotAPossibleLink() {
        given().when().get("/api/v1/articles/ts-cn-halvorsen").then().statusCode(200)
                .body("entities.id", hasItem(TransliterationSearchSet.HALVORSEN_ID))
                .body("entities.find { it.id == '" + TransliterationSearchSet.HALVORSEN_ID + "' }.possible",
                        equalTo(false));
    }

    @Test
    void everyTransliterationFindsTheSameArticles() {
        Set<String> expected = Set.of(TW, HK, CN);
        for (String q : List.of("川普 铋锭", "特朗普 铋锭", "川普 鉍錠", "Trump 铋锭", "trump 鉍錠")) {
            assertEquals(expected, ids(search(Map.of("q", q))), q);
        }
    }

    @Test
    void everyRegionalFormFindsTheSameArticles() {
        assertEquals(Set.of(TW, HK, CN), ids(search(Map.of("q", "晶片 铋锭"))));
        assertEquals(Set.of(TW, HK, CN), ids(search(Map.of("q", "芯片 铋锭"))));
    }

    @Test
    void latinWordsMatchWhateverTheirCase() {
        assertEquals(Set.of(MINER), ids(search(Map.of("q", "mp materials"))));
        assertEquals(Set.of(MINER), ids(search(Map.of("q", "\"MP MATERIALS\" 铋锭"))));
    }

    @Test
    void exclusionsAndQuotedPhrases() {
        assertEquals(Set.of(MINER), ids(search(Map.of("q", "铋锭 -芯片"))));
        assertEquals(Set.of(TW, CN), ids(search(Map.of("q", "\"进口铋锭\""))));
        assertEquals(Set.of(), ids(search(Map.of("q", "\"铋锭进口\""))));
    }

    @Test
    void orInAnyOfItsFormsLetsEitherSideMatch() {
        // Issue 27: OR was searched as a word, so 稀土 OR 大豆 found nothing.
        for (String q : List.of("铋锭 (台灣 OR 库存)", "铋锭 (台灣 | 库存)", "铋锭 （台灣｜库存）",
                "铋锭 台灣 OR 铋锭 库存")) {
            assertEquals(Set.of(TW, MINER), ids(search(Map.of("q", q))), q);
        }
        // or in lower case is a word: no fixture says it.
        assertEquals(Set.of(), ids(search(Map.of("q", "铋锭 台灣 or 库存"))));
    }

    @Test
    void aMinusExcludesAGroup() {
        assertEquals(Set.of(CN, MINER), ids(search(Map.of("q", "铋锭 -(台灣 | 本港)"))));
        assertEquals(Set.of(MINER), ids(search(Map.of("q", "铋锭 -(特朗普 关税)"))));
        assertEquals(Set.of(TW, HK, CN), ids(search(Map.of("q", "铋锭 -(-特朗普)"))));
    }

    @Test
    void fieldClausesFilterAsTheFilterParametersDo() {
        assertEquals(Set.of(TW), ids(search(Map.of("q", "铋锭 region:tw"))));
        assertEquals(Set.of(MINER), ids(search(Map.of("q", "铋锭 source:mining-wire"))));
        assertEquals(Set.of(MINER), ids(search(Map.of("q", "铋锭 topic：critical-minerals"))));
        assertEquals(Set.of(MINER), ids(search(Map.of("q", "铋锭 -topic:tariffs"))));
        assertEquals(Set.of(TW, MINER), ids(search(Map.of("q", "铋锭 (region:TW OR topic:critical-minerals)"))));
        // An entity by id, by any of its names in any script, or by its canonical name.
        for (String entity : List.of(TRUMP, "川普", "特朗普", "\"Donald Trump\"")) {
            assertEquals(Set.of(TW, HK, CN), ids(search(Map.of("q", "铋锭 entity:" + entity))), entity);
        }
        assertEquals(Set.of(MINER), ids(search(Map.of("q", "铋锭 -entity:川普"))));
        // A field clause filters: it leaves the score of the words as it was (date sort: no freshness feature).
        float asParameter = search(Map.of("q", "铋锭 关税", "region", "HK", "sort", "date")).path("hits[0].score");
        float asClause = search(Map.of("q", "铋锭 关税 region:HK", "sort", "date")).path("hits[0].score");
        assertEquals(asParameter, asClause, 1e-4f);
    }

    @Test
    void filtersNarrowTheMatches() {
        assertEquals(Set.of(TW), ids(search(Map.of("q", "铋锭", "region", "tw"))));
        assertEquals(Set.of(MINER), ids(search(Map.of("q", "铋锭", "source", "mining-wire"))));
        assertEquals(Set.of(MINER), ids(search(Map.of("q", "铋锭", "topic", "critical-minerals"))));
        assertEquals(Set.of(TW, HK, CN), ids(search(Map.of("q", "铋锭", "entity", TRUMP))));
        assertEquals(Set.of(HK, CN), ids(search(Map.of("q", "铋锭", "from", "2025-03-02", "to", "2025-03-03"))));
    }

    @Test
    void dateSortAndPagesWalkTheSameMatches() {
        Response byDate = search(Map.of("q", "铋锭", "sort", "date"));
        assertEquals(List.of(MINER, CN, HK, TW), byDate.path("hits.id"));
        Response first = search(Map.of("q", "铋锭", "sort", "date", "size", "3"));
        Response second = search(Map.of("q", "铋锭", "sort", "date", "size", "3", "page", "1"));
        assertEquals(List.of(MINER, CN, HK), first.path("hits.id"));
        assertEquals(List.of(TW), second.path("hits.id"));
        second.then().body("total", equalTo(4));
    }

    @Test
    void facetsCountEveryMatchAndNameEntities() {
        search(Map.of("q", "铋锭", "size", "1")).then()
                .body("hits.size()", equalTo(1))
                .body("facets.topics.find { it.value == 'tariffs' }.count", equalTo(3))
                .body("facets.topics.find { it.value == 'critical-minerals' }.count", equalTo(1))
                .body("facets.sources.find { it.value == 'mining-wire' }.count", equalTo(1))
                .body("facets.sources.find { it.value == 'fixture-wire' }.count", equalTo(3))
                .body("facets.regions.find { it.value == 'TW' }.count", equalTo(1))
                .body("facets.entities.find { it.id == 'Q22686' }.count", equalTo(3))
                .body("facets.entities.find { it.id == 'Q22686' }.name", equalTo("Donald Trump"))
                // Most frequent first.
                .body("facets.topics[0].value", equalTo("tariffs"));
    }

    @Test
    void snippetsMarkTheMatchInTheOriginalScript() {
        Response tw = search(Map.of("q", "芯片 铋锭", "region", "TW"));
        String snippet = tw.path("hits[0].snippet");
        assertEquals(TW, tw.path("hits[0].id"));
        // The query said 芯片 and 铋锭; the Taiwan article wrote 晶片 and 鉍錠, and its snippet shows what it wrote.
        assertTrue(snippet.contains("<em>晶片</em>"), snippet);
        assertTrue(snippet.contains("<em>鉍錠</em>"), snippet);
        search(Map.of("q", "川普 铋锭", "region", "HK")).then()
                .body("hits[0].snippet", containsString("<em>特朗普</em>"))
                .body("hits[0].title", equalTo("鉍錠關稅陰影"))
                .body("hits[0].publishedAt", equalTo("2025-03-02T02:00:00Z"))
                .body("hits[0].externalId", equalTo("ext-" + HK));
    }

    @Test
    void aRetractedArticleLeavesTheResults() throws Exception {
        ArticleEnriched gone = new Fixtures(analyzer).article("sb-gone", "铋渣回收", "冶炼厂表示铋渣回收项目暂停。",
                "2025-03-05T02:00:00Z").build();
        TestEvents.send(gone.id(), json.writeValueAsString(gone));
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", "铋渣")).then().body("total", equalTo(1)));
        TestEvents.send(gone.id(), null);
        await().atMost(WAIT).untilAsserted(() -> search(Map.of("q", "铋渣")).then().body("total", equalTo(0)));
    }

    @Test
    void reindexRestoresLostArticlesAndDropsOnesNoLongerStored() {
        backend.delete(MINER);
        backend.index(new IndexedArticle("sb-ghost", null, "fixture-wire", "铋锭幽灵", "铋锭幽灵", "铋锭幽灵记录",
                "CN", Instant.parse("2025-03-06T00:00:00Z"), "h", Set.of(), "鉍錠幽靈記錄", List.of(), null));
        backend.refresh();
        assertEquals(Set.of(), ids(search(Map.of("q", "mp materials"))));
        assertEquals(Set.of("sb-ghost"), ids(search(Map.of("q", "幽灵记录"))));

        String jobId = given().header("X-Api-Key", "test-key").when().post("/api/v1/admin/reindex").then()
                .statusCode(202).extract().path("id");
        await().atMost(WAIT).untilAsserted(() -> given().header("X-Api-Key", "test-key").when()
                .get("/api/v1/admin/reindex/" + jobId).then().statusCode(200).body("state", equalTo("SUCCEEDED")));

        assertEquals(Set.of(MINER), ids(search(Map.of("q", "mp materials"))));
        assertEquals(Set.of(), ids(search(Map.of("q", "幽灵记录"))));
        search(Map.of("q", "铋锭")).then().body("total", equalTo(4)).body("hits.id", not(hasItem("sb-ghost")));
    }

    /** Date sort: newest first, then by id; the seven reports of the same instant in id order. */
    private static final List<String> BY_DATE = List.of("cp-tw-stock", "cp-cn-recycle", "cp-hk-fund",
            "cp-cn-formula", "cp-copy-a", "cp-copy-b", "cp-copy-c", "cp-copy-d", "cp-hk-price", "cp-tw-quota",
            "cp-tw-panel", "cp-cn-mine");

    @Test
    void theSortIsTotalScoreThenTimeThenId() {
        Map<String, String> whole = Map.of("q", CursorPagingSet.QUERY, "size", "100");
        Response byDate = search(with(whole, "sort", "date"));
        assertEquals(BY_DATE, byDate.path("hits.id"));
        assertNull(byDate.path("nextCursor"));
        // The four copies score alike and were published at the same instant: only their ids order them.
        List<String> byScore = search(whole).path("hits.id");
        int first = byScore.indexOf("cp-copy-a");
        assertEquals(List.of("cp-copy-a", "cp-copy-b", "cp-copy-c", "cp-copy-d"), byScore.subList(first, first + 4));
        List<Float> scores = search(whole).path("hits.score");
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i) <= scores.get(i - 1), "scores descend: " + scores);
        }
    }

    /**
     * Following nextCursor from the first page to the last gives every hit exactly once, in the order of one page
     * holding them all, in either sort and whatever the page size (one that divides the total, too).
     */
    @Test
    void cursorPagesWalkEveryHitOnce() {
        for (String sort : List.of("relevance", "date")) {
            List<String> whole = search(Map.of("q", CursorPagingSet.QUERY, "sort", sort, "size", "100"))
                    .path("hits.id");
            assertEquals(CursorPagingSet.SIZE, whole.size());
            for (int size : List.of(1, 4, 5, 11)) {
                List<List<String>> pages = walk(Map.of("q", CursorPagingSet.QUERY, "sort", sort), size);
                List<String> walked = pages.stream().flatMap(List::stream).toList();
                System.out.printf("cursor walk on %s: sort=%s size=%d pages=%d hits=%d/%d repeated=%d missed=%d%n",
                        backend.name(), sort, size, pages.size(), walked.size(), whole.size(),
                        walked.size() - Set.copyOf(walked).size(),
                        whole.stream().filter(id -> !walked.contains(id)).count());
                assertEquals(whole, walked, sort + ", size " + size);
                assertEquals(Set.copyOf(walked).size(), walked.size(), "no hit twice: " + walked);
                assertEquals((CursorPagingSet.SIZE + size - 1) / size, pages.size(), sort + ", size " + size);
            }
        }
    }

    /** An article without a date sorts after every dated one in either sort, undated ones by id, and pages walk them. */
    @Test
    void undatedArticlesComeLastAndCursorsWalkThem() {
        List<IndexedArticle> undated = List.of(
                new IndexedArticle("cp-undated-b", null, CursorPagingSet.SOURCE, "碲粉", "碲粉", "碲粉样品", "TW", null,
                        "h1", Set.of(), "碲粉樣品", List.of(), null),
                new IndexedArticle("cp-undated-a", null, CursorPagingSet.SOURCE, "碲粉", "碲粉", "碲粉样品", "TW", null,
                        "h2", Set.of(), "碲粉樣品", List.of(), null),
                new IndexedArticle("cp-dated", null, CursorPagingSet.SOURCE, "碲粉", "碲粉", "碲粉样品", "TW",
                        Instant.parse("2020-01-01T00:00:00Z"), "h3", Set.of(), "碲粉樣品", List.of(), null));
        undated.forEach(backend::index);
        backend.refresh();
        try {
            for (String sort : List.of("relevance", "date")) {
                List<String> walked = walk(Map.of("q", "碲粉", "sort", sort), 1, 3).stream()
                        .flatMap(List::stream).toList();
                assertEquals(List.of("cp-dated", "cp-undated-a", "cp-undated-b"), walked, sort);
            }
        } finally {
            undated.forEach(article -> backend.delete(article.id()));
            backend.refresh();
        }
    }

    @Test
    void aCursorContinuesANumberedPage() {
        List<String> whole = search(Map.of("q", CursorPagingSet.QUERY, "sort", "date", "size", "100"))
                .path("hits.id");
        Response second = search(Map.of("q", CursorPagingSet.QUERY, "sort", "date", "size", "5", "page", "1"));
        String cursor = second.path("nextCursor");
        Response third = search(Map.of("q", CursorPagingSet.QUERY, "sort", "date", "size", "5", "cursor", cursor));
        assertEquals(whole.subList(10, 12), third.path("hits.id"));
        assertNull(third.path("nextCursor"));
        third.then().body("total", equalTo(CursorPagingSet.SIZE));
        // The page that ends exactly at the last hit has no next one.
        assertNull(search(Map.of("q", "铋锭", "size", "4")).path("nextCursor"));
        assertNull(search(Map.of("q", "铋锭", "size", "2", "page", "1")).path("nextCursor"));
    }

    @Test
    void aCursorThatDoesNotBelongIsAProblemSayingWhatToDo() {
        Map<String, String> query = Map.of("q", CursorPagingSet.QUERY, "size", "3");
        String cursor = search(query).path("nextCursor");
        // Another q, other filters, another sort.
        cursorProblem(with(with(query, "q", "碲锭 -价格"), "cursor", cursor), "another q");
        cursorProblem(with(with(query, "region", "TW"), "cursor", cursor), "other filters");
        cursorProblem(with(with(query, "sort", "date"), "cursor", cursor), "sorted by relevance");
        // Edited, cut short, not base64url, of a format this code does not read.
        char swapped = cursor.charAt(8) == 'A' ? 'B' : 'A';
        cursorProblem(with(query, "cursor", cursor.substring(0, 8) + swapped + cursor.substring(9)), "nextCursor");
        cursorProblem(with(query, "cursor", cursor.substring(0, cursor.length() - 6)), "nextCursor");
        cursorProblem(with(query, "cursor", "not a cursor!"), "base64url");
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(cursor);
        bytes[0] = 0;
        cursorProblem(with(query, "cursor", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)),
                "format version 0");
    }

    private static void cursorProblem(Map<String, String> params, String detail) {
        given().queryParams(params).when().get("/api/v1/search").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(detail))
                .body("detail", containsString("without cursor"));
    }

    @Test
    void exportStreamsEveryHitAsNdjsonInTheSearchOrder() throws Exception {
        for (String sort : List.of("relevance", "date")) {
            List<String> whole = search(Map.of("q", CursorPagingSet.QUERY, "sort", sort, "size", "100"))
                    .path("hits.id");
            Response export = given().queryParams(Map.of("q", CursorPagingSet.QUERY, "sort", sort)).when()
                    .get("/api/v1/search/export");
            export.then().statusCode(200).contentType(containsString("application/x-ndjson"))
                    .header("X-Total-Count", "12").header("X-Export-Truncated", "false")
                    .header("Content-Disposition", containsString("sinoscope-search.ndjson"));
            List<String> ids = new java.util.ArrayList<>();
            for (String line : export.asString().split("\n")) {
                com.fasterxml.jackson.databind.JsonNode hit = json.readTree(line);
                ids.add(hit.get("id").asText());
                assertTrue(hit.has("title") && hit.has("publishedAt") && hit.has("snippet"), line);
            }
            assertEquals(whole, ids, sort);
        }
    }

    @Test
    void exportWritesCsvForSpreadsheets() {
        String csv = given().queryParams(Map.of("q", CursorPagingSet.QUERY, "sort", "date", "format", "CSV")).when()
                .get("/api/v1/search/export").then().statusCode(200).contentType(containsString("text/csv"))
                .header("X-Total-Count", "12").header("X-Export-Truncated", "false")
                .header("Content-Disposition", containsString("sinoscope-search.csv"))
                .extract().asString();
        assertTrue(csv.startsWith("\uFEFFid,external_id,source,region,published_at,published_local,title,score,"
                + "snippet\r\n"), csv);
        String[] rows = csv.split("\r\n");
        assertEquals(1 + CursorPagingSet.SIZE, rows.length, csv);
        // Rows in the search's order; the comma and quotes of a title quoted, a leading + kept from being a formula.
        assertTrue(rows[1].startsWith("cp-tw-stock,ext-cp-tw-stock,tellurium-wire,"), rows[1]);
        assertTrue(csv.contains(",\"碲錠出口,\"\"配額\"\"再收緊\","), csv);
        assertTrue(csv.contains(",'+3%：碲锭价格上涨,"), csv);
        // Snippets as text: the match unmarked.
        assertTrue(!csv.contains("<em>"), csv);
    }

    @Test
    void exportStopsAtTheLimitAndSaysSo() throws Exception {
        Response export = given().queryParams(Map.of("q", CursorPagingSet.QUERY, "sort", "date", "limit", "7")).when()
                .get("/api/v1/search/export");
        export.then().statusCode(200).header("X-Total-Count", "12").header("X-Export-Limit", "7")
                .header("X-Export-Truncated", "true");
        assertEquals(BY_DATE.subList(0, 7), ndjsonIds(export.asString()));
    }

    private List<String> ndjsonIds(String ndjson) throws java.io.IOException {
        List<String> ids = new java.util.ArrayList<>();
        for (String line : ndjson.split("\n")) {
            ids.add(json.readTree(line).get("id").asText());
        }
        return ids;
    }

    private static List<List<String>> walk(Map<String, String> query, int size) {
        return walk(query, size, CursorPagingSet.SIZE);
    }

    private static List<List<String>> walk(Map<String, String> query, int size, int total) {
        List<List<String>> pages = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> params = with(query, "size", Integer.toString(size));
            Response page = search(cursor == null ? params : with(params, "cursor", cursor));
            pages.add(page.path("hits.id"));
            page.then().body("total", equalTo(total));
            cursor = page.path("nextCursor");
            assertTrue(pages.size() <= total + 1, "the walk ends: " + pages);
        } while (cursor != null);
        return pages;
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(params);
        more.put(name, value);
        return more;
    }

    static Response search(Map<String, String> params) {
        Response response = given().queryParams(params).when().get("/api/v1/search");
        response.then().statusCode(200);
        return response;
    }

    private static Set<String> ids(Response response) {
        List<String> ids = response.path("hits.id");
        return new TreeSet<>(ids);
    }

    /** The background of the story comparison's distinctive terms: document frequencies of words of the word field. */
    @Test
    void wordStatisticsCountTheArticlesHoldingAWord() {
        WordStatistics.WordCounts counts = backend.documentFrequencies(List.of("特朗普", "从未见过的词语"));
        long trump = counts.frequencies().get("特朗普");
        // The mainland and Hong Kong fixtures write 特朗普, and other tests' articles may too.
        assertTrue(trump >= 2 && trump <= counts.documents(), counts.toString());
        assertEquals(0L, counts.frequencies().get("从未见过的词语"));
        assertTrue(counts.documents() >= 4, counts.toString());
        assertEquals(0, backend.documentFrequencies(List.of()).frequencies().size());
    }
}
