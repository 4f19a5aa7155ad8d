package io.sinoscope.text.fact;

import io.sinoscope.text.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TariffChangeExtractorTest {

    private static final TariffChangeExtractor EXTRACTOR = TariffChangeExtractor.fromResources(Gazetteer.fromResources());

    private static Fact only(String text) {
        List<Fact> facts = EXTRACTOR.extract(text);
        assertEquals(1, facts.size(), facts::toString);
        return facts.get(0);
    }

    @Test
    void readsFromToAndDirection() {
        Fact fact = only("美国将对中国商品的关税从50%削减至18%。");
        assertEquals("从50%削减至18%", fact.text());
        assertEquals(18.0, fact.value());
        assertEquals(50.0, fact.attributes().get("from"));
        assertEquals("down", fact.attributes().get("direction"));
        assertEquals("United States", fact.attributes().get("imposing_country"));
        assertEquals("China", fact.attributes().get("affected_country"));
        assertEquals("商品", fact.attributes().get("goods"));
        assertEquals("up", only("该国把钢材关税由25%提高到40%").attributes().get("direction"));
    }

    @Test
    void readsImposedAndMaintainedRates() {
        Fact imposed = only("美国宣布对进口钢铁加征25%的关税。");
        assertEquals("impose", imposed.attributes().get("direction"));
        assertEquals(25.0, imposed.value());
        assertEquals("进口钢铁", imposed.attributes().get("goods"));
        assertFalse(imposed.attributes().containsKey("affected_country"));
        Fact kept = only("欧盟决定维持13%税率不变。");
        assertEquals("maintain", kept.attributes().get("direction"));
        assertEquals("down", only("汽车关税下调至15%。").attributes().get("direction"));
    }

    @Test
    void readsSuspensionsHalvingAndCutsToZero() {
        assertEquals("suspend", only("中方暂停实施对美24%的额外关税。").attributes().get("direction"));
        Fact halved = only("芬太尼关税从20%减半至10%。");
        assertEquals(20.0, halved.attributes().get("from"));
        assertEquals(10.0, halved.value());
        Fact zero = only("农产品关税由15%降至0。");
        assertEquals(0.0, zero.value());
        assertEquals("down", zero.attributes().get("direction"));
        assertEquals("降至零", only("进口关税降至零。").text());
        Fact points = only("对华关税总体下调10个百分点，至47%。");
        assertEquals(47.0, points.value());
        assertEquals(10.0, points.attributes().get("change_points"));
        assertEquals("down", points.attributes().get("direction"));
    }

    @Test
    void ignoresFromToOutsideTariffSentences() {
        assertTrue(EXTRACTOR.extract("该公司市场份额从20%提高至25%。").isEmpty());
    }
}
