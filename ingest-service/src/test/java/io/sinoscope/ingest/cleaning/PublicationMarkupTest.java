package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sinoscope.ingest.cleaning.ArticleCleaner;
import io.sinoscope.ingest.cleaning.BoilerplateRemover;
import io.sinoscope.ingest.cleaning.MetadataExtractor;
import io.sinoscope.ingest.cleaning.OcrRepair;
import io.sinoscope.ingest.cleaning.UnicodeNormalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The publication time a page's markup states, through the extractor and the cleaner, as intake reads it. */
class PublicationMarkupTest {

    private static final Instant RECEIVED = Instant.parse("2026-04-05T00:00:00Z");
    private static final String BODY = "<p>商务部周四发布公告，对部分中重稀土相关物项实施出口许可管理，措施自下月起施行。</p>"
            + "<p>商务部新闻发言人表示，相关措施符合国际通行做法，不针对任何特定国家和地区。</p>";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor(new MainContentLocator(), 1000);
    private final ArticleCleaner cleaner = new ArticleCleaner(new UnicodeNormalizer(), new BoilerplateRemover(),
            new OcrRepair(), new MetadataExtractor());

    private OffsetDateTime published(String html) {
        HtmlArticleExtractor.ExtractedPage page = extractor.extract(html);
        return cleaner.clean(page.text(), RECEIVED, page.publicationTime()).metadata().publishedAt().orElse(null);
    }

    private static OffsetDateTime beijing(String local) {
        return OffsetDateTime.parse(local + "+08:00");
    }

    @Test
    void articlePublishedTimeMetaTag() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"2026-04-02T09:58:00+08:00\">"
                + "</head><body><article><h1>稀土新规</h1>" + BODY + "</article></body></html>";
        assertEquals(beijing("2026-04-02T09:58"), published(page));
    }

    @Test
    void itempropAndOpenGraphMetaTags() {
        assertEquals(Instant.parse("2026-04-02T06:30:00Z"), published("<html><head>"
                + "<meta itemprop=\"datePublished\" content=\"2026-04-02T06:30:00Z\"></head><body><article>" + BODY
                + "</article></body></html>").toInstant());
        assertEquals(beijing("2026-04-01T22:10"), published("<html><head>"
                + "<meta property=\"og:published_time\" content=\"2026-04-01 22:10\"></head><body><article>" + BODY
                + "</article></body></html>"));
    }

    @Test
    void jsonLdDatePublished() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"dateModified\":\"2026-04-03T10:00:00+08:00\",\"datePublished\":\"2026-04-02T15:15:00+08:00\"}"
                + "</script></head><body><div class=\"content\">" + BODY + "</div></body></html>";
        assertEquals(beijing("2026-04-02T15:15"), published(page));
    }

    @Test
    void timeElementInTheArticleHeader() {
        String page = "<html><body><article><header><h1>美對台晶片關稅暫緩</h1>"
                + "<time datetime=\"2026-04-02T21:07:45+08:00\">2026/04/02 21:07</time></header>" + BODY
                + "</article></body></html>";
        assertEquals(beijing("2026-04-02T21:07:45"), published(page));
    }

    @Test
    void dateLineOutsideTheParagraphsWithWeekdayAndTwelveHourTime() {
        String page = "<html><body><div class=\"news\"><h1>港府公布首季出口數據</h1>"
                + "<div class=\"info\"><span>2026年4月2日（週四）下午3時15分</span> <span>來源：某某日報</span></div>"
                + BODY + "</div></body></html>";
        HtmlArticleExtractor.ExtractedPage extracted = extractor.extract(page);
        assertEquals("2026年4月2日（週四）下午3時15分 來源：某某日報", extracted.publicationTime());
        assertEquals(beijing("2026-04-02T15:15"), published(page));
    }

    @Test
    void dateAndTimeInSeparateSpansAreReadTogetherAndASidebarsDateIsSkipped() {
        String page = "<html><body><div class=\"sidebar\"><span>2026-03-30</span> 舊聞</div>"
                + "<div class=\"content\"><h1>美對台晶片關稅暫緩</h1><div class=\"meta\"><span class=\"date\">2026-04-02</span>"
                + "<span class=\"time\">21:07</span></div>" + BODY + "</div></body></html>";
        assertEquals(beijing("2026-04-02T21:07"), published(page));
    }

    @Test
    void datesInRelatedListsLinksAndParagraphsAreNotThePagesTime() {
        String page = "<html><body><ul class=\"related\"><li><a href=\"/1\">舊聞一則 2026-03-01 10:00</a></li></ul>"
                + "<div class=\"content\"><p>據報道，2026年3月30日 星期一 上午10時，雙方曾舉行會談。</p>" + BODY
                + "</div></body></html>";
        assertNull(extractor.extract(page).publicationTime());
    }
}
