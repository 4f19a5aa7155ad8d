package io.sinoscope.query.rest;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.rest.WordEdgeDevSet.Article;
import io.sinoscope.query.rest.WordEdgeDevSet.Case;
import java.util.List;

/**
 * Search for an unseen foreign name by another region's spelling (issue 22, text-analysis
 * {@code UnlinkedNameIds}): sentences written for this set in mainland, Taiwan and Hong Kong styles about people no
 * gazetteer lists, each carrying the real linker's entities. A query in another spelling (the surname alone where the
 * article wrote the full name, Taiwan's spelling without 尔, 柯 for 科, 斯 and 德 for 施 and 特) must find the article
 * through the name's phonetic key, which no substring of the text gives; a different name whose key differs (哈尔森,
 * 巴甫洛夫斯基) is a decoy. An English name ("Halvorsen") finds the article through the keys its letters may spell
 * (text-analysis {@code EnglishNameKeys}).
 */
final class TransliterationSearchSet {

    static final String SOURCE = "translit-wire";
    /** Every article's title: one word all of them share, to wait for them all. */
    static final String TITLE = "外电";

    static final String TAIWAN_STARMER = "ts-tw-starmer";
    static final String STARMER_ID = "person:keir-starmer";

    static final List<Article> ARTICLES = List.of(
            new Article("ts-cn-halvorsen", "挪威央行行长延斯·哈尔沃森周四宣布维持利率不变。", List.of()),
            new Article("ts-tw-bakowski", "波蘭財政部長巴柯夫斯基週一表示，波蘭明年赤字將下降。", List.of()),
            new Article("ts-hk-hofstetter", "奧地利央行行長霍夫施泰特警告，歐元區通脹仍有上升風險。", List.of()),
            new Article("ts-d-halson", "英国央行首席经济学家哈尔森表示，通胀仍然偏高。", List.of()),
            new Article("ts-d-pavlovsky", "俄罗斯能源部长巴甫洛夫斯基周二访问北京。", List.of()),
            // Taiwan's 史塔默 for the listed 斯塔默 (Keir Starmer): a possible link to the listed person.
            new Article(TAIWAN_STARMER, "英國首相史塔默週二在倫敦表示，英國將與歐盟重啟貿易談判。", List.of()));

    static final List<Case> CASES = List.of(
            new Case("哈沃森", List.of("ts-cn-halvorsen"), List.of("ts-d-halson")),
            new Case("哈爾沃森", List.of("ts-cn-halvorsen"), List.of("ts-d-halson")),
            new Case("巴科夫斯基", List.of("ts-tw-bakowski"), List.of("ts-d-pavlovsky")),
            new Case("霍夫斯泰德", List.of("ts-hk-hofstetter"), List.of()),
            // English names no dictionary lists: the learned letter table reads them into the names' keys.
            new Case("Halvorsen", List.of("ts-cn-halvorsen"), List.of("ts-d-halson")),
            new Case("Hofstetter", List.of("ts-hk-hofstetter"), List.of("ts-d-halson")),
            // The listed person's own name finds the article whose Taiwan spelling was joined to it.
            new Case("斯塔默", List.of(TAIWAN_STARMER), List.of()));

    /** The unlinked id the mainland article's 延斯·哈尔沃森 gets, which an English search finds in the entities API. */
    static final String HALVORSEN_ID = "unlinked:name:~ha-wa-sen";

    static List<ArticleEnriched> articles(Fixtures fixtures) {
        return ARTICLES.stream().map(article -> fixtures.article(article.id(), TITLE, article.text(),
                "2025-04-05T02:00:00Z").source(SOURCE).linked().build()).toList();
    }

    private TransliterationSearchSet() {
    }
}
