package io.sinoscope.text.fact;

import io.sinoscope.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regional fact forms of issue 23 through the whole pipeline (normalise, then extract), in mainland Simplified,
 * Taiwan Traditional and Hong Kong Traditional: tenths, 百分之, 厘, 码, basis points, percentage points, ranges,
 * approximation cues, counts in their units, and the words that look like them. Sentences written for this test.
 */
class FactFormsTest {

    private static final Instant PUBLISHED = Instant.parse("2025-10-29T02:00:00Z");
    private static final FactExtractor EXTRACTOR = FactExtractor.createDefault();
    private static final TextAnalyzer ANALYZER = TextAnalyzer.createDefault();

    private static List<Fact> facts(String text, FactKind kind) {
        return EXTRACTOR.extract(ANALYZER.normalize(text), PUBLISHED).stream().filter(f -> f.kind() == kind).toList();
    }

    private static Fact only(String text, FactKind kind) {
        List<Fact> found = facts(text, kind);
        assertEquals(1, found.size(), () -> text + " → " + found);
        return found.get(0);
    }

    private static void assertPercent(Fact fact, String surface, double value, String unit, String form) {
        assertEquals(surface, fact.text());
        assertEquals(value, fact.value(), 1e-9, surface);
        assertEquals(unit, fact.unit(), surface);
        assertEquals(form, fact.attributes().get("form"), surface);
    }

    @Test
    void tenthsInEveryRegionalStyle() {
        List<Fact> mainland = facts("调查显示，约七成受访者支持新政，三成五的中小企业仍在亏损，出口增长两成半。", FactKind.PERCENT);
        assertEquals(3, mainland.size(), mainland::toString);
        assertPercent(mainland.get(0), "约七成", 70, "%", "tenths");
        assertEquals(true, mainland.get(0).attributes().get("approximate"));
        assertEquals("约", mainland.get(0).attributes().get("qualifier"));
        assertPercent(mainland.get(1), "三成五", 35, "%", "tenths");
        assertPercent(mainland.get(2), "两成半", 25, "%", "tenths");
        Fact taiwan = only("主計總處指出，今年對美出口成長逾三成。", FactKind.PERCENT);
        assertPercent(taiwan, "逾三成", 30, "%", "tenths");
        assertEquals("逾", taiwan.attributes().get("qualifier"));
        Fact hongKong = only("有九成以上的市民認為樓價過高。", FactKind.PERCENT);
        assertPercent(hongKong, "九成", 90, "%", "tenths");
        assertEquals("以上", hongKong.attributes().get("qualifier"));
        Fact range = only("分析師預計，明年盈利將下跌一至兩成。", FactKind.PERCENT);
        assertPercent(range, "一至兩成", 10, "%", "tenths");
        assertEquals(20.0, range.attributes().get("upper"));
    }

    @Test
    void chengAsAWordIsNoPercent() {
        assertTrue(facts("他完成了任务，成为首位获奖者，方案统一成一个标准。", FactKind.PERCENT).isEmpty());
        assertTrue(facts("游客三五成群，点了七成熟的牛排，菜单一成不变。", FactKind.PERCENT).isEmpty());
        assertTrue(facts("警方說，這起案件八成是熟人所為。", FactKind.PERCENT).isEmpty());
        assertTrue(facts("公司八成會在下月公布結果。", FactKind.PERCENT).isEmpty());
        // With a cue, 八成 is a share again.
        assertEquals(80, only("民調顯示約八成是首投族。", FactKind.PERCENT).value(), 0);
    }

    @Test
    void hanPercentsWithDecimalsHundredAndRanges() {
        List<Fact> found = facts("失业率为百分之零点五，覆盖率达到百分之百，另有百分之十至百分之十五的企业观望。", FactKind.PERCENT);
        assertEquals(3, found.size(), found::toString);
        assertPercent(found.get(0), "百分之零点五", 0.5, "%", "han");
        assertPercent(found.get(1), "百分之百", 100, "%", "han");
        assertPercent(found.get(2), "百分之十至百分之十五", 10, "%", "han");
        assertEquals(15.0, found.get(2).attributes().get("upper"));
        assertPercent(only("該行存款利率調升百分之二十五。", FactKind.PERCENT), "百分之二十五", 25, "%", "han");
    }

    @Test
    void percentagePointsAreNotPercents() {
        Fact points = only("統計處表示，失業率較上月下跌0.2個百分點。", FactKind.PERCENT);
        assertPercent(points, "0.2個百分點", 0.2, "percentage_point", "points");
        Fact basis = only("美联储宣布降息25个基点。", FactKind.PERCENT);
        assertPercent(basis, "25个基点", 0.25, "percentage_point", "basis_points");
        assertEquals(25.0, basis.attributes().get("stated"));
        assertPercent(only("增幅約10%左右。", FactKind.PERCENT), "約10%", 10, "%", null);
        assertEquals("左右", only("增幅10%左右。", FactKind.PERCENT).attributes().get("qualifier"));
    }

    @Test
    void hongKongLiIsAnInterestRate() {
        List<Fact> found = facts("滙豐宣布減息半厘，最優惠利率降至5.25厘。", FactKind.PERCENT);
        assertEquals(2, found.size(), found::toString);
        assertPercent(found.get(0), "半厘", 0.5, "percentage_point", "li");
        assertPercent(found.get(1), "5.25厘", 5.25, "%", "li");
        assertEquals("interest_rate", found.get(0).attributes().get("qualifies"));
        assertPercent(only("多家銀行跟隨加息一厘。", FactKind.PERCENT), "一厘", 1, "percentage_point", "li");
        assertTrue(facts("這塊木板厚3厘米，他說要釐清責任。", FactKind.PERCENT).isEmpty());
        assertTrue(facts("金價每兩升了5厘。", FactKind.PERCENT).isEmpty());
    }

    @Test
    void taiwanMaIsAQuarterPoint() {
        Fact half = only("中央銀行宣布降息半碼。", FactKind.PERCENT);
        assertPercent(half, "半碼", 0.125, "percentage_point", "ma");
        assertEquals(0.5, half.attributes().get("stated"));
        assertPercent(only("理監事會決議重貼現率調升1碼。", FactKind.PERCENT), "1碼", 0.25, "percentage_point", "ma");
        assertPercent(only("市場預期聯準會再降兩碼。", FactKind.PERCENT), "兩碼", 0.5, "percentage_point", "ma");
        assertTrue(facts("這是兩碼事，他跑了40碼達陣。", FactKind.PERCENT).isEmpty());
    }

    @Test
    void countsKeepTheirUnits() {
        List<Fact> taiwan = facts("高雄港去年貨櫃裝卸量達1,000萬標準箱，桃園機場旅客達3,500萬人次。", FactKind.QUANTITY);
        assertEquals(List.of("TEU", "person_visit"), taiwan.stream().map(Fact::unit).toList());
        assertEquals(1e7, taiwan.get(0).value(), 0);
        assertEquals(3.5e7, taiwan.get(1).value(), 0);
        assertEquals("标准箱", taiwan.get(0).attributes().get("unit_text"));
        List<Fact> hongKong = facts("葵青貨櫃碼頭全年處理1,500萬個標準箱，國泰出動20架客機。", FactKind.QUANTITY);
        assertEquals(List.of("TEU", "aircraft"), hongKong.stream().map(Fact::unit).toList());
        List<Fact> mainland = facts("上海港集装箱吞吐量达4900万TEU，工厂新增500台设备，外军派出3艘军舰、出动30架次战机。",
                FactKind.QUANTITY);
        assertEquals(List.of("TEU", "machine", "vessel", "sortie"), mainland.stream().map(Fact::unit).toList());
        assertTrue(facts("台风过后，3台湾商人返乡。", FactKind.QUANTITY).isEmpty());
    }

    @Test
    void bareYuanFollowsTheDetectedRegion() {
        Fact taiwan = facts("行政院會今天通過特別預算，立法院將審議，新北市與高雄市的軟體業者每家可獲補助50萬元。",
                FactKind.MONEY).get(0);
        assertEquals("TWD", taiwan.currency());
        assertEquals("region", taiwan.attributes().get("currency_source"));
        assertEquals("HKD", only("特區政府今日公布財政預算案，每名合資格市民可獲發5,000元電子消費券，立法會議員稱做法冇問題。",
                FactKind.MONEY).currency());
        Fact mainland = only("国务院常务会议今天决定，向每户城乡低保家庭发放1000元补贴。", FactKind.MONEY);
        assertEquals("CNY", mainland.currency());
        Fact named = only("行政院會今天通過特別預算，立法院將審議，補助新台幣50萬元。", FactKind.MONEY);
        assertEquals("TWD", named.currency());
        assertTrue(mainland.confidence() < named.confidence());
        assertEquals("CNY", only("行政院會今天通過，立法院將審議，台商在大陸投資人民幣50萬元。", FactKind.MONEY).currency());
    }

    @Test
    void currenciesBeyondTheHandTable() {
        assertEquals("ZAR", only("该矿业集团亏损50亿南非兰特。", FactKind.MONEY).currency());
        assertEquals("ZAR", only("该矿业集团亏损50亿兰特。", FactKind.MONEY).currency());
        assertEquals("MYR", only("大馬政府撥款20億令吉。", FactKind.MONEY).currency());
        assertEquals("PHP", only("菲國央行釋出500億菲律賓披索。", FactKind.MONEY).currency());
        assertEquals("MXN", only("墨西哥央行投入300亿墨西哥比索。", FactKind.MONEY).currency());
        assertEquals("THB", only("泰國政府撥款1,000億泰銖。", FactKind.MONEY).currency());
        assertEquals("KRW", only("韓國政府撥款100億韓圜。", FactKind.MONEY).currency());
        assertEquals("INR", only("印度拨款2000亿印度卢比。", FactKind.MONEY).currency());
        assertEquals("VND", only("越南投入5万亿越南盾。", FactKind.MONEY).currency());
        assertEquals("BRL", only("巴西政府拨款100亿雷亚尔。", FactKind.MONEY).currency());
        assertEquals("TRY", only("土耳其央行投入300亿土耳其里拉。", FactKind.MONEY).currency());
        assertEquals("JPY", only("日本追加預算2兆日圓。", FactKind.MONEY).currency());
        assertEquals("HKD", only("港府向每名市民派發5,000港幣。", FactKind.MONEY).currency());
        assertEquals("TWD", only("該公司以新台幣120億元收購晶圓廠。", FactKind.MONEY).currency());
        assertEquals("USD", only("他以300萬美金買下豪宅。", FactKind.MONEY).currency());
    }

    @Test
    void aFallWordBeforeTheNumberMakesItAFall() {
        assertEquals("down", only("10月工业利润同比下降5.3%。", FactKind.PERCENT).attributes().get("direction"));
        assertEquals("down", only("台灣9月出口年減3.2%。", FactKind.PERCENT).attributes().get("direction"));
        Fact points = only("失業率回落0.3個百分點。", FactKind.PERCENT);
        assertEquals("down", points.attributes().get("direction"));
        assertEquals(0.3, points.value(), 1e-9);
        assertEquals("down", only("跌幅達3.4%，創年內新低。", FactKind.PERCENT).attributes().get("direction"));
        assertEquals("down", only("金管局跟隨美國減息半厘。", FactKind.PERCENT).attributes().get("direction"));
        // Not falls: a rise, a level reached by falling, a share in a clause that mentions a fall.
        assertEquals(null, only("汽车销量同比增长8.5%。", FactKind.PERCENT).attributes().get("direction"));
        assertEquals(null, only("重貼現率降至1.875%。", FactKind.PERCENT).attributes().get("direction"));
        assertEquals(null, only("下降速度最快的地区占全国的12%。", FactKind.PERCENT).attributes().get("direction"));
        List<Fact> fromTo = facts("消費者物價指數年增率由2.5%降至1.8%。", FactKind.PERCENT);
        assertTrue(fromTo.stream().noneMatch(f -> f.attributes().containsKey("direction")), fromTo::toString);
    }

    @Test
    void hongKongFractionsOfALi() {
        Fact eighth = only("滙豐宣布減息八分一厘。", FactKind.PERCENT);
        assertPercent(eighth, "八分一厘", 0.125, "percentage_point", "li");
        assertEquals("down", eighth.attributes().get("direction"));
        Fact quarter = only("多家銀行宣布加息四分一厘。", FactKind.PERCENT);
        assertPercent(quarter, "四分一厘", 0.25, "percentage_point", "li");
        assertEquals(null, quarter.attributes().get("direction"));
        // Without an interest word it is no rate; 八分 alone is a score.
        assertTrue(facts("他考了八分一厘米的尺子。", FactKind.PERCENT).isEmpty());
    }

    @Test
    void generalMeasureWordsCount() {
        Fact firms = only("商务部将28家美国企业列入管控名单。", FactKind.QUANTITY);
        assertEquals("establishment", firms.unit());
        assertEquals(28, firms.value(), 0);
        assertEquals("item", only("立法院三讀通過5項法案。", FactKind.QUANTITY).unit());
        assertEquals("structure", only("政府計劃興建兩座新醫院。", FactKind.QUANTITY).unit());
        assertEquals("count", only("市府在12個行政區設立服務站。", FactKind.QUANTITY).unit());
        // Spans of time, the words the counters start, and a lone 一 are no counts; points stay percentages.
        assertTrue(facts("谈判持续了3个月，会议开了10个小时，两个多月后，5个交易日内。", FactKind.QUANTITY).isEmpty());
        assertTrue(facts("他们3家人住在一起，一家企业表示，公司有2项目在建，会场有50座位。", FactKind.QUANTITY).isEmpty());
        assertEquals("percentage_point", only("失业率上升0.5个百分点。", FactKind.PERCENT).unit());
        assertTrue(facts("失业率上升0.5个百分点。", FactKind.QUANTITY).isEmpty());
    }
}

