package io.sinoscope.text.normalize;

import io.sinoscope.text.Region;
import io.sinoscope.text.Script;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptConverterTest {

    private final ScriptConverter converter = new ScriptConverter();

    @Test
    void taiwanTextGetsTaiwanVocabularyConverted() {
        Rewrite rewrite = converter.toSimplified("網際網路與晶片", Script.TRADITIONAL, Region.TAIWAN);
        assertEquals("互联网与芯片", rewrite.text());
        String original = "網際網路與晶片";
        assertEquals("晶片", original.substring(rewrite.offsets().toOriginal(4), rewrite.offsets().toOriginalEnd(6)));
    }

    @Test
    void hongKongTextIsConvertedWithTheHongKongTable() {
        assertEquals("港币汇率", converter.toSimplified("港幣匯率", Script.TRADITIONAL, Region.HONG_KONG).text());
    }

    @Test
    void simplifiedTextIsLeftUntouched() {
        // t2s would not change this, but tw2s would rewrite mainland usage if it were applied.
        assertEquals("网路", converter.toSimplified("网路", Script.SIMPLIFIED, Region.MAINLAND).text());
    }

    @Test
    void traditionalWithoutRegionUsesGenericConversion() {
        assertEquals("关键矿产", converter.toSimplified("關鍵礦產", Script.TRADITIONAL, Region.OTHER).text());
    }
}
