package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Publication times as CN, TW and HK portals and pages print them: a weekday between date and time, 12-hour times
 * after a day-period word, a 發佈時間 line glued to the headline, and ISO times from page markup.
 */
class PublicationTimeTest {

    private static final Instant RECEIVED = Instant.parse("2026-04-05T00:00:00Z");

    private final MetadataExtractor extractor = new MetadataExtractor();
    private final ArticleCleaner cleaner = new ArticleCleaner(new UnicodeNormalizer(), new BoilerplateRemover(),
            new OcrRepair(), extractor);

    private static Optional<OffsetDateTime> beijing(String localDateTime) {
        return Optional.of(OffsetDateTime.parse(localDateTime + "+08:00"));
    }

    private Optional<OffsetDateTime> published(String text) {
        return cleaner.clean(text, RECEIVED).metadata().publishedAt();
    }

    @Test
    void weekdayBetweenDateAndTimeKeepsTheTime() {
        // CN portal
        assertEquals(beijing("2026-04-02T09:58"),
                published("商务部回应稀土出口管制\n2026年4月2日 星期四 09:58 来源：某某网\n商务部新闻发言人2日表示，措施符合惯例。"));
        // HK portal, weekday in brackets, 12-hour clock
        assertEquals(beijing("2026-04-02T15:15"),
                published("港府公布首季出口數據\n2026年4月2日（週四）下午3時15分\n統計處今日公布，首季整體出口按年上升。"));
        // TW portal, weekday then a 24-hour time with seconds
        assertEquals(beijing("2026-04-02T21:07:45"),
                published("經濟部公布出口統計\n2026/04/02 週四 21:07:45\n經濟部今天公布三月出口統計。"));
        assertEquals(beijing("2026-04-01T08:30"), published("某某\n2026-04-01（礼拜三）08:30\n正文内容。"));
    }

    @Test
    void dayPeriodWordsMakeTwelveHourTimes() {
        assertEquals(beijing("2026-04-02T20:05"), published("標題一則\n2026年4月2日 晚上8:05\n正文。"));
        assertEquals(beijing("2026-04-02T02:10"), published("标题一则\n2026年4月2日凌晨2时10分\n正文。"));
        assertEquals(beijing("2026-04-02T12:30"), published("標題一則\n2026年4月2日 中午12時30分\n正文。"));
        assertEquals(beijing("2026-04-02T13:00"), published("標題一則\n2026年4月2日 中午1時\n正文。"));
        assertEquals(beijing("2026-04-02T09:30"), published("标题一则\n2026年4月2日 上午9点半\n正文。"));
        assertEquals(beijing("2026-04-02T12:40"), published("標題一則\n2026年4月2日 下午12:40\n正文。"));
        assertEquals(beijing("2026-04-02T15:20"), published("標題一則\n2026年4月2日 下午15:20\n正文。"));
    }

    @Test
    void twelveHourConversionFollowsThePeriodsFirstHour() {
        assertEquals(15, PublicationTimeReader.twentyFourHour(3, 12));
        assertEquals(12, PublicationTimeReader.twentyFourHour(12, 12));
        assertEquals(0, PublicationTimeReader.twentyFourHour(12, 0));
        assertEquals(23, PublicationTimeReader.twentyFourHour(11, 17));
        assertEquals(11, PublicationTimeReader.twentyFourHour(11, 11));
    }

    @Test
    void publicationLineGluedToTheHeadlineGivesBothTitleAndTime() {
        ArticleMetadata tw = cleaner.clean("美國宣布對鋼鐵加徵關稅 發佈時間：2026-04-02 09:58:30\n白宮週三宣布新措施。",
                RECEIVED).metadata();
        assertEquals(Optional.of("美國宣布對鋼鐵加徵關稅"), tw.title());
        assertEquals(beijing("2026-04-02T09:58:30"), tw.publishedAt());
        // The line under the headline is not joined to it either
        CleaningResult cn = cleaner.clean("美方宣布暂缓加征关税\n发布时间：2026年4月2日 下午3:15\n商务部今天表示，双方将继续磋商。",
                RECEIVED);
        assertEquals(Optional.of("美方宣布暂缓加征关税"), cn.metadata().title());
        assertEquals(beijing("2026-04-02T15:15"), cn.metadata().publishedAt());
        assertEquals("美方宣布暂缓加征关税\n发布时间：2026年4月2日 下午3:15\n商务部今天表示，双方将继续磋商。", cn.text());
    }

    @Test
    void publicationTimeWinsOverAnEarlierUpdateTime() {
        assertEquals(beijing("2026-04-02T09:58"),
                published("港股午後回升\n更新時間：2026-04-03 10:00 發佈時間：2026-04-02 09:58\n恒指收市升三百點。"));
        // an update time alone is still a time
        assertEquals(beijing("2026-04-03T10:00"), published("港股午後回升\n更新時間：2026-04-03 10:00\n恒指收市升三百點。"));
    }

    @Test
    void aNumberAfterTheDateIsNotATimeAndADateInsideAHeadlineDoesNotCutIt() {
        assertEquals(beijing("2026-04-02T00:00"), published("商务部2026年4月2日 3家企业获批出口许可。"));
        ArticleMetadata metadata = cleaner.clean("商务部于2026年4月2日发布公告\n\n商务部新闻发言人表示，相关措施符合国际通行做法。", RECEIVED).metadata();
        assertEquals(Optional.of("商务部于2026年4月2日发布公告"), metadata.title());
    }

    @Test
    void isoTimesFromPageMarkupKeepTheirOffsetAndLocalOnesAreBeijingTime() {
        assertEquals(Instant.parse("2026-04-02T01:58:00Z"),
                extractor.publishedAtIn("2026-04-02T01:58:00Z", RECEIVED).orElseThrow().toInstant());
        assertEquals(Instant.parse("2026-04-02T01:58:00Z"),
                extractor.publishedAtIn("2026-04-02T09:58:00.000+08:00", RECEIVED).orElseThrow().toInstant());
        assertEquals(Instant.parse("2026-04-02T01:58:00Z"),
                extractor.publishedAtIn("2026-04-02T09:58", RECEIVED).orElseThrow().toInstant());
        assertEquals(Optional.empty(), extractor.publishedAtIn(null, RECEIVED));
        assertEquals(Optional.empty(), extractor.publishedAtIn("昨日", RECEIVED));
    }

    @Test
    void pageTimeWinsOverTheDatelineInTheText() {
        CleaningResult result = cleaner.clean("新华社北京4月2日电 商务部2日表示，措施符合惯例。", RECEIVED,
                "2026-04-02T18:20:00+08:00");
        assertEquals(beijing("2026-04-02T18:20"), result.metadata().publishedAt());
        assertEquals(beijing("2026-04-02T00:00"),
                cleaner.clean("新华社北京4月2日电 商务部2日表示，措施符合惯例。", RECEIVED, null).metadata().publishedAt());
    }

    @Test
    void taiwanPrintDatesInTheRocCalendar() {
        assertEquals(beijing("2026-08-22T00:00"), published("A3　政治　中華民國115年8月22日　星期六\n立法院臨時會今召開\n立法院今天召開臨時會。"));
        assertEquals(beijing("2026-08-22T00:00"), published("政治 115年8月22日\n立法院臨時會今召開\n立法院今天召開臨時會。"));
        assertEquals(beijing("2026-08-22T00:00"), published("115.8.22　A5\n經濟部公布外銷訂單\n經濟部今天公布統計。"));
        assertEquals(beijing("2026-08-21T15:15"), published("民國115年8月21日 下午3時15分\n颱風警報解除\n颱風已遠離。"));
        // A version number is no date, nor is a year and month without a day.
        assertEquals(beijing("2026-08-20T00:00"),
                published("研究報告\n報告引述版本110.5.3的軟體資料，其中提到102年3月的試驗。\n2026年8月20日"));
    }

    @Test
    void aDayAloneTakesTheTimeStatedForThatDay() {
        assertEquals(beijing("2026-08-22T12:35"),
                published("2026年8月22日\n港股半日升300點\n更新時間：2026年8月22日 12:35\n恒指今早高開。"));
        assertEquals(beijing("2026-08-21T14:20"), published("台積電法說會\n更新時間：2026/08/21 | 14:20\n台積電今天舉行法說會。"));
        // A publication label still wins over the update, and an update of another day lends no time.
        assertEquals(beijing("2026-08-22T09:30"),
                published("央行宣布降准\n发布时间：2026-08-22 09:30 | 更新时间：2026-08-22 17:05\n央行决定降准。"));
        assertEquals(beijing("2026-08-22T00:00"),
                published("2026年8月22日\n港股收市\n更新時間：2026年8月23日 09:00\n恒指收報25300點。"));
    }
}
