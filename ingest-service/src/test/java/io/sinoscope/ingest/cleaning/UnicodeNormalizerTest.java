package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class UnicodeNormalizerTest {

    private final UnicodeNormalizer normalizer = new UnicodeNormalizer();

    @Test
    void fullWidthLettersDigitsAndSymbolsBecomeAscii() {
        assertEquals("稀土价格上涨10%。", normalizer.normalize("稀土价格上涨１０％。"));
        assertEquals("MP Materials报3.5美元，约合25.1元/股。",
                normalizer.normalize("ＭＰ　Ｍａｔｅｒｉａｌｓ报３．５美元，约合２５．１元／股。"));
        assertEquals("a+b=c*2 -1 $5 @x #1 &", normalizer.normalize("ａ＋ｂ＝ｃ＊２ －１ ＄５ ＠ｘ ＃１ ＆"));
    }

    @Test
    void chinesePunctuationAndQuotesAreKept() {
        String text = "他说：“谈判（第二轮）没有进展！”她问：「真的吗？」『是的』，关税、配额；";
        assertEquals(text, normalizer.normalize(text));
    }

    @Test
    void unicodeSpacesBecomePlainSpacesAndIndentsGo() {
        assertEquals("美国 总统\n第二段 开始", normalizer.normalize("美国\u00A0总统\n\u3000\u3000第二段\u2009开始"));
        assertEquals("日本首相", normalizer.normalize("日本\u3000首相"));
    }

    @Test
    void invisibleAndControlCharactersGoButTabsAndLineBreaksStay() {
        assertEquals("稀土\t出口\n管制", normalizer.normalize("\uFEFF稀\u200B土\t出\u00AD口\u0007\n管\u2060制\u200D"));
    }

    @Test
    void lineEndingsAreUnifiedAndBlankLineRunsCollapse() {
        assertEquals("第一段。\n\n第二段。\n第三段。",
                normalizer.normalize("\r\n第一段。\r\n\r\n\r\n \r\n第二段。\r第三段。  \n\n"));
    }

    @Test
    void absentTextStaysAbsent() {
        assertNull(normalizer.normalize(null));
    }
}
