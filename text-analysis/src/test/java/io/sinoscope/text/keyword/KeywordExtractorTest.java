package io.sinoscope.text.keyword;

import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeywordExtractorTest {

    private final TextAnalyzer analyzer = TextAnalyzer.createDefault();
    private final KeywordExtractor extractor = KeywordExtractor.fromResources(analyzer.gazetteer());

    private static Token token(String term, String tag, int start) {
        return new Token(term, tag, start, start + term.length());
    }

    @Test
    void aRepeatedTopicOutranksARepeatedGenericWord() {
        // The case that sank the earlier TextRank: 价格 sat above 稀土, which appears three times.
        List<String> keywords = analyzer.analyze("价格方面，稀土出口持续下降。企业表示，稀土库存紧张，"
                + "价格上涨明显，稀土加工企业正在寻找替代来源，价格仍可能波动。").keywords();
        assertEquals("稀土", keywords.get(0));
        assertTrue(keywords.indexOf("价格") < 0 || keywords.indexOf("价格") > keywords.indexOf("稀土"), keywords.toString());
    }

    @Test
    void namesComeOutInTheirCanonicalFormWhateverTheVariant() {
        List<String> taiwan = analyzer.analyze("美國總統川普宣布擴大晶片出口管制，輝達股價下跌。").keywords();
        List<String> mainland = analyzer.analyze("美国总统特朗普宣布扩大芯片出口管制，英伟达股价下跌。").keywords();
        assertTrue(taiwan.contains("特朗普") && taiwan.contains("英伟达") && taiwan.contains("芯片"), taiwan.toString());
        assertFalse(taiwan.contains("川普") || taiwan.contains("辉达"), taiwan.toString());
        assertEquals(mainland.subList(0, 4), taiwan.subList(0, 4));
    }

    @Test
    void rejoinsDomainTermsTheSegmenterSplits() {
        List<Token> tokens = List.of(token("稀土", "n", 0), token("出口", "vn", 2), token("管制", "vn", 4));
        // 出口管制 (four characters) outweighs 稀土; the point is that 出口 and 管制 are gone.
        assertEquals(List.of("出口管制", "稀土"), extractor.extract(tokens, 10));
    }

    @Test
    void dropsNamesTheRecogniserMadeUpButKeepsGazetteerAndPlausibleNames() {
        List<Token> tokens = List.of(token("但须将销售", "nr", 0), token("魏哲家", "nr", 5), token("张志远", "nr", 8),
                token("关税将会", "nt", 11));
        assertEquals(List.of("魏哲家", "张志远"), extractor.extract(tokens, 10));
    }

    @Test
    void dropsStopWordsSingleCharactersPunctuationAndNumbers() {
        List<Token> tokens = List.of(token("表示", "v", 0), token("美", "ns", 2), token("，", "w", 3), token("10%", "m", 4),
                token("2025", "m", 7), token("Tariff", "nx", 11), token("the", "nx", 17), token("我们", "rr", 20));
        assertEquals(List.of("Tariff"), extractor.extract(tokens, 10));
    }

    @Test
    void limitsTheNumberOfKeywords() {
        List<Token> tokens = List.of(token("芯片", "n", 0), token("关税", "n", 2), token("稀土", "n", 4));
        assertEquals(2, extractor.extract(tokens, 2).size());
    }
}
