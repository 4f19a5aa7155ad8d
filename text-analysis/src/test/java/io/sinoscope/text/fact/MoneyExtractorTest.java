package io.sinoscope.text.fact;

import io.sinoscope.text.Region;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyExtractorTest {

    private final MoneyExtractor extractor = MoneyExtractor.fromResources();

    private Fact only(String text, Region region) {
        List<Fact> facts = extractor.extract(text, region);
        assertEquals(1, facts.size(), facts::toString);
        return facts.get(0);
    }

    @Test
    void readsAmountAndCurrencyInBaseUnits() {
        Fact fact = only("双方同意投资5,500亿美元建设新厂。", Region.MAINLAND);
        assertEquals("5,500亿美元", fact.text());
        assertEquals(5.5e11, fact.value(), 1);
        assertEquals("USD", fact.currency());
        assertEquals(false, fact.attributes().get("approximate"));
    }

    @Test
    void parenthesisedConversionIsOneFact() {
        Fact fact = only("该基金规模为5,500亿美元（约4.28万亿港元），创下纪录。", Region.HONG_KONG);
        assertEquals("5,500亿美元（约4.28万亿港元）", fact.text());
        assertEquals("USD", fact.currency());
        assertEquals(4.28e12, (double) fact.attributes().get("conversion_value"), 1);
        assertEquals("HKD", fact.attributes().get("conversion_currency"));
        assertEquals(true, fact.attributes().get("conversion_approximate"));
        assertEquals("30亿元(约合4.2亿美元)", only("项目投入30亿元(约合4.2亿美元)。", Region.MAINLAND).text());
    }

    @Test
    void bareYuanIsTheRegionsCurrency() {
        assertEquals("CNY", only("补贴总额200亿元。", Region.MAINLAND).currency());
        assertEquals("TWD", only("补贴总额200亿元。", Region.TAIWAN).currency());
        assertEquals("HKD", only("补贴总额200亿元。", Region.HONG_KONG).currency());
        assertEquals("CNY", only("补贴人民币200亿元。", Region.TAIWAN).currency());
    }

    @Test
    void regionsGuessIsLessSureThanANamedCurrency() {
        Fact guessed = only("补贴总额200亿元。", Region.TAIWAN);
        assertEquals("region", guessed.attributes().get("currency_source"));
        Fact named = only("补贴总额新台币200亿元。", Region.TAIWAN);
        assertEquals("TWD", named.currency());
        assertEquals(null, named.attributes().get("currency_source"));
        assertTrue(guessed.confidence() < named.confidence());
        assertEquals("HKD", only("每人买了10块钱的东西。", Region.HONG_KONG).currency());
        assertEquals("CNY", only("在香港花了500元人民币。", Region.HONG_KONG).currency());
        assertEquals("HKD", only("港府派发1万港元消费券。", Region.MAINLAND).currency());
    }

    @Test
    void readsSymbolPrefixesAndApproximation() {
        Fact us = only("交易额达US$12亿。", Region.OTHER);
        assertEquals("USD", us.currency());
        assertEquals(1.2e9, us.value(), 1);
        assertEquals("HKD", only("成交HK$3.5亿", Region.HONG_KONG).currency());
        assertEquals("TWD", only("估值NT$900亿", Region.TAIWAN).currency());
        Fact about = only("损失逾300万欧元", Region.OTHER);
        assertEquals("EUR", about.currency());
        assertEquals("逾", about.attributes().get("qualifier"));
        assertEquals("JPY", only("日本拨款两千亿日元", Region.OTHER).currency());
        assertEquals(2e11, only("日本拨款两千亿日元", Region.OTHER).value(), 1);
    }

    @Test
    void ignoresPercentsAndOrdinalsAndPlainNumbers() {
        assertTrue(extractor.extract("关税为10%，第3次会谈有200人参加。", Region.MAINLAND).isEmpty());
    }

    @Test
    void vagueMagnitudesAndNamesAreNotAmounts() {
        assertTrue(extractor.extract("签署了数十亿美元的协议，几百万美元的订单。", Region.MAINLAND).isEmpty());
        assertTrue(extractor.extract("五元讲堂开课。", Region.MAINLAND).isEmpty());
        assertTrue(extractor.extract("两国30日元首会晤，1日元旦。", Region.MAINLAND).isEmpty());
    }

    // The extractor reads normalised (Simplified) text; the Taiwan and Hong Kong forms go through the whole pipeline in
    // FactFormsDevV4Test.
    @Test
    void shortNameOfOneCurrencyIsThatCurrency() {
        assertEquals("NGN", only("央行向市场注入5亿奈拉。", Region.MAINLAND).currency());
        assertEquals("HUF", only("政府拨款1200亿福林。", Region.MAINLAND).currency());
        assertEquals("PLN", only("财政部发行300亿兹罗提债券。", Region.TAIWAN).currency());
        assertEquals(0.9, only("政府拨款50亿星币。", Region.HONG_KONG).confidence(), 1e-9);
        assertEquals("NZD", only("公司收入达260亿纽币。", Region.HONG_KONG).currency());
    }

    @Test
    void sharedShortNameTakesTheCurrencyOfTheCountryNamed() {
        Fact sentence = only("墨西哥央行抛售20亿比索稳定汇市。", Region.TAIWAN);
        assertEquals("MXN", sentence.currency());
        assertEquals("country_in_sentence", sentence.attributes().get("currency_source"));
        assertEquals("PHP", only("菲律宾财政部表示，预算增至1.2兆披索。", Region.TAIWAN).currency());
        // The country in another sentence of the text still says which, less surely.
        Fact text = only("挪威主权基金公布年报。基金去年赚取2.5万亿克朗。", Region.HONG_KONG);
        assertEquals("NOK", text.currency());
        assertEquals("country_in_text", text.attributes().get("currency_source"));
        assertTrue(text.confidence() < sentence.confidence());
        // 印度尼西亚 is Indonesia, not India: the longest country name wins.
        assertEquals("IDR", only("印度尼西亚政府拨款3000亿卢比。", Region.MAINLAND).currency());
        assertEquals("INR", only("印度铁路投入2.4万亿卢比。", Region.MAINLAND).currency());
    }

    @Test
    void sharedShortNameWithoutCountryIsNeverGuessed() {
        Fact none = only("分析师称，这笔交易价值约30亿克朗。", Region.MAINLAND);
        assertEquals(3e9, none.value(), 1);
        assertEquals(null, none.currency());
        assertEquals("unresolved", none.attributes().get("currency_source"));
        assertEquals(List.of("CZK", "DKK", "ISK", "NOK", "SEK"), none.attributes().get("currency_candidates"));
        assertEquals(0.5, none.confidence(), 1e-9);
        // Two countries whose currencies both share the name: no choice between them.
        assertEquals(null, only("墨西哥和菲律宾的央行各抛售20亿比索。", Region.MAINLAND).currency());
        // A country that uses none of the candidates says nothing.
        assertEquals(null, only("日本企业向该公司支付200亿比索。", Region.TAIWAN).currency());
        // The colloquial hand entry is an editorial choice: 卢布 is the Russian rouble though Belarus's shares it.
        assertEquals("RUB", only("公司亏损50亿卢布。", Region.MAINLAND).currency());
    }

    @Test
    void mixedMagnitudesAreOneAmount() {
        Fact taiwan = only("行政院通过总预算3兆1325亿元。", Region.TAIWAN);
        assertEquals("3兆1325亿元", taiwan.text());
        assertEquals(3.1325e12, taiwan.value(), 1);
        assertEquals(1.2e12, only("台积电资本支出达新台币1兆2000亿元。", Region.TAIWAN).value(), 1);
        assertEquals(1.2e12, only("营收突破1万2000亿元。", Region.MAINLAND).value(), 1);
        // Two amounts side by side stay two.
        assertEquals(2, extractor.extract("分别为3亿元、5000万元。", Region.MAINLAND).size());
    }

    @Test
    void readsColloquialMoney() {
        assertEquals("HKD", only("一个午餐要廿八蚊。", Region.OTHER).currency());
        assertEquals(28.0, only("一个午餐要廿八蚊。", Region.OTHER).value());
        Fact yuan = only("一个月能挣四千多块。", Region.MAINLAND);
        assertEquals(4000.0, yuan.value());
        assertEquals("CNY", yuan.currency());
        assertEquals(30.0, only("青菜卖二三十块，", Region.MAINLAND).attributes().get("upper"));
        // 块 before what it counts is pieces, not money; 蚊子 a mosquito.
        assertTrue(extractor.extract("买了三块蛋糕，划成12块功能区，十只蚊子。", Region.MAINLAND).isEmpty());
    }

    @Test
    void readsBareMagnitudesAndJoinsRanges() {
        assertEquals(1e11, only("投资千亿美元。", Region.OTHER).value());
        assertEquals(1e12, only("贸易额逾万亿元。", Region.MAINLAND).value());
        assertTrue(extractor.extract("万一出事，万元户。", Region.MAINLAND).isEmpty());
        assertTrue(extractor.extract("千万不要，百万富翁。", Region.OTHER).isEmpty());
        Fact range = only("估值约800万港元至900万港元。", Region.HONG_KONG);
        assertEquals(8e6, range.value());
        assertEquals(9e6, range.attributes().get("upper"));
        // 由…到… is a change from one amount to another: two facts.
        assertEquals(2, extractor.extract("月薪由3万元到4万元。", Region.MAINLAND).size());
    }
}
