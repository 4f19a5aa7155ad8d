package io.sinoscope.text.normalize;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharacterCleanerTest {

    private final CharacterCleaner cleaner = new CharacterCleaner();

    /** The cleaner copies runs of these without looking at them one by one: that is only right if it would keep each. */
    @Test
    void keepsEveryUnifiedIdeographAsItIs() {
        StringBuilder all = new StringBuilder();
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            String one = String.valueOf(c);
            assertEquals(one, Normalizer.normalize(one, Normalizer.Form.NFKC), "NFKC changes U+" + Integer.toHexString(c));
            assertEquals(true, CharacterCleaner.isUnifiedIdeograph(c));
            all.append(c);
        }
        assertEquals(false, CharacterCleaner.isUnifiedIdeograph('\u4DFF'));
        assertEquals(false, CharacterCleaner.isUnifiedIdeograph('\uA000'));
        Rewrite cleaned = cleaner.clean(all.toString());
        assertEquals(all.toString(), cleaned.text());
        assertEquals(all.length() - 1, cleaned.offsets().toOriginal(all.length() - 1));
    }

    @Test
    void foldsFullWidthDigitsAndSymbols() {
        assertEquals("关税上调10%", cleaner.clean("关税上调１０％").text());
        assertEquals("ABC", cleaner.clean("ＡＢＣ").text());
    }

    @Test
    void keepsChinesePunctuationWhichIsNotFullWidthAscii() {
        assertEquals("美方表示，关税（暂定）上调10%！是否延长？", cleaner.clean("美方表示，关税（暂定）上调１０％！是否延长？").text());
    }

    @Test
    void removesZeroWidthAndControlCharactersAndMapsOffsetsPastThem() {
        String original = "\uFEFF美\u200B国\u0007";
        Rewrite cleaned = cleaner.clean(original);
        assertEquals("美国", cleaned.text());
        assertEquals(1, cleaned.offsets().toOriginal(0));
        assertEquals(3, cleaned.offsets().toOriginal(1));
        assertEquals("美\u200B国", original.substring(cleaned.offsets().toOriginal(0), cleaned.offsets().toOriginalEnd(2)));
    }

    @Test
    void joinsLineBreaksAndSpacesInsideChineseWordsButKeepsParagraphs() {
        assertEquals("稀土产业", cleaner.clean("稀\n土 产业").text());
        assertEquals("标题\n\n正文", cleaner.clean("标题\n\n正文").text());
        assertEquals("Rare earth", cleaner.clean("Rare earth").text());
    }

    @Test
    void unifiesMiddleDotsInNames() {
        assertEquals("唐納·川普", cleaner.clean("唐納‧川普").text());
        assertEquals("唐纳德·特朗普", cleaner.clean("唐纳德・特朗普").text());
    }

    @Test
    void expandingCharactersMapBackToTheirSource() {
        String original = "A…B";
        Rewrite cleaned = cleaner.clean(original);
        assertEquals("A...B", cleaned.text());
        assertEquals(2, cleaned.offsets().toOriginal(4));
        assertEquals("…", original.substring(cleaned.offsets().toOriginal(2), cleaned.offsets().toOriginalEnd(3)));
    }

    @Test
    void emptyTextStaysEmpty() {
        assertEquals("", cleaner.clean("").text());
    }
}
