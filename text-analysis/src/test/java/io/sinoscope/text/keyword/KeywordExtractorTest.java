package io.sinoscope.text.keyword;

import io.sinoscope.text.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeywordExtractorTest {

    private final KeywordExtractor extractor = KeywordExtractor.fromResources();

    private static Token token(String term, String tag) {
        return new Token(term, tag, 0, term.length());
    }

    @Test
    void ranksByFrequencyWeightedByLength() {
        List<Token> tokens = List.of(token("关税", "n"), token("稀土出口", "n"), token("关税", "n"), token("谈判", "vn"));
        // 稀土出口: 1 × 4 = 4 ties 关税: 2 × 2 = 4; first occurrence breaks the tie.
        assertEquals(List.of("关税", "稀土出口", "谈判"), extractor.extract(tokens, 10));
    }

    @Test
    void dropsStopWordsSingleCharactersPunctuationAndNumbers() {
        List<Token> tokens = List.of(token("表示", "v"), token("美", "ns"), token("，", "w"), token("10%", "m"),
                token("2025", "m"), token("Tariff", "nx"), token("the", "nx"), token("我们", "rr"));
        assertEquals(List.of("Tariff"), extractor.extract(tokens, 10));
    }

    @Test
    void limitsTheNumberOfKeywords() {
        List<Token> tokens = List.of(token("芯片", "n"), token("关税", "n"), token("稀土", "n"));
        assertEquals(2, extractor.extract(tokens, 2).size());
    }
}
