package io.sinoscope.text.keyword;

import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.Token;
import io.sinoscope.text.segment.Segmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRankKeywordsTest {

    private final TextRankKeywords textRank = TextRankKeywords.fromResources();

    private static Token token(String term) {
        return new Token(term, "n", 0, term.length());
    }

    @Test
    void theMostConnectedWordRanksFirst() {
        List<Token> tokens = List.of(token("稀土"), token("出口"), token("管制"), token("稀土"), token("磁体"),
                token("稀土"), token("供应链"));
        assertEquals("稀土", textRank.extract(tokens, 3).get(0));
        assertEquals(3, textRank.extract(tokens, 3).size());
    }

    @Test
    void dropsStopWordsAndNumbers() {
        List<Token> tokens = List.of(token("表示"), new Token("10%", "m", 0, 3), token("关税"));
        assertEquals(List.of("关税"), textRank.extract(tokens, 10));
    }

    @Test
    void taiwanAndMainlandTextsShareKeywords() {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        Segmenter segmenter = new Segmenter(analyzer.gazetteer());
        List<String> mainland = textRank.extract(segmenter.segment(
                analyzer.normalize("美国宣布对半导体加征关税，半导体产业链承压。").normalized()), 5);
        List<String> taiwan = textRank.extract(segmenter.segment(
                analyzer.normalize("美國宣布對半導體加徵關稅，半導體產業鏈承壓。").normalized()), 5);
        assertTrue(mainland.contains("半导体"), mainland::toString);
        assertEquals(mainland, taiwan);
    }
}
