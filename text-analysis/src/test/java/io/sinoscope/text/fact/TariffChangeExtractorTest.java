package io.sinoscope.text.fact;

import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.Region;
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

    @Test
    void aBareMinistryIsResolvedByContextThenByTheRegionsPressOrNotAtAll() {
        String bare = "商务部宣布对原产于美国的大豆加征15%关税。";
        assertEquals("China", EXTRACTOR.extract(bare, Region.MAINLAND).get(0).attributes().get("imposing_country"));
        assertFalse(EXTRACTOR.extract(bare, Region.TAIWAN).get(0).attributes().containsKey("imposing_country"));
        assertFalse(EXTRACTOR.extract(bare, Region.OTHER).get(0).attributes().containsKey("imposing_country"));
        assertEquals("United States", EXTRACTOR.extract(bare, Region.OTHER).get(0).attributes().get("affected_country"));
        Fact named = EXTRACTOR.extract("墨西哥财政部宣布，对中国汽车的关税由20%提高至50%。", Region.MAINLAND).get(0);
        assertEquals("Mexico", named.attributes().get("imposing_country"));
        // The country before the bare ministry is the affected one: the region's own ministry, not that country.
        Fact target = EXTRACTOR.extract("针对美国的新关税，商务部宣布对美国大豆加征15%关税。", Region.MAINLAND).get(0);
        assertEquals("China", target.attributes().get("imposing_country"));
        assertEquals("United States", target.attributes().get("affected_country"));
    }

    @Test
    void readsTargetSideAndPassivePhrasing() {
        Fact exported = only("越南输美商品关税由46%调低至20%。");
        assertEquals("United States", exported.attributes().get("imposing_country"));
        assertEquals("Vietnam", exported.attributes().get("affected_country"));
        Fact passive = only("柬埔寨遭美国加征49%的关税。");
        assertEquals("United States", passive.attributes().get("imposing_country"));
        assertEquals("Cambodia", passive.attributes().get("affected_country"));
        Fact agentless = only("韩国汽车被课征15%关税。");
        assertFalse(agentless.attributes().containsKey("imposing_country"));
        assertEquals("South Korea", agentless.attributes().get("affected_country"));
        assertTrue(only("据越南和泰国媒体报道，钢材关税将由10%提高至15%。").attributes().keySet().stream()
                .noneMatch(k -> k.endsWith("_country")));
    }

    @Test
    void theSubjectCarriesOverToTheNextClauseButNotTheMarker() {
        List<Fact> both = EXTRACTOR.extract("美国对中国钢材加征25%关税，对越南钢材加征46%关税。");
        assertEquals(2, both.size(), both::toString);
        assertEquals("United States", both.get(1).attributes().get("imposing_country"));
        assertEquals("Vietnam", both.get(1).attributes().get("affected_country"));
        List<Fact> next = EXTRACTOR.extract("美国对中国商品加征关税后，日本汽车关税降至15%。");
        assertTrue(next.get(next.size() - 1).attributes().keySet().stream().noneMatch(k -> k.endsWith("_country")));
    }
}
