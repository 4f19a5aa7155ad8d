package io.sinoscope.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(new MainContentLocator());

    @Test
    void unmarkedPortalPageYieldsTheDensestProseBlockWithoutItsLinkLists() {
        String page = """
                <html><head><title>稀土新规 - 示例新闻网</title></head><body>
                <div class="top-links"><a href="/">首页</a> <a href="/world">国际</a> <a href="/biz">财经</a></div>
                <div class="side-rank"><a href="/1">热门文章一</a><a href="/2">热门文章二</a><a href="/3">热门文章三</a>
                  <a href="/4">热门文章四</a></div>
                <div class="article-body">
                  <h1>商务部发布稀土出口新规</h1>
                  <p>商务部周四发布公告，对部分中重稀土相关物项实施出口许可管理，措施自下月起施行。</p>
                  <p>商务部新闻发言人表示，相关措施符合国际通行做法，不针对任何特定国家和地区。</p>
                  <ul class="x"><li><a href="/r1">稀土价格本周走高</a></li><li><a href="/r2">澳大利亚稀土企业股价上涨</a></li></ul>
                  <p>业内人士认为，新规将促使下游企业加快建立多元化的供应渠道。</p>
                </div>
                <div class="copyright">版权所有 示例新闻网</div>
                </body></html>""";

        HtmlArticleExtractor.ExtractedPage extracted = extractor.extract(page);

        assertEquals("商务部发布稀土出口新规", extracted.title());
        assertEquals("""
                商务部周四发布公告，对部分中重稀土相关物项实施出口许可管理，措施自下月起施行。
                商务部新闻发言人表示，相关措施符合国际通行做法，不针对任何特定国家和地区。
                业内人士认为，新规将促使下游企业加快建立多元化的供应渠道。""", extracted.text());
        assertTrue(extracted.removed().stream().anyMatch(r -> r.startsWith("links: 稀土价格本周走高")),
                extracted.removed().toString());
    }

    @Test
    void markedArticleContainerWins() {
        String page = "<html><body><div><p>" + "导航文字".repeat(30) + "</p></div>"
                + "<article><p>正文第一段，讲述关税调整的来龙去脉。</p></article></body></html>";
        assertEquals("正文第一段，讲述关税调整的来龙去脉。", extractor.extract(page).text());
    }
}
