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
}
