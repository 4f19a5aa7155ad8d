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
}
