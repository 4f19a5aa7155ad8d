package io.sinoscope.query.rest;

import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.Fixtures;
import java.util.List;

/**
 * Articles of {@link SearchBackendSuite} for cursor paging and export, written for this test in mainland Simplified,
 * Taiwan and Hong Kong Traditional styles, all about tellurium ingots (碲锭 / 碲錠), a word no other test's articles
 * use. Built to make a naive order break: four reports with the same title, text and time (equal score and date, only
 * the id tells them apart), three more at that same time, a title with an ASCII comma and quotes (CSV quoting) and one
 * starting with + (which spreadsheet programs would run as a formula).
 */
final class CursorPagingSet {

    static final String SOURCE = "tellurium-wire";
    /** The query that finds every article of the set, and no other. */
    static final String QUERY = "碲锭";
    /** The title CSV must quote: a comma and quotes inside. */
    static final String QUOTED_TITLE = "碲錠出口,\"配額\"再收緊";
    static final String FORMULA_TITLE = "+3%：碲锭价格上涨";
    /** Articles in the set. */
    static final int SIZE = 12;
    private static final String SAME_TIME = "2025-05-01T08:00:00Z";

    private CursorPagingSet() {
    }

    static List<ArticleEnriched> articles(Fixtures fixtures) {
        return List.of(
                // Four wire copies: same title, text and time.
                article(fixtures, "cp-copy-d", "碲锭供应趋紧", "多家光伏企业表示碲锭供应趋紧，价格持续上涨。", SAME_TIME),
                article(fixtures, "cp-copy-b", "碲锭供应趋紧", "多家光伏企业表示碲锭供应趋紧，价格持续上涨。", SAME_TIME),
                article(fixtures, "cp-copy-a", "碲锭供应趋紧", "多家光伏企业表示碲锭供应趋紧，价格持续上涨。", SAME_TIME),
                article(fixtures, "cp-copy-c", "碲锭供应趋紧", "多家光伏企业表示碲锭供应趋紧，价格持续上涨。", SAME_TIME),
                // The same time, other wording.
                article(fixtures, "cp-tw-quota", QUOTED_TITLE, "經濟部表示，碲錠出口配額明年起再收緊，業者須提前申請。",
                        SAME_TIME),
                article(fixtures, "cp-hk-price", "碲錠價格創新高", "本港金屬貿易商指碲錠價格創新高，訂單排期延至下季。",
                        SAME_TIME),
                article(fixtures, "cp-cn-formula", FORMULA_TITLE, "上海有色网报价显示，碲锭价格较上周上涨3%。", SAME_TIME),
                // Other times.
                article(fixtures, "cp-cn-mine", "碲锭产能扩张", "四川一家冶炼厂宣布碲锭产能扩张一倍，预计年底投产。",
                        "2025-04-02T02:00:00Z"),
                article(fixtures, "cp-tw-panel", "薄膜太陽能板需要碲錠", "薄膜太陽能板廠商採購碲錠，以確保明年產能。",
                        "2025-04-20T02:00:00Z"),
                article(fixtures, "cp-hk-fund", "基金增持碲錠", "有對沖基金增持碲錠現貨，市場憂慮炒賣推高價格。",
                        "2025-05-03T02:00:00Z"),
                article(fixtures, "cp-cn-recycle", "碲锭回收", "废旧光伏组件回收可提炼碲锭，每吨组件约可回收数公斤。",
                        "2025-05-10T02:00:00Z"),
                article(fixtures, "cp-tw-stock", "碲錠庫存", "貿易商表示碲錠庫存仍低，碲錠碲錠報價居高不下。",
                        "2025-06-01T02:00:00Z"));
    }

    private static ArticleEnriched article(Fixtures fixtures, String id, String title, String text, String at) {
        return fixtures.article(id, title, text, at).source(SOURCE).build();
    }
}
