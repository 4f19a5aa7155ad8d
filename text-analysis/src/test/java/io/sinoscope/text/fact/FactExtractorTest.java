package io.sinoscope.text.fact;

import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FactExtractorTest {

    private static final Instant PUBLISHED = Instant.parse("2025-10-29T02:00:00Z");
    private static final FactExtractor EXTRACTOR = FactExtractor.createDefault();

    private static List<Fact> extract(String original) {
        NormalizedText text = TextAnalyzer.createDefault().normalize(original);
        return EXTRACTOR.extract(text, PUBLISHED);
    }

    @Test
    void reportsTraditionalFactsAgainstTheOriginalText() {
        String original = "美國將對中國商品的關稅從50%削減至18%，中方將採購1200萬噸美國大豆，總值約合5,500億美元（約4.28萬億港元）。";
        List<Fact> facts = extract(original);
        assertEquals(List.of(FactKind.TARIFF_CHANGE, FactKind.QUANTITY, FactKind.MONEY), facts.stream().map(Fact::kind).toList());
        for (Fact fact : facts) {
            assertEquals(original.substring(fact.start(), fact.end()), fact.text());
        }
        assertEquals("從50%削減至18%", facts.get(0).text());
        assertEquals("1200萬噸", facts.get(1).text());
        assertEquals(1.2e7, facts.get(1).value());
        assertEquals("約合5,500億美元（約4.28萬億港元）", facts.get(2).text());
        assertEquals(List.of("Q30", "Q148"), facts.get(0).attributes().get("entities"));
    }

    @Test
    void fullWidthDigitsAndSentenceIndexes() {
        List<Fact> facts = extract("市場平靜。股價週二（10月28日）下跌３．５％。");
        assertEquals(2, facts.size());
        assertEquals("週二（10月28日）", facts.get(0).text());
        assertEquals("2025-10-28", facts.get(0).date());
        assertEquals("３．５％", facts.get(1).text());
        assertEquals(3.5, facts.get(1).value());
        assertEquals(1, facts.get(1).sentence());
    }
}
