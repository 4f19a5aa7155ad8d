package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    /** 2026-11-05 10:00 in Beijing. */
    private static final Instant RECEIVED = Instant.parse("2026-11-05T02:00:00Z");

    private final MetadataExtractor extractor = new MetadataExtractor();

    private ArticleMetadata extract(String text) {
        return extractor.extract(text, RECEIVED);
    }

    private static Optional<OffsetDateTime> beijing(String localDateTime) {
        return Optional.of(OffsetDateTime.parse(localDateTime + "+08:00"));
    }

    @Test
    void portalPageGivesHeadlineAndTimestamp() {
        ArticleMetadata metadata = extract("美方宣布暂缓加征稀土关税\n某某财经\n2025-06-11 20:11:18\n\n商务部今天表示，双方将继续磋商。");
        assertEquals(Optional.of("美方宣布暂缓加征稀土关税"), metadata.title());
        assertEquals(beijing("2025-06-11T20:11:18"), metadata.publishedAt());
        assertEquals(Optional.empty(), metadata.outlet());
    }

    @Test
    void xinhuaDatelineGivesOutletDateAndReporter() {
        ArticleMetadata metadata = extract("商务部回应稀土出口管制问题\n\n新华社北京4月8日电（记者张三）商务部新闻发言人8日表示，相关措施符合国际惯例。");
        assertEquals(Optional.of("新华社"), metadata.outlet());
        assertEquals(beijing("2026-04-08T00:00"), metadata.publishedAt());
        assertEquals(Optional.of("张三"), metadata.byline());
    }

    @Test
    void datelineLaterInTheYearThanReceptionBelongsToTheYearBefore() {
        ArticleMetadata metadata = extract("新华网北京12月20日电 国务院关税税则委员会发布公告。");
        assertEquals(Optional.of("新华网"), metadata.outlet());
        assertEquals(beijing("2025-12-20T00:00"), metadata.publishedAt());
    }

    @Test
    void cnaDatelineGivesTheDayOnlyAndMonthAndYearComeFromReception() {
        assertEquals(beijing("2026-11-03T00:00"), extract("【中央社華盛頓3日綜合外電報導】美國總統今天表示將調降關稅。").publishedAt());
        ArticleMetadata lastMonth = extract("【中央社台北28日電】經濟部今天公布出口統計。");
        assertEquals(beijing("2026-10-28T00:00"), lastMonth.publishedAt());
        assertEquals(Optional.of("中央社"), lastMonth.outlet());
    }

    @Test
    void chineseAndSlashDatesAreRead() {
        assertEquals(beijing("2026-11-03T00:00"), extract("本报讯 2026年11月3日，港口吞吐量创新高。").publishedAt());
        assertEquals(beijing("2026-11-03T08:15"), extract("更新时间：2026/11/03 08:15\n港口吞吐量创新高。").publishedAt());
    }

    @Test
    void hongKongOutletWithoutDateAndTheLongestAliasWins() {
        ArticleMetadata metadata = extract("香港文匯報訊 美日兩國簽署關鍵礦產合作框架，雙方同意共同投資。");
        assertEquals(Optional.of("香港文匯報"), metadata.outlet());
        assertEquals(Optional.empty(), metadata.publishedAt());
    }

    @Test
    void outletCitedInTheBodyIsNotTheArticlesOutletButACreditLineIsInItsOwnSpelling() {
        String body = "美国股市周一小幅走高。\n据路透社报道，多家企业推迟了投资计划。";
        assertEquals(Optional.empty(), extract(body).outlet());
        assertEquals(Optional.of("联合早报"), extract(body + "\n（聯合早報）").outlet());
    }

    @Test
    void paragraphIsNotATitleAndMarkdownHeadingMarksAreDropped() {
        assertEquals(Optional.empty(), extract("商务部今天表示，双方将继续磋商。\n第二段。").title());
        assertEquals(Optional.of("若能达成协议就太好了"), extract("# 若能达成协议就太好了\n\n正文。").title());
    }

    @Test
    void reporterCreditsAreBylinesButTalkingToReportersIsNot() {
        assertEquals(Optional.of("黄某"), extract("某地晚报11月3日讯（全媒体记者 黄某）单位为职工缴存公积金。").byline());
        assertEquals(Optional.of("李四"), extract("撰稿：李四\n市场持续回暖。").byline());
        assertEquals(Optional.empty(), extract("发言人答记者问时表示：将依法审批。\n他对记者说，谈判仍在进行。").byline());
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertEquals(Optional.empty(), extract("新华社北京2月30日电 某部门发布通知。").publishedAt());
    }

    @Test
    void bylineStopsBeforeTheReportVerbWhenPrintClosesItsSpaces() {
        UnicodeNormalizer normalizer = new UnicodeNormalizer();
        assertEquals(Optional.of("張三"), extract(normalizer.normalize("港府公布出口數據\n（記者\u3000張三\u3000報導）統計處今日公布數字。")).byline());
        assertEquals(Optional.of("王小明"), extract("經濟部公布出口統計\n記者王小明／台北報導\n經濟部今天公布三月出口統計。").byline());
    }
}
