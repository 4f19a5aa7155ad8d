package io.sinoscope.text.sentence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void keepsEndMarksAndClosingQuotesWithTheirSentence() {
        String text = "他说：“会谈很成功。”双方同意继续磋商！\n  下周再谈";
        List<SentenceSplitter.Span> spans = splitter.split(text);
        List<String> sentences = spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(List.of("他说：“会谈很成功。”", "双方同意继续磋商！", "下周再谈"), sentences);
        assertEquals(1, SentenceSplitter.indexOf(spans, text.indexOf("磋商")));
    }
}
