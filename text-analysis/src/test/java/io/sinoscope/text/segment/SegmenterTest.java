package io.sinoscope.text.segment;

import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmenterTest {

    private static Segmenter segmenter;

    @BeforeAll
    static void load() {
        segmenter = new Segmenter(Gazetteer.fromResources());
    }

    @Test
    void gazetteerNamesStayWholeWithNameTags() {
        List<Token> tokens = segmenter.segment("伊朗外长阿拉格齐将与威特科夫会面");
        assertTrue(tokens.stream().anyMatch(t -> t.term().equals("阿拉格齐") && t.partOfSpeech().startsWith("nr")), tokens::toString);
        assertTrue(tokens.stream().anyMatch(t -> t.term().equals("威特科夫")), tokens::toString);
    }

    @Test
    void offsetsPointAtTheTermInTheInputAndBlanksAreDropped() {
        String text = "美国 商务部周二宣布新的出口管制。";
        for (Token token : segmenter.segment(text)) {
            assertEquals(token.term(), text.substring(token.start(), token.end()));
            assertTrue(!token.term().isBlank());
        }
    }

    @Test
    void emptyInputGivesNoTokens() {
        assertTrue(segmenter.segment("").isEmpty());
    }
}
