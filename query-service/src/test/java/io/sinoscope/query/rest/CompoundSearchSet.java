package io.sinoscope.query.rest;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.rest.WordEdgeDevSet.Article;
import io.sinoscope.query.rest.WordEdgeDevSet.Case;
import java.util.List;

/**
 * Search after the compound-name change (issue 22: a listed name plus a head word is another entity, text-analysis
 * {@code CompoundWords}): one decoy per class, a sentence where a listed name occurs only inside a compound (a
 * road, a sea, a navy, a local government, a building, a chamber), and one positive where it stands alone, written in
 * mainland, Taiwan and Hong Kong styles for this set. Every article carries the real linker's entities. A query for
 * the inner name must not find the decoy (neither by word nor by entity id); a query for the compound must find it.
 */
final class CompoundSearchSet {

    static final String SOURCE = "compound-wire";
    /** Every article's title: one word all of them share, to wait for them all. */
    static final String TITLE = "简讯";

    static final List<Article> ARTICLES = List.of(
            new Article("cs-d-road", "尖沙咀北京道今日因維修封路。", List.of()),
            new Article("cs-p-road", "北京今日气温回升至二十度。", List.of()),
            new Article("cs-d-sea", "两艘军舰昨日驶入菲律宾海。", List.of()),
            new Article("cs-p-sea", "菲律宾总统宣布改组内阁。", List.of()),
            new Article("cs-d-navy", "日本海軍的護衛艦今天抵達基地。", List.of()),
            new Article("cs-p-navy", "日本首相今天出访东南亚。", List.of()),
            new Article("cs-d-government", "彰化縣政府今天公布新的防疫措施。", List.of()),
            new Article("cs-p-government", "彰化今天氣溫偏高，午後有雷陣雨。", List.of()),
            new Article("cs-d-building", "重慶大廈的商戶表示生意回升。", List.of()),
            new Article("cs-p-building", "重庆今年的旅游收入大幅增长。", List.of()),
            new Article("cs-d-chamber", "德国商会发布了年度营商环境报告。", List.of()),
            new Article("cs-p-chamber", "德国总理下周访问北京。", List.of()));

    static final List<Case> CASES = List.of(
            new Case("北京", List.of("cs-p-road", "cs-p-chamber"), List.of("cs-d-road")),
            new Case("北京道", List.of("cs-d-road"), List.of()),
            new Case("菲律宾", List.of("cs-p-sea"), List.of("cs-d-sea")),
            new Case("菲律宾海", List.of("cs-d-sea"), List.of()),
            new Case("日本", List.of("cs-p-navy"), List.of("cs-d-navy")),
            new Case("日本海军", List.of("cs-d-navy"), List.of()),
            new Case("彰化", List.of("cs-p-government"), List.of("cs-d-government")),
            new Case("彰化县政府", List.of("cs-d-government"), List.of()),
            new Case("重庆", List.of("cs-p-building"), List.of("cs-d-building")),
            new Case("重庆大厦", List.of("cs-d-building"), List.of()),
            new Case("德国", List.of("cs-p-chamber"), List.of("cs-d-chamber")),
            new Case("德国商会", List.of("cs-d-chamber"), List.of()));

    static List<ArticleEnriched> articles(Fixtures fixtures) {
        return ARTICLES.stream().map(article -> fixtures.article(article.id(), TITLE, article.text(),
                "2025-04-04T02:00:00Z").source(SOURCE).linked().build()).toList();
    }

    private CompoundSearchSet() {
    }
}
