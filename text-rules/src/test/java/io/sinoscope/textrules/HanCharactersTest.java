package io.sinoscope.textrules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HanCharactersTest {

    private static final Pattern IS_HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void everyUtf16UnitAnswersAsTheJdkScriptTable() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean jdk = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            assertEquals(jdk, HanCharacters.isHan((char) c), "U+" + Integer.toHexString(c));
            assertEquals(jdk, HanCharacters.isHan(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void supplementaryCodePointsAnswerAsTheRegularExpression() {
        int[] samples = {0x20000, 0x2A6D6, 0x30000, 0x1F600, 0x10400};
        for (int cp : samples) {
            assertEquals(IS_HAN.matcher(Character.toString(cp)).matches(), HanCharacters.isHan(cp),
                    "U+" + Integer.toHexString(cp));
        }
        assertTrue(HanCharacters.isHan(0x20000));
        assertFalse(HanCharacters.isHan(0x1F600));
    }

    @Test
    void noCharacterIsNotHan() {
        assertFalse(HanCharacters.isHan(-1));
        assertEquals(-1, HanCharacters.before("稀土", 0));
        assertEquals(-1, HanCharacters.at("稀土", 2));
        assertEquals('稀', HanCharacters.before("稀土", 1));
        assertEquals(0x20000, HanCharacters.at("a\uD840\uDC00", 1));
    }
}
