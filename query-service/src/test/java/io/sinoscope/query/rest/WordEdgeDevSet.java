package io.sinoscope.query.rest;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.Fixtures;
import java.util.List;

/**
 * The word-edge dev set of {@link SearchBackendSuite}: sentences written for this test in mainland Simplified, Taiwan
 * and Hong Kong Traditional styles. Each decoy holds a name's characters only inside a longer, different word or
 * across the edge between two words (海地 in 沿海地区, 古巴 in 考古巴比伦, 苏丹 in 南苏丹); each positive holds the name as
 * a word, in either script or a regional form, at the head of a company or government name (美国商务部), or split by
 * a line break. Only some positives carry the entity mention nlp-service would link: the others must be found by the
 * text alone.
 */
final class WordEdgeDevSet {

    static final String SOURCE = "wordedge-wire";
    /** Every article's title: one word all of them share, to wait for them all. */
    static final String TITLE = "简讯";

    /** One fixture article: id, text, and the gazetteer surfaces it mentions (as linked by nlp-service). */
    record Article(String id, String text, List<String> mentions) {
    }

    /** A query, the articles it must find and the decoys it must not. */
    record Case(String query, List<String> positives, List<String> decoys) {
    }

    static final List<Article> ARTICLES = List.of(
            // Decoys: the name's characters inside or across other words.
            new Article("we-d-haidi", "沿海地区出口订单回升，港口吞吐量创新高。", List.of()),
            new Article("we-d-guba", "博物館展出考古巴比倫遺址的出土文物。", List.of()),
            new Article("we-d-gaotong", "新制度將提高通過率，考生反應熱烈。", List.of()),
            new Article("we-d-zhongfei", "市场中非常活跃的是新能源板块。", List.of()),
            new Article("we-d-deguo", "學校加強道德國民教育。", List.of()),
            new Article("we-d-faguo", "检察机关调查违法国企高管。", List.of()),
            new Article("we-d-meiguo", "這座小島被稱為完美國度。", List.of()),
            new Article("we-d-yingguo", "精英國際學校今年擴建校舍。", List.of()),
            new Article("we-d-yindu", "印度尼西亚总统视察雅加达港口。", List.of()),
            new Article("we-d-sudan", "南蘇丹政府與反對派簽署和平協議。", List.of()),
            new Article("we-d-baxi", "巴西利亞市長宣布新的交通政策。", List.of()),
            new Article("we-d-xiaomi", "早餐喝一碗小米粥，再配一碟小菜。", List.of()),
            new Article("we-d-ali", "阿里山小火車恢復通車。", List.of()),
            new Article("we-d-jingdong", "北京東路新開了一間書店。", List.of()),
            new Article("we-d-zhonggong", "各部门集中共享数据资源。", List.of()),
            new Article("we-d-sanxing", "三星級酒店入住率上升。", List.of()),
            // Positives.
            new Article("we-p-haidi", "海地總統府今天發表聲明，呼籲國際援助。", List.of()),
            new Article("we-p-guba", "古\n巴政府宣布恢复糖厂生产。", List.of()),
            new Article("we-p-gaotong", "高通公司宣布在本港設立研發中心。", List.of("高通")),
            new Article("we-p-deguo", "德国汽车业者担心关税冲击。", List.of()),
            new Article("we-p-faguo", "法國總統馬克龍抵達北京。", List.of()),
            new Article("we-p-meiguo", "美国商务部公布新的出口管制。", List.of()),
            new Article("we-p-yingguo", "英国央行宣布加息。", List.of()),
            new Article("we-p-yindu", "印度總理莫迪出訪東南亞。", List.of("印度")),
            new Article("we-p-sudan", "苏丹军方宣布停火七十二小时。", List.of()),
            new Article("we-p-baxi", "巴西總統盧拉呼籲減少森林砍伐。", List.of()),
            new Article("we-p-xiaomi", "小米集團公布季度業績。", List.of()),
            new Article("we-p-ali", "阿里旗下的云计算业务增长放缓。", List.of()),
            new Article("we-p-jingdong", "京東宣布擴大物流網絡。", List.of()),
            new Article("we-p-zhonggong", "中共中央召開會議。", List.of()),
            new Article("we-p-sanxing", "三星電子公布財報。", List.of()),
            new Article("we-p-niuxilan", "紐西蘭總理宣布提前大選。", List.of()),
            new Article("we-p-xueli", "雪梨歌劇院舉行跨年音樂會。", List.of()),
            new Article("we-p-huida", "輝達執行長黃仁勳來台。", List.of("輝達")));

    static final List<Case> CASES = List.of(
            new Case("海地", List.of("we-p-haidi"), List.of("we-d-haidi")),
            new Case("古巴", List.of("we-p-guba"), List.of("we-d-guba")),
            new Case("高通", List.of("we-p-gaotong"), List.of("we-d-gaotong")),
            new Case("中非", List.of(), List.of("we-d-zhongfei")),
            new Case("德國", List.of("we-p-deguo"), List.of("we-d-deguo")),
            new Case("法国", List.of("we-p-faguo"), List.of("we-d-faguo")),
            new Case("美国", List.of("we-p-meiguo"), List.of("we-d-meiguo")),
            new Case("英國", List.of("we-p-yingguo"), List.of("we-d-yingguo")),
            new Case("印度", List.of("we-p-yindu"), List.of("we-d-yindu")),
            new Case("苏丹", List.of("we-p-sudan"), List.of("we-d-sudan")),
            new Case("巴西", List.of("we-p-baxi"), List.of("we-d-baxi")),
            new Case("小米", List.of("we-p-xiaomi"), List.of("we-d-xiaomi")),
            new Case("阿里", List.of("we-p-ali"), List.of("we-d-ali")),
            new Case("京东", List.of("we-p-jingdong"), List.of("we-d-jingdong")),
            new Case("中共", List.of("we-p-zhonggong"), List.of("we-d-zhonggong")),
            new Case("三星", List.of("we-p-sanxing"), List.of("we-d-sanxing")),
            new Case("新西兰", List.of("we-p-niuxilan"), List.of()),
            new Case("悉尼", List.of("we-p-xueli"), List.of()),
            new Case("NVIDIA", List.of("we-p-huida"), List.of()),
            new Case("nvidia 执行长", List.of("we-p-huida"), List.of()));

    static List<ArticleEnriched> articles(Fixtures fixtures) {
        return ARTICLES.stream().map(article -> {
            Fixtures.Builder builder = fixtures.article(article.id(), TITLE, article.text(), "2025-04-01T02:00:00Z")
                    .source(SOURCE);
            article.mentions().forEach(builder::mentions);
            return builder.build();
        }).toList();
    }

    private WordEdgeDevSet() {
    }
}
