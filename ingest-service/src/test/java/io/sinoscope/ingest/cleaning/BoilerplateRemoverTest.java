package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {

    private static final String PARAGRAPH = "商务部今天宣布对部分稀土物项实施出口管制，措施自下月起施行。";
    private static final String SECOND = "外交部发言人表示，有关措施符合国际惯例，不针对任何特定国家。";

    private final BoilerplateRemover remover = new BoilerplateRemover();

    @Test
    void editorCopyrightShareAndCounterLinesAreDroppedAndReported() {
        CleanedText cleaned = remover.remove(String.join("\n", PARAGRAPH, "点赞 12 收藏 3", "分享到：微信 微博",
                SECOND, "（责任编辑：王某）", "版权所有 © 2026 某某新闻网", "某某新闻网 版权所有", "扫码关注我们的公众号",
                "打开APP阅读全文"));
        assertEquals(PARAGRAPH + "\n" + SECOND, cleaned.text());
        assertEquals(List.of("line: 点赞 12 收藏 3", "line: 分享到：微信 微博", "line: （责任编辑：王某）",
                "line: 版权所有 © 2026 某某新闻网", "line: 某某新闻网 版权所有", "line: 扫码关注我们的公众号",
                "line: 打开APP阅读全文"), cleaned.removed());
    }

    @Test
    void traditionalSpellingsAreRecognisedToo() {
        CleanedText cleaned = remover.remove("首頁 > 國際 > 正文\n" + PARAGRAPH + "\n責任編輯：李某");
        assertEquals(PARAGRAPH, cleaned.text());
        assertEquals(List.of("breadcrumb: 首頁 > 國際 > 正文", "line: 責任編輯：李某"), cleaned.removed());
    }

    @Test
    void breadcrumbWithPortalLinksIsDropped() {
        CleanedText cleaned = remover.remove("某某首页 > 某某号 > 正文 申请入驻\n\n" + PARAGRAPH);
        assertEquals(PARAGRAPH, cleaned.text());
        assertEquals(List.of("breadcrumb: 某某首页 > 某某号 > 正文 申请入驻"), cleaned.removed());
    }

    @Test
    void disclaimerDropsItselfAndEverythingAfter() {
        CleanedText cleaned = remover.remove(PARAGRAPH + "\n\n特别声明：以上内容仅代表作者本人观点。\n本平台仅提供信息存储服务。");
        assertEquals(PARAGRAPH, cleaned.text());
        assertEquals(List.of("disclaimer: 特别声明：以上内容仅代表作者本人观点。 (2 lines)"), cleaned.removed());
    }

    @Test
    void relatedListWithTimestampRowsEndsAtTheNextRealParagraph() {
        String page = String.join("\n", PARAGRAPH, "", "相关推荐", "某地发布新一轮稀土收储计划", "2026-11-02 10:31",
                "港股稀土板块午后拉升 11-02", "", "多国官员出席矿产会议...  12月18日，会议在…", "", SECOND);
        CleanedText cleaned = remover.remove(page);
        assertEquals(PARAGRAPH + "\n\n" + SECOND, cleaned.text());
        assertEquals(List.of("related list: 相关推荐 (5 lines)"), cleaned.removed());
    }

    @Test
    void relatedListAtTheEndRunsToTheEndOrToTheNextChromeLine() {
        CleanedText cleaned = remover.remove(PARAGRAPH + "\n延伸閱讀\n美日簽署關鍵礦產協議\n台股收盤上漲 11-03");
        assertEquals(PARAGRAPH, cleaned.text());
        assertEquals(List.of("related list: 延伸閱讀 (3 lines)"), cleaned.removed());

        CleanedText footed = remover.remove(PARAGRAPH + "\n更多新聞\n美日簽署關鍵礦產協議\n© 2026 某某新聞網 版權所有");
        assertEquals(List.of("related list: 更多新聞 (2 lines)", "line: © 2026 某某新聞網 版權所有"), footed.removed());
    }

    @Test
    void paragraphsMentioningTheSameWordsAreKept() {
        String text = String.join("\n",
                "报告指出，相关推荐措施已在多个省份试行，版权所有者的权益也得到保护。",
                "版权所有者诉流媒体平台案今日开庭",
                "该公司声明：将继续履行合同义务。",
                "（资料图）",
                "美日两国签署协议。（圖／路透社）");
        CleanedText cleaned = remover.remove(text);
        assertEquals(text, cleaned.text());
        assertEquals(List.of(), cleaned.removed());
    }

    @Test
    void sectionLabelsPromotionsDisclaimersRepostAndRelatedTitleLinesAreDropped() {
        CleanedText cleaned = remover.remove(String.join("\n", "國際｜半導體", "港聞 > 地產", PARAGRAPH,
                "（原标题：商务部宣布稀土出口管制）", "本文转载自某某财经网", SECOND, "加入會員，免費閱讀更多獨家報導",
                "投资有风险，入市需谨慎。本文仅供参考，不构成投资建议。", "相关阅读：央行年内第二次降准 释放长期资金万亿元",
                "延伸閱讀：台積電美國廠良率追上台灣"));
        assertEquals(PARAGRAPH + "\n" + SECOND, cleaned.text());
        assertEquals(8, cleaned.removed().size(), cleaned.removed()::toString);
    }

    @Test
    void contentLinesWithTheSameCueWordsStay() {
        String text = String.join("\n", "發展商表示，加入會員的買家可獲優先揀樓。",
                "分析人士认为，投资者应理性看待市场波动，这不构成投资建议的替代。",
                "台積電今日宣布擴廠，延伸閱讀相關資料的讀者可參考年報。", "記者王小明／台北報導",
                "國際｜美中貿易戰持續升溫 雙方各自加碼", "訂閱制收入成長三成，占營收比重創新高。");
        assertEquals(text, remover.remove(text).text());
    }

    @Test
    void adCopyrightImprintAndRelatedLinesGoContentWithTheirWordsStays() {
        String page = String.join("\n", "央行宣布降准", "中国人民银行决定下调存款准备金率。", "（广告）", "- 廣告 -",
                "廣告 請繼續往下閱讀", "ADVERTISEMENT", "贊助內容", "本文版权归财经网所有，未经授权不得转载。",
                "版權所有，翻印必究", "国内统一连续出版物号 CN11-0065 代号1-1", "▲相关新闻：央行年内第二次降准",
                "【延伸閱讀】台積電美國廠良率追上台灣", "编辑 王小明", "分析人士认为，此举有助于降低融资成本。");
        CleanedText cleaned = remover.remove(page);
        assertEquals("央行宣布降准\n中国人民银行决定下调存款准备金率。\n分析人士认为，此举有助于降低融资成本。", cleaned.text());
        assertEquals(11, cleaned.removed().size(), "every removal is reported: " + cleaned.removed());
        String content = String.join("\n", "广告主普遍加大了线上投放。", "廣告商紛紛撤資，電視台收入大減。",
                "他在论坛上分享了企业出海的经验。", "该报编辑部表示将更正。", "法院认定，被告未经授权转载原告文章，构成侵权。",
                "版權所有者可依法追討損失。", "分析人士认为，相关新闻发布后市场反应平稳。", "人民出版社出版了新书");
        assertEquals(content, remover.remove(content).text());
    }
}
