package io.sinoscope.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class BigramAnalyzerTest {

    private final Analyzer analyzer = new BigramAnalyzer();

    @Test
    void hanRunsBecomeOverlappingBigrams() throws IOException {
        assertEquals(List.of("芯片", "片产", "产业"), tokens("芯片产业"));
    }

    @Test
    void punctuationBreaksRunsAndLatinStaysWholeAndLowerCase() throws IOException {
        assertEquals(List.of("台积", "积电", "tsmc", "扩产"), tokens("台积电（TSMC）扩产"));
    }

    @Test
    void fullWidthLatinAndDigitsFoldToHalfWidth() throws IOException {
        assertEquals(List.of("ai", "芯片", "2025"), tokens("ＡＩ芯片２０２５"));
    }

    @Test
    void loneHanCharacterIsAUnigram() throws IOException {
        assertEquals(List.of("美", "ai"), tokens("美 AI"));
    }

    @Test
    void offsetsPointIntoTheInput() throws IOException {
        try (TokenStream stream = analyzer.tokenStream("text", "关于芯片")) {
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            List<String> spans = new ArrayList<>();
            while (stream.incrementToken()) {
                spans.add(offsets.startOffset() + "-" + offsets.endOffset());
            }
            stream.end();
            assertEquals(List.of("0-2", "1-3", "2-4"), spans);
        }
    }

    private List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
