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

    @Test
    void aLongTextIsSegmentedInPiecesEndingAtBreaksWithOffsetsIntoTheWholeText() {
        String sentence = "美国总统特朗普在华盛顿宣布对中国商品加征关税。\n";
        String text = sentence.repeat(Segmenter.WHOLE_TEXT_CHARS / sentence.length() + 50);
        List<Token> tokens = segmenter.segment(text);

        int covered = 0;
        for (Token token : tokens) {
            assertEquals(token.term(), text.substring(token.start(), token.end()), "offsets point into the whole text");
            assertTrue(token.start() >= covered, "tokens in order, not overlapping: " + token);
            covered = token.end();
        }
        assertTrue(covered >= text.length() - 2, "the whole text is segmented: " + covered + " of " + text.length());
        // Every sentence segmented alike, whichever piece it fell into.
        assertEquals(text.length() / sentence.length(),
                tokens.stream().filter(t -> t.term().equals("特朗普")).count());
    }

    @Test
    void piecesEndAfterASentenceEndElseAClauseBreakElseAtTheirLimit() {
        String sentences = "甲".repeat(Segmenter.PIECE_CHARS - 100) + "。" + "乙".repeat(Segmenter.PIECE_CHARS);
        assertEquals(Segmenter.PIECE_CHARS - 99, Segmenter.pieceEnd(sentences, 0));
        String clauses = "甲".repeat(Segmenter.PIECE_CHARS - 10) + "，" + "乙".repeat(Segmenter.PIECE_CHARS);
        assertEquals(Segmenter.PIECE_CHARS - 9, Segmenter.pieceEnd(clauses, 0));
        String endless = "甲".repeat(3 * Segmenter.PIECE_CHARS);
        assertEquals(Segmenter.PIECE_CHARS, Segmenter.pieceEnd(endless, 0));
        assertEquals(2 * Segmenter.PIECE_CHARS, Segmenter.pieceEnd(endless, Segmenter.PIECE_CHARS));
        String surrogates = "甲".repeat(Segmenter.PIECE_CHARS - 1) + "𠀀" + "乙".repeat(10);
        assertEquals(Segmenter.PIECE_CHARS - 1, Segmenter.pieceEnd(surrogates, 0), "a surrogate pair is not cut");
        assertEquals(15, Segmenter.pieceEnd("甲".repeat(15), 0));
    }
}
