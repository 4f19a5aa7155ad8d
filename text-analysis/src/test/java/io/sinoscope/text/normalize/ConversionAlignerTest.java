package io.sinoscope.text.normalize;

import io.sinoscope.text.OffsetMap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConversionAlignerTest {

    private static OffsetMap align(String reference, String converted) {
        OffsetMap.Builder builder = new OffsetMap.Builder(reference.length());
        ConversionAligner.align(reference, converted, 0, builder);
        return builder.build();
    }

    private static String source(String reference, OffsetMap map, int start, int end) {
        return reference.substring(map.toOriginal(start), map.toOriginalEnd(end));
    }

    @Test
    void sameLengthConversionIsCharacterPrecise() {
        OffsetMap map = align("晶片厂", "芯片厂");
        assertEquals("晶", source("晶片厂", map, 0, 1));
        assertEquals("厂", source("晶片厂", map, 2, 3));
    }

    @Test
    void shorterPhraseCoversTheWholeSourcePhraseAndLaterCharactersStayExact() {
        // 网际网路 (4) became 互联网 (3).
        String reference = "网际网路业者说";
        OffsetMap map = align(reference, "互联网业者说");
        assertEquals("网际网路", source(reference, map, 0, 3));
        assertEquals("业者", source(reference, map, 3, 5));
        assertEquals("说", source(reference, map, 5, 6));
    }

    @Test
    void neighbouringConversionsDoNotConfuseTheAlignment() {
        // The reference keeps 晶 (a character-level conversion does not know the phrase 晶片).
        String reference = "网际网路与晶片";
        OffsetMap map = align(reference, "互联网与芯片");
        assertEquals("网际网路", source(reference, map, 0, 3));
        assertEquals("与", source(reference, map, 3, 4));
        assertEquals("晶片", source(reference, map, 4, 6));
    }

    @Test
    void differenceAtTheEndIsMappedToTheTail() {
        String reference = "他用网际网路";
        OffsetMap map = align(reference, "他用互联网");
        assertEquals("他用", source(reference, map, 0, 2));
        assertEquals("网际网路", source(reference, map, 2, 5));
    }

    @Test
    void baseShiftsEverySpan() {
        OffsetMap.Builder builder = new OffsetMap.Builder(5);
        builder.add(0, 1).add(1, 2);
        ConversionAligner.align("网际网", "互联", 2, builder);
        OffsetMap map = builder.build();
        assertEquals(2, map.toOriginal(2));
        assertEquals(5, map.toOriginalEnd(4));
    }
}
