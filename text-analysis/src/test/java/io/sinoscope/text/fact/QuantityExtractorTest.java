package io.sinoscope.text.fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = QuantityExtractor.fromResources();

    @Test
    void readsTonnesWithGoods() {
        Fact fact = extractor.extract("中方承诺今年采购1200万吨美国大豆。").get(0);
        assertEquals("1200万吨", fact.text());
        assertEquals(1.2e7, fact.value(), 0);
        assertEquals("t", fact.unit());
        assertEquals("美国大豆", fact.attributes().get("goods"));
    }

    @Test
    void readsCountsInHanNumerals() {
        List<Fact> facts = extractor.extract("两艘航母和三十五架战机，约300名士兵参加演习，日产逾100万桶。");
        assertEquals(List.of("vessel", "aircraft", "person", "barrel"), facts.stream().map(Fact::unit).toList());
        assertEquals(2.0, facts.get(0).value());
        assertEquals(35.0, facts.get(1).value());
        assertEquals(true, facts.get(2).attributes().get("approximate"));
        assertEquals(1e6, facts.get(3).value());
    }

    @Test
    void skipsCurrencyAndSortieLookalikes() {
        assertTrue(extractor.extract("投资5000亿人民币，第3名。").isEmpty());
        // 30架次 is thirty sorties, a count of its own, never thirty aircraft.
        assertEquals(List.of("sortie"), extractor.extract("出动30架次。").stream().map(Fact::unit).toList());
        assertTrue(extractor.extract("数十名示威者聚集。").isEmpty());
        assertTrue(extractor.extract("10万吨级航母").isEmpty());
        assertTrue(extractor.extract("白宫一名官员说，另一名示威者被捕。").isEmpty());
    }

    @Test
    void countsInMeasureWordsFromCcCedict() {
        List<Fact> facts = extractor.extract("日均执行1.8万班，新增2000张选票，推出8款新车，300多间房屋，二十三所大学。");
        assertEquals(List.of(18000.0, 2000.0, 8.0, 300.0, 23.0), facts.stream().map(Fact::value).toList());
        assertTrue(facts.stream().allMatch(f -> f.unit().equals("count")));
        assertEquals("班", facts.get(0).attributes().get("unit_text"));
        assertEquals(2.9833e11, extractor.extract("夏粮产量2983.3亿斤").get(0).value(), 1);
        assertEquals("jin", extractor.extract("夏粮产量2983.3亿斤").get(0).unit());
        assertEquals("kW", extractor.extract("装置容量达130万瓩").get(0).unit());
    }

    @Test
    void measureWordsThatAreOtherWordsAreNoCounts() {
        // A lone Han digit (四处, 两头), a word the measure word starts (232条款, 2.0服务), or an excluded one (3点, 30岁,
        // 降息3次, 5折).
        assertTrue(extractor.extract("他四处奔走，两头落空。232条款关税，长照2.0服务，下午3点，今年30岁，降息3次，打5折。")
                .isEmpty());
    }
}
