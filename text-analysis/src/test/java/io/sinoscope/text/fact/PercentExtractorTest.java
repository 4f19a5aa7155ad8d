package io.sinoscope.text.fact;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PercentExtractorTest {

    private final PercentExtractor extractor = PercentExtractor.fromResources();

    @Test
    void readsValueAndWhatItQualifies() {
        List<Fact> facts = extractor.extract("公司股价上涨3.5%，外资持有其12%的股份。");
        assertEquals(2, facts.size());
        assertEquals(3.5, facts.get(0).value(), 0);
        assertEquals("share_price", facts.get(0).attributes().get("qualifies"));
        assertEquals("12%", facts.get(1).text());
        assertEquals("stake", facts.get(1).attributes().get("qualifies"));
    }

    @Test
    void readsHanPercentsRangesAndPoints() {
        assertEquals(50, extractor.extract("百分之五十的份额").get(0).value(), 0);
        assertEquals("market_share", extractor.extract("百分之五十的份额").get(0).attributes().get("qualifies"));
        Fact range = extractor.extract("预计增速10%至15%").get(0);
        assertEquals(15.0, range.attributes().get("upper"));
        assertEquals("percentage_point", extractor.extract("利率下调0.25个百分点").get(0).unit());
    }

    @Test
    void leavesQualifierEmptyWhenTheClauseNamesNothing() {
        Fact fact = extractor.extract("民调显示，支持者约占40%。").get(0);
        assertNull(fact.attributes().get("qualifies"));
        assertEquals("约占", fact.attributes().get("qualifier"));
    }

    @Test
    void joinsSpokenRangesAndReadsSpokenBasisPoints() {
        List<Fact> tenths = extractor.extract("楼价料跌两成至两成五。");
        assertEquals(1, tenths.size());
        assertEquals(20.0, tenths.get(0).value());
        assertEquals(25.0, tenths.get(0).attributes().get("upper"));
        assertEquals("down", tenths.get(0).attributes().get("direction"));
        List<Fact> li = extractor.extract("按揭利率介乎3.75厘至4厘。");
        assertEquals(1, li.size());
        assertEquals(4.0, li.get(0).attributes().get("upper"));
        Fact points = extractor.extract("金管局减25点子。").get(0);
        assertEquals(0.25, points.value(), 1e-9);
        assertEquals("percentage_point", points.unit());
        assertTrue(extractor.extract("公司收集了50个点子改善服务。").isEmpty());
        assertEquals("down", extractor.extract("旅客比去年少了两成。").get(0).attributes().get("direction"));
    }
}
