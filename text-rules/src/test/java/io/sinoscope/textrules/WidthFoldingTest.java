package io.sinoscope.textrules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sinoscope.textrules.WidthFolding.KeptPunctuation;
import io.sinoscope.textrules.WidthFolding.Reach;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class WidthFoldingTest {

    private final WidthFolding stored = new WidthFolding(Reach.FULL_WIDTH_ASCII, KeptPunctuation.ALL_BUT_NUMBER_SYMBOLS);
    private final WidthFolding matched = new WidthFolding(Reach.COMPATIBILITY_FORMS, KeptPunctuation.SENTENCE_MARKS);

    @Test
    void bothFoldLettersDigitsAndTheSymbolsOfNumbers() {
        for (WidthFolding folding : new WidthFolding[] {stored, matched}) {
            assertEquals("10%", fold(folding, "１０％"));
            assertEquals("AI-3.5/x=$@#&+*", fold(folding, "ＡＩ－３．５／ｘ＝＄＠＃＆＋＊"));
        }
    }

    @Test
    void bothKeepTheMarksOfAChineseSentence() {
        for (WidthFolding folding : new WidthFolding[] {stored, matched}) {
            assertEquals("稀土，出口：限制；是否？是！（注）", fold(folding, "稀土，出口：限制；是否？是！（注）"));
            assertEquals("「」『』、。“”", fold(folding, "「」『』、。“”"));
        }
    }

    @Test
    void theStoredTextKeepsQuotesBracketsAndOtherFormsTheAnalyzerFolds() {
        String text = "［注］＂引＂｛｝～＜＞①ﬁ";
        assertEquals(text, fold(stored, text));
        assertEquals("[注]\"引\"{}~<>1fi", fold(matched, text));
    }

    @Test
    void withinTheFullWidthBlockNfkcIsTheFixedDistanceToAscii() {
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            assertEquals(String.valueOf((char) (c - 0xFEE0)), nfkc, "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void theStoredFormFoldsExactlyTheFullWidthLettersDigitsAndNumberSymbols() {
        String numberSymbols = "％＄＠＃＆＋－．／＝＊";
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            boolean folds = Character.isLetterOrDigit(c) || numberSymbols.indexOf(c) >= 0;
            String expected = folds ? String.valueOf((char) (c - 0xFEE0)) : String.valueOf(c);
            assertEquals(expected, stored.fold(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void supplementaryCodePointsFoldAsAWhole() {
        assertEquals("A", matched.fold(0x1D400));
        assertEquals(Character.toString(0x1D400), stored.fold(0x1D400));
    }

    private static String fold(WidthFolding folding, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(folding.fold(cp)));
        return out.toString();
    }
}
