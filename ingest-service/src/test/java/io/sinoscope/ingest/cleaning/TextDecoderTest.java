package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.support.problem.ProblemException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TAIWAN = "行政院今天宣布將投入新台幣三百億元補助本地晶片產業，經濟部表示相關措施將於明年上路。";
    /** Cantonese particles 嘅, 啲, 㗎 exist only in HKSCS: plain Big5 cannot hold them. */
    private static final String HONG_KONG = "香港嘅茶餐廳好多人，佢哋話啲嘢食好好味㗎。";
    private static final String MAINLAND = "新华社北京电，商务部今天发布公告，决定对部分稀土相关物项实施出口管制。";

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8IsRecognisedWithCertainty() {
        DecodedText decoded = decoder.decode(MAINLAND.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertEquals(MAINLAND, decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertEquals(100, decoded.confidence());
    }

    @Test
    void big5IsDetectedAndDecodedAsBig5Hkscs() {
        DecodedText decoded = decoder.decode(TAIWAN.getBytes(Charset.forName("Big5")), Optional.empty());
        assertEquals(TAIWAN, decoded.text());
        assertEquals("Big5-HKSCS", decoded.charset());
        assertEquals(DecodedText.Origin.DETECTED, decoded.origin());
        assertTrue(decoded.confidence() > 50, "confidence " + decoded.confidence());
    }

    @Test
    void hongKongCharactersSurviveBig5Detection() {
        DecodedText decoded = decoder.decode(HONG_KONG.getBytes(Charset.forName("Big5-HKSCS")), Optional.empty());
        assertEquals(HONG_KONG, decoded.text());
    }

    @Test
    void declaredPlainBig5IsReadAsItsHkscsSuperset() {
        DecodedText decoded = decoder.decode(HONG_KONG.getBytes(Charset.forName("Big5-HKSCS")), Optional.of("big5"));
        assertEquals(HONG_KONG, decoded.text());
        assertEquals(DecodedText.Origin.DECLARED, decoded.origin());
    }

    @Test
    void gb18030IsDetectedAndGbkIsReadAsGb18030() {
        byte[] bytes = MAINLAND.getBytes(Charset.forName("GB18030"));
        assertEquals("GB18030", decoder.decode(bytes, Optional.empty()).charset());
        assertEquals(MAINLAND, decoder.decode(bytes, Optional.empty()).text());
        assertEquals("GB18030", decoder.decode(MAINLAND.getBytes(Charset.forName("GBK")), Optional.of("GBK")).charset());
    }

    @Test
    void byteOrderMarksAreHonoured() {
        byte[] utf16 = ("\uFEFF" + TAIWAN).getBytes(StandardCharsets.UTF_16LE);
        DecodedText decoded = decoder.decode(utf16, Optional.empty());
        assertEquals(TAIWAN, decoded.text());
        assertEquals(DecodedText.Origin.BYTE_ORDER_MARK, decoded.origin());

        byte[] utf8 = ("\uFEFF" + MAINLAND).getBytes(StandardCharsets.UTF_8);
        assertEquals(MAINLAND, decoder.decode(utf8, Optional.empty()).text());
    }

    @Test
    void htmlMetaCharsetIsUsedWhenNothingIsDeclared() {
        String page = "<html><head><meta charset=\"gbk\"><title>稀土</title></head><body>" + MAINLAND + "</body></html>";
        DecodedText decoded = decoder.decode(page.getBytes(Charset.forName("GBK")), Optional.empty());
        assertEquals(page, decoded.text());
        assertEquals("GB18030", decoded.charset());
    }

    @Test
    void wrongDeclaredCharsetIsRefused() {
        byte[] big5 = TAIWAN.getBytes(Charset.forName("Big5"));
        ProblemException refused = assertThrows(ProblemException.class, () -> decoder.decode(big5, Optional.of("UTF-8")));
        assertEquals(422, refused.problem().status());
        assertTrue(refused.getMessage().contains("not valid UTF-8"));
    }

    @Test
    void latinLabelOnChineseBytesIsRefusedInsteadOfStoringMojibake() {
        byte[] gb = (MAINLAND + MAINLAND).getBytes(Charset.forName("GB18030"));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> decoder.decode(gb, Optional.of("ISO-8859-1")));
        assertTrue(refused.getMessage().contains("cannot hold Chinese"), refused.getMessage());
    }

    @Test
    void latinLabelOnLatinTextIsAccepted() {
        assertEquals("Café", decoder.decode("Café".getBytes(StandardCharsets.ISO_8859_1), Optional.of("ISO-8859-1")).text());
    }

    @Test
    void unknownCharsetNameIsRefused() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> decoder.decode(new byte[] {'a'}, Optional.of("klingon-8")));
        assertTrue(refused.getMessage().contains("unknown charset"));
    }

    @Test
    void truncatedUtf8IsRefusedNotGuessedAsGb18030() {
        byte[] whole = (MAINLAND + MAINLAND).getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(whole, whole.length - 1);
        ProblemException refused = assertThrows(ProblemException.class,
                () -> decoder.decode(truncated, Optional.empty()));
        assertEquals(422, refused.problem().status());
    }

    @Test
    void randomBytesAreRefused() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertThrows(ProblemException.class, () -> decoder.decode(noise, Optional.empty()));
    }

    @Test
    void emptyBodyIsABadRequest() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> decoder.decode(new byte[0], Optional.empty()));
        assertEquals(400, refused.problem().status());
    }
}
