package io.sinoscope.query.rest;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.Fixtures;
import io.sinoscope.query.rest.WordEdgeDevSet.Article;
import io.sinoscope.query.rest.WordEdgeDevSet.Case;
import java.util.List;

/**
 * Search after the linker's word-edge change (issue 22, Deliver 5, linker round): one decoy and one positive per class
 * of the linker dev set (text-analysis {@code linker-edge-dev-v1.tsv}, whose sentences these are). Unlike the other
 * word-edge sets, every article carries the entities the real linker gives it, as nlp-service would send them: before
 * the change the linker took the short name out of the longer word in five of them (孟加拉 of 孟加拉湾, 意大利 of
 * 意大利面, 荷兰 of 荷兰猪, 湖南 across 洞庭湖|南岸), and its entity id made the article match the name's query although its words did not.
 */
final class LinkerEdgeSearchSet {

    static final String SOURCE = "linker-edge-wire";
    /** Every article's title: one word all of them share, to wait for them all. */
    static final String TITLE = "电讯";

    static final List<Article> ARTICLES = List.of(
            // A place inside a geographic feature; an ethnic group; a food; a species; a product.
            new Article("le-d-geo", "孟加拉灣形成的熱帶氣旋預計週末登陸。", List.of()),
            new Article("le-p-geo", "孟加拉成衣出口上月成長一成。", List.of()),
            new Article("le-d-people", "黑龙江的俄罗斯族村落保留着东正教传统。", List.of()),
            new Article("le-p-people", "俄罗斯外长抵达北京。", List.of()),
            new Article("le-d-food", "晚饭做了一份肉酱意大利面。", List.of()),
            new Article("le-p-food", "義大利總理今天訪問日本。", List.of()),
            new Article("le-d-species", "孩子想养一只荷兰猪当宠物。", List.of()),
            new Article("le-p-species", "荷兰限制光刻机对华出口。", List.of()),
            new Article("le-d-product", "他随身带着一把瑞士军刀。", List.of()),
            new Article("le-p-product", "瑞士央行意外減息。", List.of()),
            // A company inside a longer word; a name across two words; an abbreviation inside a longer word.
            new Article("le-d-name", "中国银行业协会发布了年度报告。", List.of()),
            new Article("le-p-name", "中国银行下调了存款利率。", List.of()),
            new Article("le-d-straddle", "洞庭湖南岸的湿地迎来候鸟。", List.of()),
            new Article("le-p-straddle", "湖南今年的早稻收购价上调。", List.of()),
            new Article("le-d-abbrev", "施工期间人行道临时封闭。", List.of()),
            new Article("le-p-abbrev", "人行宣布下调存款准备金率。", List.of()));

    static final List<Case> CASES = List.of(
            new Case("孟加拉", List.of("le-p-geo"), List.of("le-d-geo")),
            new Case("俄罗斯", List.of("le-p-people"), List.of("le-d-people")),
            new Case("意大利", List.of("le-p-food"), List.of("le-d-food")),
            new Case("荷兰", List.of("le-p-species"), List.of("le-d-species")),
            new Case("瑞士", List.of("le-p-product"), List.of("le-d-product")),
            new Case("中国银行", List.of("le-p-name"), List.of("le-d-name")),
            new Case("湖南", List.of("le-p-straddle"), List.of("le-d-straddle")),
            new Case("人行", List.of("le-p-abbrev"), List.of("le-d-abbrev")));

    static List<ArticleEnriched> articles(Fixtures fixtures) {
        return ARTICLES.stream().map(article -> fixtures.article(article.id(), TITLE, article.text(),
                "2025-04-03T02:00:00Z").source(SOURCE).linked().build()).toList();
    }

    private LinkerEdgeSearchSet() {
    }
}
